package org.gordian.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gordian.model.PositionRef;

/**
 * The feasible deals of a space ranked by the parties' concerns: each deal's score per party is
 * the sum of that party's concern weights; the Pareto-optimal deals are those no other feasible
 * deal beats for one party without losing for another; the Nash deal maximises the product of
 * the parties' scores after each is shifted to be at least 1 ({@code shift = 1 − lowest score of
 * the party over feasible deals}). With every factor positive, the Nash deal is Pareto-optimal, so
 * it is sought on the front; ties go to the earlier deal in enumeration order.
 *
 * @param parties the parties scored (the case's, then any other party with concerns), in order
 * @param shift what was added to each party's score before multiplying
 * @param pareto the Pareto-optimal feasible deals, in enumeration order
 * @param paretoTruncated whether the front outgrew {@link SpaceFacts#MAX_FRONT} and deals were left off
 * @param nash the feasible deal with the largest shifted product, or null when none is feasible
 * @param best the deal with the highest summed score over all parties among all deals, feasible or not
 * @param bestScore that deal's summed score
 * @param bestBlockedBy the positions vetoing the best deal, empty when it is feasible
 */
public record Ranking(List<String> parties, Map<String, Double> shift, List<RankedDeal> pareto,
    boolean paretoTruncated, RankedDeal nash, double nashProduct, DealOutcome best, double bestScore,
    List<PositionRef> bestBlockedBy) {

  /** The ranking of a space's feasible deals. */
  public static Ranking of(SpaceFacts facts, List<String> caseParties) {
    TreeSet<String> others = new TreeSet<>(facts.scoredParties());
    caseParties.forEach(others::remove);
    List<String> parties = new ArrayList<>(caseParties);
    parties.addAll(others);
    Map<String, Double> shift = new LinkedHashMap<>();
    for (String p : parties) {
      shift.put(p, 1 - facts.minScore(p));
    }
    RankedDeal nash = null;
    double top = Double.NEGATIVE_INFINITY;
    for (RankedDeal d : facts.front()) {
      double product = product(d, shift);
      if (product > top) {
        top = product;
        nash = d;
      }
    }
    DealOutcome best = facts.best();
    List<PositionRef> blockedBy = best == null ? List.of() : best.verdict().vetoes().stream()
        .map(v -> new PositionRef(v.getParty(), v.getPosition())).distinct().sorted().toList();
    return new Ranking(List.copyOf(parties), shift, facts.front(), facts.frontTruncated(), nash,
        nash == null ? 0 : top, best, best == null ? 0 : facts.bestSum, blockedBy);
  }

  /** The product of a deal's shifted scores. */
  public static double product(RankedDeal d, Map<String, Double> shift) {
    double product = 1;
    for (var e : shift.entrySet()) {
      product *= d.score(e.getKey()) + e.getValue();
    }
    return product;
  }

  /** Whether the deal with this id is on the Pareto front. */
  public boolean paretoOptimal(String dealId) {
    return pareto.stream().anyMatch(d -> d.deal().id().equals(dealId));
  }
}
