package org.gordian.analysis;

import java.util.List;
import org.gordian.model.PositionRef;

/**
 * The feasible deals of a space ranked by the parties' concerns. Each deal's score per party is the
 * sum of that party's concern weights. A feasible deal is <em>acceptable</em> when every bargainer
 * scores above what it gets without a deal ({@link Bargaining}); feasible is not acceptable, and
 * the report says how many of each. The Pareto-optimal deals are the acceptable deals no other
 * acceptable deal beats for one bargainer without losing for another; the Nash deal maximises the
 * product of the bargainers' gains over no deal (every gain is positive on acceptable deals, so the
 * Nash deal is Pareto-optimal and is sought on the front); ties go to the earlier deal in
 * enumeration order.
 *
 * @param bargaining the bargainers and their no-deal scores
 * @param feasible how many feasible deals were ranked
 * @param acceptable how many of them are acceptable to every bargainer
 * @param pareto the Pareto-optimal acceptable deals, in enumeration order
 * @param paretoTruncated whether the front outgrew {@link SpaceFacts#MAX_FRONT} and deals were left off
 * @param nash the acceptable deal with the largest product of gains, or null when none is acceptable
 * @param nashProduct that product
 * @param best the deal with the highest summed score over all parties among all deals, feasible or not
 * @param bestScore that deal's summed score
 * @param bestBlockedBy the positions vetoing the best deal, empty when it is feasible
 */
public record Ranking(Bargaining bargaining, long feasible, long acceptable, List<RankedDeal> pareto,
    boolean paretoTruncated, RankedDeal nash, double nashProduct, DealOutcome best, double bestScore,
    List<PositionRef> bestBlockedBy) {

  /** The ranking of a space's feasible deals. */
  public static Ranking of(SpaceFacts facts) {
    RankedDeal nash = null;
    double top = Double.NEGATIVE_INFINITY;
    for (RankedDeal d : facts.front()) {
      double product = facts.bargaining().nashProduct(d);
      if (product > top) {
        top = product;
        nash = d;
      }
    }
    DealOutcome best = facts.best();
    List<PositionRef> blockedBy = best == null ? List.of() : best.verdict().vetoes().stream()
        .map(v -> new PositionRef(v.getParty(), v.getPosition())).distinct().sorted().toList();
    return new Ranking(facts.bargaining(), facts.feasibleDeals, facts.acceptableDeals(), facts.front(),
        facts.frontTruncated(), nash, nash == null ? 0 : top, best, best == null ? 0 : facts.bestSum, blockedBy);
  }

  /** The bargaining parties, in case order. */
  public List<String> parties() {
    return bargaining.bargainers();
  }

  /** Whether the deal with this id is on the Pareto front. */
  public boolean paretoOptimal(String dealId) {
    return pareto.stream().anyMatch(d -> d.deal().id().equals(dealId));
  }
}
