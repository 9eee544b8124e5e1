package org.gordian.engine;

import org.gordian.diag.Message;

/**
 * How the engine evaluates deals.
 *
 * @param firingLimit the most rule firings one deal may cause before the run stops as runaway
 * @param memo whether deals the rules cannot tell apart share one evaluation
 * @param memoNodes the most remembered questions of a run (bounds memory)
 * @param splitFrom the size of deal space, in deals, from which the rules are evaluated in
 *     independent groups (see {@link RuleGroups}); {@code Long.MAX_VALUE} for never
 * @param verifyEvery 0, or n to fire the rules without the memo and groups on every listed deal and
 *     on one generated deal in n, and stop the run when a verdict differs from the shortcuts' one
 */
public record EngineOptions(int firingLimit, boolean memo, int memoNodes, long splitFrom, int verifyEvery) {
  /** Checks that a deal may fire at least one rule and the memo hold at least one question. */
  public EngineOptions {
    if (firingLimit < 1 || memoNodes < 1 || verifyEvery < 0) {
      throw new IllegalArgumentException(Message.ENGINE_OPTIONS_TOO_SMALL.say(firingLimit, memoNodes, verifyEvery));
    }
  }

  /** Options that verify no shortcut. */
  public EngineOptions(int firingLimit, boolean memo, int memoNodes, long splitFrom) {
    this(firingLimit, memo, memoNodes, splitFrom, 0);
  }

  /** Options that split the rules into groups from the default space size on. */
  public EngineOptions(int firingLimit, boolean memo, int memoNodes) {
    this(firingLimit, memo, memoNodes, SPLIT_FROM, 0);
  }

  /**
   * Below this many deals, building a knowledge base per group of rules costs more than it saves
   * (measured on the bundled example: see docs/performance.md).
   */
  public static final long SPLIT_FROM = 100_000;

  /**
   * 10,000 firings per deal, memo on, up to 300,000 remembered questions (about 100 MB at most),
   * rules split into groups from 100,000 deals on.
   */
  public static final EngineOptions DEFAULT = new EngineOptions(10_000, true, 300_000);

  /** The same options with another firing limit. */
  public EngineOptions withFiringLimit(int limit) {
    return new EngineOptions(limit, memo, memoNodes, splitFrom, verifyEvery);
  }

  /** The same options with memo switched on or off. */
  public EngineOptions withMemo(boolean on) {
    return new EngineOptions(firingLimit, on, memoNodes, splitFrom, verifyEvery);
  }

  /** The same options, splitting the rules into groups from this many deals on. */
  public EngineOptions withSplitFrom(long deals) {
    return new EngineOptions(firingLimit, memo, memoNodes, deals, verifyEvery);
  }

  /** The same options, checking the shortcuts' verdicts on every listed deal and one generated deal in n (0: never). */
  public EngineOptions withVerifyEvery(int n) {
    return new EngineOptions(firingLimit, memo, memoNodes, splitFrom, n);
  }
}
