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
 * @param notVetoedBy positions expected not to veto the deal
 * @param unlockedBy positions whose switching off is expected to be a minimal relaxation of the
 *     deal: with them off the deal is feasible, with any one of them back it is not; empty when not said
 * @param knot moves expected (or, with {@code knotHolds} false, expected not) to form a knot of the
 *     run's analyses; empty when not said
 */
public record Expectation(String scenario, String deal, Boolean feasible, List<Located<PositionRef>> vetoedBy,
    String consequence, long atLeast, long atMost, String note, Loc loc, List<Located<PositionRef>> notVetoedBy,
    List<Located<PositionRef>> unlockedBy, List<String> knot, boolean knotHolds) {
  public Expectation {
    vetoedBy = List.copyOf(vetoedBy);
    notVetoedBy = List.copyOf(notVetoedBy);
    unlockedBy = List.copyOf(unlockedBy);
    knot = List.copyOf(knot);
  }

  /** An expectation about a deal's verdict, a consequence or the generated space. */
  public Expectation(String scenario, String deal, Boolean feasible, List<Located<PositionRef>> vetoedBy,
      String consequence, long atLeast, long atMost, String note, Loc loc) {
    this(scenario, deal, feasible, vetoedBy, consequence, atLeast, atMost, note, loc, List.of(), List.of(), List.of(),
        true);
  }

  /** Whether this is about the analyses of a full run (a minimal relaxation or a knot). */
  public boolean aboutAnalyses() {
    return !unlockedBy.isEmpty() || !knot.isEmpty();
  }

  /** Every position the expectation names, wherever it names them. */
  public List<Located<PositionRef>> positionsNamed() {
    List<Located<PositionRef>> all = new java.util.ArrayList<>(vetoedBy);
    all.addAll(notVetoedBy);
    all.addAll(unlockedBy);
    return all;
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
