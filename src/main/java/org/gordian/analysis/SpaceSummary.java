package org.gordian.analysis;

import java.util.List;
import org.gordian.model.PositionRef;

/**
 * What the generated deal space showed: how many deals, how many feasible, the blocking map, and
 * the feasible deals and near misses kept for the report.
 *
 * @param size the number of deals the bounds allow
 * @param blocking one entry per position, in position order
 * @param feasibleDeals the first feasible deals in enumeration order (at most the keep limit)
 * @param facts what the analyses read from every deal (pairs of moves, feasible deals, scores)
 */
public record SpaceSummary(long size, long evaluated, long feasible, List<Blocking> blocking,
    List<DealOutcome> feasibleDeals, SpaceFacts facts) {

  /**
   * One position's weight in the space.
   *
   * @param vetoes how many deals it vetoes
   * @param pivotal in how many it is the only veto (removing it alone would make them feasible)
   * @param nearMisses the first of those deals, in enumeration order
   */
  public record Blocking(PositionRef position, long vetoes, long pivotal, List<DealOutcome> nearMisses) {}

  /** The deals vetoed by at least one position. */
  public long infeasible() {
    return evaluated - feasible;
  }

  /** A summary from a complete tally. */
  public static SpaceSummary of(long size, SpaceTally tally, List<PositionRef> positions) {
    List<Blocking> blocking = new java.util.ArrayList<>();
    for (int i = 0; i < positions.size(); i++) {
      blocking.add(new Blocking(positions.get(i), tally.vetoes[i], tally.pivotal[i],
          List.copyOf(tally.nearMissesKept.get(i))));
    }
    return new SpaceSummary(size, tally.evaluated, tally.feasible, List.copyOf(blocking),
        List.copyOf(tally.feasibleKept), tally.facts);
  }
}
