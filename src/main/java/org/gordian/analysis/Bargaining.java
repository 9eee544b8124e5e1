package org.gordian.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gordian.model.Party;

/**
 * Who bargains over a deal and what each gets without one. A feasible deal is <em>acceptable</em>
 * when every bargainer scores above its no-deal value; the Pareto front and the Nash product are
 * taken over acceptable deals, with the bargainers' gains over no deal.
 *
 * @param bargainers the bargaining parties, in case order
 * @param noDeal each bargainer's score without a deal
 */
public record Bargaining(List<String> bargainers, Map<String, Double> noDeal) {

  public Bargaining {
    bargainers = List.copyOf(bargainers);
    noDeal = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(noDeal));
  }

  /** The bargaining of a case's parties. */
  public static Bargaining of(List<Party> parties) {
    Map<String, Double> noDeal = new LinkedHashMap<>();
    parties.stream().filter(Party::bargainer).forEach(p -> noDeal.put(p.id(), p.noDeal()));
    return new Bargaining(List.copyOf(noDeal.keySet()), noDeal);
  }

  /** Whether every bargainer scores above its no-deal value. */
  public boolean acceptable(Map<String, Double> scores) {
    for (String b : bargainers) {
      if (scores.getOrDefault(b, 0.0) <= noDeal.get(b)) {
        return false;
      }
    }
    return true;
  }

  /** The bargainers' scores only (those scoring 0 left out). */
  public Map<String, Double> ofBargainers(Map<String, Double> scores) {
    Map<String, Double> out = new TreeMap<>();
    for (String b : bargainers) {
      double s = scores.getOrDefault(b, 0.0);
      if (s != 0) {
        out.put(b, s);
      }
    }
    return out;
  }

  /** The product of the bargainers' gains over no deal (1 with no bargainer). */
  public double nashProduct(RankedDeal d) {
    double product = 1;
    for (String b : bargainers) {
      product *= d.score(b) - noDeal.get(b);
    }
    return product;
  }
}
