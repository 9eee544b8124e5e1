package org.gordian.engine;

/** Gives a verdict on one deal at a time; one per thread. */
public interface DealJudge extends AutoCloseable {
  /**
   * The verdict on the deal with these moves and phases.
   *
   * @param present bit i set when move i of the case is in the deal
   * @param phase phase of each move by index (0 when absent); valid only during the call
   */
  Verdict evaluate(long present, byte[] phase);

  /**
   * How often this judge fired rules in a Drools session (a deal judged group by group counts
   * once for each group that fired), or -1 when it does not use Drools or does not say.
   */
  default long sessions() {
    return -1;
  }

  /** Releases what the judge holds. */
  @Override
  void close();
}
