package org.gordian.space;

import org.gordian.diag.Diagnostic;
import org.gordian.diag.Hint;
import org.gordian.diag.Message;
import org.gordian.diag.RunFailure;

/**
 * When a run must end: a time limit started at a known moment, shared by every step of one run
 * (listed deals, the deal space, the analyses), so that the limit holds for the whole and not for
 * each step afresh.
 */
public final class Deadline {
  /** No limit. */
  public static final Deadline NONE = new Deadline(0, 0);

  private final long limitMillis;
  private final long startNanos;

  private Deadline(long limitMillis, long startNanos) {
    this.limitMillis = limitMillis;
    this.startNanos = startNanos;
  }

  /** A limit of this many milliseconds from now; 0 or less for none. */
  public static Deadline in(long limitMillis) {
    return limitMillis <= 0 ? NONE : new Deadline(limitMillis, System.nanoTime());
  }

  /** The limit in milliseconds, 0 for none. */
  public long limitMillis() {
    return limitMillis;
  }

  /** Milliseconds left, {@code Long.MAX_VALUE} without a limit, 0 once passed. */
  public long remainingMillis() {
    if (limitMillis <= 0) {
      return Long.MAX_VALUE;
    }
    return Math.max(0, limitMillis - (System.nanoTime() - startNanos) / 1_000_000);
  }

  /** Whether the limit has passed. */
  public boolean passed() {
    return remainingMillis() == 0;
  }

  /**
   * Ends the run when the limit has passed.
   *
   * @throws RunFailure naming the limit
   */
  public void check() {
    if (passed()) {
      throw overrun("");
    }
  }

  /** The failure of a run that went past this limit; {@code detail} (may be empty) says what was running. */
  public RunFailure overrun(String detail) {
    RunFailure f = new RunFailure(Diagnostic.error(null, 0, 0, Message.TIME_LIMIT_EXCEEDED.say(seconds(limitMillis),
        detail)));
    f.withHint(new Hint(Hint.Kind.TIME_LIMIT, 0));
    return f;
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
  }
}
