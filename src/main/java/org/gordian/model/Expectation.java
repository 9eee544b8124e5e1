package org.gordian.model;

import java.util.List;

/**
 * One thing an analyst expects of a case, as written in an expectations file: "under scenario S,
 * deal D is infeasible, vetoed by position P", "deal D is feasible", "at least N generated deals
 * are feasible", "consequence C is derived (for deal D)".
 *
 * @param scenario the scenario's id, or null for the baseline
 * @param deal a listed deal's id or a deal written as moves ({@code a+b/c}), or null
 * @param feasible whether the deal is expected feasible, or null when not said
 * @param vetoedBy positions expected among the deal's vetoes
 * @param consequence a consequence id expected to be derived, or null
 * @param atLeast the least number of feasible generated deals, or -1
 * @param atMost the most number of feasible generated deals, or -1
 * @param note the analyst's own words for it, or null
 */
public record Expectation(String scenario, String deal, Boolean feasible, List<Located<PositionRef>> vetoedBy,
    String consequence, long atLeast, long atMost, String note, Loc loc) {
  public Expectation {
    vetoedBy = List.copyOf(vetoedBy);
  }

  /** Whether this is about the count of feasible generated deals. */
  public boolean aboutSpace() {
    return atLeast >= 0 || atMost >= 0;
  }

  /** The scenario's id, or {@code baseline}. */
  public String scenarioId() {
    return scenario == null ? "baseline" : scenario;
  }
}
