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

  /** Releases what the judge holds. */
  @Override
  void close();
}
