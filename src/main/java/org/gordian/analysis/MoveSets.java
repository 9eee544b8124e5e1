package org.gordian.analysis;

/**
 * Which moves, pairs and triples of moves some deal holds, and some feasible deal holds, over a set
 * of evaluated deals. Built deal by deal and merged; holds no deal itself. Move sets over at most 64
 * moves, as bit sets over the move table.
 */
public final class MoveSets {
  private final int n;
  private long deals;
  private long seen;
  private long feasible;
  private final long[] together;
  private final long[] feasibleTogether;
  /** For moves i < j, at i * n + j: the moves held (feasibly) with both. */
  private final long[] triples;
  private final long[] feasibleTriples;

  /** Empty sets over a table of n moves. */
  public MoveSets(int n) {
    this.n = n;
    this.together = new long[n];
    this.feasibleTogether = new long[n];
    this.triples = new long[n * n];
    this.feasibleTriples = new long[n * n];
  }

  /** Counts one deal, given as the bit set of its moves. */
  public void add(long present, boolean isFeasible) {
    deals++;
    seen |= present;
    if (isFeasible) {
      feasible |= present;
    }
    for (long rest = present; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      together[i] |= present;
      if (isFeasible) {
        feasibleTogether[i] |= present;
      }
      for (long later = rest & (rest - 1); later != 0; later &= later - 1) {
        int at = i * n + Long.numberOfTrailingZeros(later);
        triples[at] |= present;
        if (isFeasible) {
          feasibleTriples[at] |= present;
        }
      }
    }
  }

  /** Adds the deals of other sets over the same table. */
  public void merge(MoveSets other) {
    deals += other.deals;
    seen |= other.seen;
    feasible |= other.feasible;
    for (int i = 0; i < n; i++) {
      together[i] |= other.together[i];
      feasibleTogether[i] |= other.feasibleTogether[i];
    }
    for (int i = 0; i < triples.length; i++) {
      triples[i] |= other.triples[i];
      feasibleTriples[i] |= other.feasibleTriples[i];
    }
  }

  /** How many deals were counted. */
  public long deals() {
    return deals;
  }

  /** The moves some deal holds. */
  public long seen() {
    return seen;
  }

  /** Whether move i is in some feasible deal. */
  public boolean feasible(int i) {
    return (feasible & (1L << i)) != 0;
  }

  /** Whether moves i and j are together in some deal. */
  public boolean together(int i, int j) {
    return (together[i] & (1L << j)) != 0;
  }

  /** Whether moves i and j are together in some feasible deal. */
  public boolean feasibleTogether(int i, int j) {
    return (feasibleTogether[i] & (1L << j)) != 0;
  }

  /** Whether moves i &lt; j &lt; l are together in some deal. */
  public boolean together(int i, int j, int l) {
    return (triples[i * n + j] & (1L << l)) != 0;
  }

  /** Whether moves i &lt; j &lt; l are together in some feasible deal. */
  public boolean feasibleTogether(int i, int j, int l) {
    return (feasibleTriples[i * n + j] & (1L << l)) != 0;
  }
}
