package org.gordian.space.whole;

import org.gordian.diag.Message;

/**
 * How much work a whole-space answer may take before it gives up and says so.
 *
 * @param maxStates the most states one sweep may hold, summed over its layers (memory grows with it)
 * @param maxEngineCalls the most deals the rules are fired on
 * @param maxRounds the most sweeps (each adds the questions the last one met for the first time)
 * @param bestDeals how many of the best feasible deals to keep as witnesses
 */
public record Budget(long maxStates, int maxEngineCalls, int maxRounds, int bestDeals) {
  /** Checks that every figure is positive. */
  public Budget {
    if (maxStates < 1 || maxEngineCalls < 1 || maxRounds < 1 || bestDeals < 0) {
      throw new IllegalArgumentException(Message.BUDGET_NOT_POSITIVE.say(maxStates, maxEngineCalls, maxRounds,
          bestDeals));
    }
  }

  /**
   * 8 million states (about 400 MB at 4 phases), 200,000 rule firings, 64 sweeps, 5 best deals.
   */
  public static final Budget DEFAULT = new Budget(8_000_000L, 200_000, 64, 5);

  /** The same budget with another cap on states. */
  public Budget withMaxStates(long states) {
    return new Budget(states, maxEngineCalls, maxRounds, bestDeals);
  }
}
