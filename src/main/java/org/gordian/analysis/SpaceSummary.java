package org.gordian.analysis;

import java.util.List;
import org.gordian.model.PositionRef;

/**
 * What the generated deal space showed: how many deals, how many feasible, the blocking map, and
 * the feasible deals and near misses kept for the report.
 *
 * @param size the number of deals the bounds allow
 * @param scope the deals counted: the generated space within its bounds
 * @param blocking one entry per position, in position order
 * @param feasibleDeals the first feasible deals in enumeration order (at most the keep limit)
 * @param facts what the analyses read from every deal (pairs of moves, feasible deals, scores)
 */
public record SpaceSummary(long size, Scope scope, long evaluated, long feasible, List<Blocking> blocking,
    List<DealOutcome> feasibleDeals, SpaceFacts facts) {

  /**
   * One position's weight in the space.
   *
   * @param vetoes how many deals it vetoes
   * @param pivotal in how many it is the only veto (removing it alone would make them feasible)
   * @param othersAccept how many deals no position of another party vetoes (the deals this
   *     position's party alone decides)
   * @param blocksOfOthersAccept how many of those this position vetoes
   * @param nearMisses the first of the deals it alone vetoes, in enumeration order
   */
  public record Blocking(PositionRef position, long vetoes, long pivotal, long othersAccept, long blocksOfOthersAccept,
      List<DealOutcome> nearMisses) {

    /**
     * The position's share of the deals the other parties accept: among the deals no position of
     * another party vetoes, the share this position vetoes.
     */
    public double shareOfOthersAccept() {
      return othersAccept == 0 ? 0 : (double) blocksOfOthersAccept / othersAccept;
    }
  }

  /**
   * The position that is most often the only obstacle (ties go to the larger share of the deals the
   * other parties accept, then to position order), or none when no deal has a sole veto.
   */
  public java.util.Optional<Blocking> mostDecisive() {
    return blocking.stream().filter(b -> b.pivotal() > 0).max(java.util.Comparator.comparingLong(Blocking::pivotal)
        .thenComparingDouble(Blocking::shareOfOthersAccept)
        .thenComparing(Blocking::position, java.util.Comparator.reverseOrder()));
  }

  /** The deals vetoed by at least one position. */
  public long infeasible() {
    return evaluated - feasible;
  }

  /** A summary from a complete tally of the space within these bounds. */
  public static SpaceSummary of(long size, org.gordian.model.Bounds bounds, SpaceTally tally,
      List<PositionRef> positions) {
    List<Blocking> blocking = new java.util.ArrayList<>();
    for (int i = 0; i < positions.size(); i++) {
      blocking.add(new Blocking(positions.get(i), tally.vetoes[i], tally.pivotal[i], tally.othersAccept(i),
          tally.ownSide[i], List.copyOf(tally.nearMissesKept.get(i))));
    }
    return new SpaceSummary(size, Scope.enumerated(size, bounds, 0), tally.evaluated, tally.feasible,
        List.copyOf(blocking),
        List.copyOf(tally.feasibleKept), tally.facts);
  }
}
