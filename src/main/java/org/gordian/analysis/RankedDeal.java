package org.gordian.analysis;

import java.util.Map;

/** A feasible deal with its score per party (parties scoring 0 may be left out of the map). */
public record RankedDeal(DealOutcome deal, Map<String, Double> scores) {
  /** The score of a party (0 when it has no concern). */
  public double score(String party) {
    return scores.getOrDefault(party, 0.0);
  }

  /** Whether this deal scores at least as well for every party, and better for one. */
  public boolean dominates(RankedDeal o) {
    boolean better = false;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      double a = e.getValue();
      double b = o.score(e.getKey());
      if (a < b) {
        return false;
      }
      better |= a > b;
    }
    for (Map.Entry<String, Double> e : o.scores.entrySet()) {
      if (!scores.containsKey(e.getKey())) {
        if (e.getValue() > 0) {
          return false;
        }
        better |= e.getValue() < 0;
      }
    }
    return better;
  }
}
