package org.gordian.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A listed deal whose verdict under a scenario differs from its verdict in the case's baseline: it
 * became feasible or became infeasible. The same deals {@code gordian diff baseline SCENARIO}
 * reports as flipped.
 *
 * @param deal the deal's id
 * @param feasible whether it is feasible under the scenario (so it was infeasible in the baseline)
 * @param before the positions that vetoed it in the baseline
 * @param after the positions that veto it under the scenario
 */
public record Flip(String deal, boolean feasible, List<String> before, List<String> after) {

  /**
   * The listed deals that flip between two runs of one case, in the scenario's order. A deal listed
   * on one side only (a scenario's added deal) has no verdict to flip from and is left out.
   */
  public static List<Flip> between(List<ListedVerdict> baseline, List<ListedVerdict> scenario) {
    Map<String, ListedVerdict> before = new HashMap<>();
    baseline.forEach(v -> before.put(v.deal(), v));
    List<Flip> out = new ArrayList<>();
    for (ListedVerdict v : scenario) {
      ListedVerdict b = before.get(v.deal());
      if (b != null && b.feasible() != v.feasible()) {
        out.add(new Flip(v.deal(), v.feasible(), b.vetoes(), v.vetoes()));
      }
    }
    return List.copyOf(out);
  }
}
