package org.gordian.engine;

/**
 * How the engine evaluates deals.
 *
 * @param firingLimit the most rule firings one deal may cause before the run stops as runaway
 * @param memo whether deals the rules cannot tell apart share one evaluation
 * @param memoNodes the most remembered questions of a run (bounds memory)
 */
public record EngineOptions(int firingLimit, boolean memo, int memoNodes) {
  /** Checks that a deal may fire at least one rule and the memo hold at least one question. */
  public EngineOptions {
    if (firingLimit < 1 || memoNodes < 1) {
      throw new IllegalArgumentException("firingLimit and memoNodes must be at least 1, found "
          + firingLimit + " and " + memoNodes);
    }
  }

  /** 10,000 firings per deal, memo on, up to 300,000 remembered questions (about 100 MB at most). */
  public static final EngineOptions DEFAULT = new EngineOptions(10_000, true, 300_000);

  /** The same options with another firing limit. */
  public EngineOptions withFiringLimit(int limit) {
    return new EngineOptions(limit, memo, memoNodes);
  }

  /** The same options with memo switched on or off. */
  public EngineOptions withMemo(boolean on) {
    return new EngineOptions(firingLimit, on, memoNodes);
  }
}
