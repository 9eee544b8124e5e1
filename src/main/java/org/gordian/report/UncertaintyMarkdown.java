package org.gordian.report;

import java.util.List;
import java.util.stream.Collectors;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.Uncertainty;

/** The uncertainty section of the Markdown run report: the probability of feasibility, and what moves it. */
final class UncertaintyMarkdown {
  private UncertaintyMarkdown() {}

  /** Appends the section when the run has an uncertainty analysis; the run report's one hook. */
  static void addTo(RunResult r, StringBuilder out) {
    Uncertainty u = r.uncertainty();
    if (u == null) {
      return;
    }
    out.append("## Uncertainty: probability of feasibility\n\n");
    out.append(UncertaintyText.method(u)).append("\n\n");
    out.append("| Uncertain | Faction | Values |\n|---|---|---|\n");
    for (Uncertainty.Variable v : u.variables()) {
      out.append("| ").append(v.kind() == Uncertainty.Variable.Kind.FACT ? "context " : "position ")
          .append(Text.cellCode(v.name())).append(" | ").append(Text.cell(v.faction())).append(" | ")
          .append(Text.cell(v.values().stream().map(x -> x.label() + ": " + UncertaintyText.p(x.probability()))
              .collect(Collectors.joining("; ")))).append(" |\n");
    }
    out.append('\n');
    boolean sampled = u.method() == Uncertainty.Method.SAMPLED;
    out.append("| Deal | Verdict as run | Probability feasible |").append(sampled ? " 95% interval |" : "")
        .append(" Matters most | Probability with it fixed to each value |\n|---|---|---:|")
        .append(sampled ? "---|" : "").append("---|---|\n");
    for (Uncertainty.DealChance d : u.deals()) {
      out.append("| ").append(Text.cellCode(d.id())).append(" | ").append(d.feasible() ? "feasible" : "infeasible")
          .append(" | ").append(UncertaintyText.p(d.probability())).append(" |");
      if (sampled) {
        out.append(' ').append(UncertaintyText.interval(d.low(), d.high())).append(" |");
      }
      var most = d.mattersMost();
      if (most.isEmpty()) {
        out.append(" none: no uncertain fact or position moves it | |\n");
        continue;
      }
      Uncertainty.Variable v = u.variable(most.get().variable()).orElseThrow();
      out.append(' ').append(v.kind() == Uncertainty.Variable.Kind.FACT ? "context " : "position ")
          .append(Text.cellCode(v.name())).append(" | ").append(Text.cell(UncertaintyText.given(v, most.get())))
          .append(" |\n");
    }
    out.append('\n');
    if (u.space() != null) {
      out.append(UncertaintyText.space(u)).append("\n\n");
    }
  }

  /** Positions grouped by party and faction, when some rule names a faction. */
  static void factions(RunResult r, StringBuilder out) {
    if (r.sources().factions().isEmpty()) {
      return;
    }
    out.append("## Positions by party and faction\n\n");
    for (List<String> line : UncertaintyText.groups(r)) {
      out.append("- ").append(line.get(0)).append(": ").append(line.subList(1, line.size()).stream()
          .map(Text::code).collect(Collectors.joining(", "))).append('\n');
    }
    out.append('\n');
  }
}
