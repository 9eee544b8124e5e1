package org.gordian.run;

import org.gordian.diag.Message;
import org.gordian.space.Progress;

/**
 * How a run walks its deals: which part of the space, on how many threads, with what progress.
 *
 * @param threads worker threads for the deal space (at least 1)
 * @param chunkSize the most deals handed to a thread at once
 * @param limit the largest space to evaluate, or 0 for the case's own limit
 * @param maxMoves overrides the case's {@code max-moves} when above 0
 * @param phases overrides the case's {@code phases} when above 0
 * @param progress receives the count of deals evaluated as the space is walked
 */
public record WalkOptions(int threads, int chunkSize, long limit, int maxMoves, int phases, Progress progress) {
  /** Checks the counts. */
  public WalkOptions {
    if (threads < 1 || chunkSize < 1 || limit < 0 || maxMoves < 0 || phases < 0) {
      throw new IllegalArgumentException(Message.WALK_OPTIONS_TOO_SMALL.say(threads, chunkSize, limit, maxMoves,
          phases));
    }
  }

  /** All cores, chunks of 4,096 deals, the case's own bounds and limit, no progress shown. */
  public static WalkOptions defaults() {
    return new WalkOptions(Runtime.getRuntime().availableProcessors(), 4096, 0, 0, 0, Progress.NONE);
  }
}
