package org.gordian.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.Uncertainty;
import org.gordian.model.PositionRef;

/** The words the uncertainty sections share across formats. */
final class UncertaintyText {
  private UncertaintyText() {}

  /** A probability with at most four decimals: {@code 0.06}, {@code 1}. */
  static String p(double p) {
    if (Double.isNaN(p)) {
      return "never drawn";
    }
    String s = String.format(Locale.ROOT, "%.4f", p).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s.equals("-0") ? "0" : s;
  }

  /** {@code [0.051, 0.067]}. */
  static String interval(double low, double high) {
    return "[" + p(low) + ", " + p(high) + "]";
  }

  /** How the probabilities were found and over what. */
  static String method(Uncertainty u) {
    long facts = u.variables().stream().filter(v -> v.kind() == Uncertainty.Variable.Kind.FACT).count();
    long positions = u.variables().size() - facts;
    String over = facts + " uncertain context fact" + (facts == 1 ? "" : "s") + " and " + positions
        + " position" + (positions == 1 ? "" : "s") + " held with a probability";
    String combos = u.combinations() == Long.MAX_VALUE ? "more than " + Text.count(Long.MAX_VALUE)
        : Text.count(u.combinations());
    String ran = "the rules ran " + Text.count(u.worlds()) + " time" + (u.worlds() == 1 ? "" : "s")
        + ": once for each combination of what they can see, the context outcomes and the positions whose rules"
        + " infer facts; a position that only vetoes or weighs is applied to those verdicts";
    if (u.method() == Uncertainty.Method.EXACT) {
      return "Method: exact, over all " + combos + " combinations of " + over + ", each weighed by its"
          + " probability (" + ran + "). A position not held is switched off; an outcome replaces the fact's"
          + " fields. Facts and positions are taken as independent.";
    }
    return "Method: sampled, " + Text.count(u.samples()) + " combinations drawn from seed " + u.seed() + " out of "
        + combos + " combinations of " + over + " (" + ran + "); intervals are 95% Wilson score intervals. A"
        + " position not held is switched off; an outcome replaces the fact's fields. Facts and positions are"
        + " taken as independent.";
  }

  /** {@code level=high: 0; level=low: 1}. */
  static String given(Uncertainty.Variable v, Uncertainty.Influence i) {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < v.values().size(); k++) {
      parts.add(v.values().get(k).label() + ": " + p(i.given().get(k)));
    }
    return String.join("; ", parts);
  }

  /** The sentence on the generated space. */
  static String space(Uncertainty u) {
    Uncertainty.SpaceChance s = u.space();
    String any = p(s.anyFeasible()) + (u.method() == Uncertainty.Method.SAMPLED
        ? " (95% interval " + interval(s.low(), s.high()) + ")" : "");
    return "Over " + s.scope() + ": expected number of feasible generated deals " + p(s.expectedFeasible())
        + " of " + Text.count(s.size()) + " (from " + Text.count(s.fewest()) + " to " + Text.count(s.most())
        + " over the " + (u.method() == Uncertainty.Method.EXACT ? "combinations" : "draws")
        + "); probability that some generated deal is feasible: " + any + ".";
  }

  /** Each party's positions, by faction: {@code [label, position…]} lines, positions of no faction first. */
  static List<List<String>> groups(RunResult r) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (PositionRef p : r.positions()) {
      String faction = r.sources().factionOf(p);
      String label = p.party() + (faction.isEmpty() ? "" : ", faction " + faction);
      groups.computeIfAbsent(label, k -> new ArrayList<>()).add(p.toString());
    }
    List<List<String>> out = new ArrayList<>();
    groups.forEach((label, positions) -> {
      List<String> line = new ArrayList<>();
      line.add(label);
      line.addAll(positions);
      out.add(line);
    });
    return out;
  }
}
