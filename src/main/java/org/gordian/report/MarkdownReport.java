package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.SpaceSummary;
import org.gordian.diag.Diagnostic;
import org.gordian.facts.Concern;
import org.gordian.facts.Consequence;
import org.gordian.facts.Veto;
import org.gordian.model.MoveDef;
import org.gordian.model.Party;
import org.gordian.model.PositionRef;

/** The feasibility report as Markdown: readable as plain text, rendered nicely by any forge. */
public final class MarkdownReport implements Reporter<RunResult> {
  private final Instant generatedAt;
  /** How many feasible deals (and Pareto score profiles) the reports show by default. */
  public static final int SHOWN_DEALS = 25;

  private final int showFeasible;
  /** How many sets of moves a near miss's reason shows before "…". */
  static final int SHOWN_GROUPS = 3;

  /** A reporter stamping reports with this time, listing up to {@code showFeasible} feasible deals. */
  public MarkdownReport(Instant generatedAt, int showFeasible) {
    this.generatedAt = generatedAt;
    this.showFeasible = showFeasible;
  }

  /** A reporter stamping reports with {@link Text#generatedAt()}. */
  public MarkdownReport() {
    this(Text.generatedAt(), 25);
  }

  @Override
  public void write(RunResult r, Writer w) throws IOException {
    StringBuilder out = new StringBuilder();
    header(r, out);
    summary(r, out);
    context(r, out);
    listed(r, out);
    if (!r.explained().isEmpty()) {
      out.append("## Deals asked for\n\n");
      for (DealOutcome d : r.explained()) {
        deal(r, d, out);
      }
    }
    UncertaintyMarkdown.factions(r, out);
    if (r.space() != null) {
      blocking(r, r.space(), out);
      feasible(r, r.space(), out);
      nearMisses(r, r.space(), out);
    }
    if (r.analyses() != null) {
      new AnalysesProse(showFeasible).write(r, r.analyses(), new MarkdownProse(out));
    }
    SensitivityMarkdown.addTo(r, out);
    UncertaintyMarkdown.addTo(r, out);
    if (!r.warnings().isEmpty()) {
      out.append("## Warnings\n\n");
      for (Diagnostic d : r.warnings()) {
        out.append("- ").append(d).append('\n');
      }
      out.append('\n');
    }
    w.write(out.toString().replaceAll("\n+$", "\n"));
  }

  private void header(RunResult r, StringBuilder out) {
    out.append("# Feasibility report: ").append(r.caseDef().title()).append("\n\n");
    out.append("- Case: `").append(r.caseDef().id()).append("`");
    if (r.caseDef().source() != null) {
      out.append(" — ").append(r.caseDef().source());
    }
    out.append('\n');
    if (r.scenario() == null) {
      out.append("- Scenario: baseline (the case as written)\n");
    } else {
      out.append("- Scenario: `").append(r.scenario().id()).append("` — ").append(r.scenario().description()).append('\n');
      if (r.scenario().dating() != null) {
        out.append("- Dated: ").append(r.scenario().dating().describe(r.caseDef().date()));
        if (r.scenario().dating().source() != null) {
          out.append(" — ").append(Text.inline(r.scenario().dating().source()));
        }
        out.append('\n');
      }
    }
    if (!r.disabled().isEmpty()) {
      out.append("- Positions switched off: ")
          .append(r.disabled().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "))).append('\n');
    }
    out.append("- Rules: ").append(r.ruleFiles().stream().map(f -> "`" + f + "`").collect(Collectors.joining(", ")))
        .append('\n');
    out.append("- Generated at ").append(Text.timestamp(generatedAt)).append(" by Gordian ").append(Text.VERSION)
        .append("\n\n");
  }

  private void summary(RunResult r, StringBuilder out) {
    long feasible = r.listed().stream().filter(DealOutcome::feasible).count();
    out.append("## Summary\n\n");
    out.append("- Listed deals: ").append(r.listed().size()).append(" — ").append(feasible).append(" feasible, ")
        .append(r.listed().size() - feasible).append(" infeasible\n");
    SpaceSummary s = r.space();
    if (s != null) {
      out.append("- Generated deals (every deal of ").append(s.scope().bounds()).append("): ")
          .append(Text.count(s.evaluated())).append(s.evaluated() < s.size() ? " of " + Text.count(s.size()) : "")
          .append(" evaluated — ")
          .append(Text.count(s.feasible())).append(" feasible (").append(Text.percent(s.feasible(), s.evaluated()))
          .append("), ").append(Text.count(s.infeasible())).append(" infeasible\n");
      Text.decisive(s, true).ifPresent(line -> out.append("- Most often the only obstacle: ").append(line)
          .append('\n'));
    }
    out.append('\n');
  }

  /** The context facts of the run, with where each comes from. */
  private static void context(RunResult r, StringBuilder out) {
    if (r.sources().context().isEmpty()) {
      return;
    }
    out.append("## Context\n\n");
    out.append("The facts about the world that the rules read in this run, and where each comes from.\n\n");
    out.append("| Fact | Type | Fields | Source |\n|---|---|---|---|\n");
    for (org.gordian.model.ContextFact c : r.sources().context()) {
      out.append("| ").append(Text.cellCode(c.id())).append(" | ").append(Text.cell(c.type())).append(" | ")
          .append(Text.cell(c.fields().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
              .collect(Collectors.joining(", ")))).append(" | ")
          .append(c.evidence() == null ? "*no source given*" : Text.cell(c.evidence().describe())).append(" |\n");
    }
    out.append('\n');
  }

  private void listed(RunResult r, StringBuilder out) {
    if (r.listed().isEmpty()) {
      return;
    }
    out.append("## Listed deals\n\n");
    out.append("| Deal | Verdict | Vetoed by |\n|---|---|---|\n");
    for (DealOutcome d : r.listed()) {
      out.append("| `").append(d.id()).append("` ").append(Text.cell(d.title())).append(" | ")
          .append(d.feasible() ? "feasible" : "**infeasible**").append(" | ")
          .append(d.verdict().vetoes().stream().map(v -> v.getParty() + "/" + v.getPosition()).distinct()
              .collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    out.append('\n');
    for (DealOutcome d : r.listed()) {
      deal(r, d, out);
    }
  }

  private void deal(RunResult r, DealOutcome d, StringBuilder out) {
    out.append("### ").append(d.id()).append(" — ").append(d.title()).append("\n\n");
    if (d.source() != null) {
      out.append("Source: ").append(d.source()).append("\n\n");
    }
    out.append("Moves:\n\n");
    for (int p = 1; p <= d.phaseCount(); p++) {
      final int phase = p;
      out.append("- Phase ").append(p).append(": ").append(d.moves().stream().filter(m -> m.phase() == phase)
          .map(m -> describe(r, m.move())).collect(Collectors.joining("; "))).append('\n');
    }
    out.append('\n');
    if (d.feasible()) {
      out.append("**Feasible**: no position vetoes this deal.\n\n");
    } else {
      out.append("**Infeasible**: ").append(d.verdict().vetoes().size()).append(d.verdict().vetoes().size() == 1
          ? " veto" : " vetoes").append(".\n\n");
      for (Veto v : d.verdict().vetoes()) {
        out.append("- **").append(partyName(r, v.getParty())).append("**, position ").append(Text.code(v.getPosition()))
            .append(": ").append(Text.inline(v.getReason())).append(". Rule \"").append(Text.inline(v.getRule().rule()))
            .append("\" (").append(Text.inline(v.getRule().where())).append("); ")
            .append(r.sources().of(v.getRule()).map(e -> "source: " + Text.inline(e.describe()))
                .orElse("no source given"))
            .append('\n');
      }
      out.append('\n');
    }
    if (!d.verdict().concerns().isEmpty()) {
      out.append("Concerns:\n\n");
      for (Concern c : d.verdict().concerns()) {
        out.append("- ").append(partyName(r, c.getParty())).append(" (").append(Text.code(c.getPosition())).append(", ")
            .append(Text.signed(c.getWeight())).append("): ").append(Text.inline(c.getReason())).append('\n');
      }
      out.append('\n');
    }
    if (!d.verdict().consequences().isEmpty()) {
      out.append("Consequences:\n\n");
      for (Consequence c : d.verdict().consequences()) {
        out.append("- ").append(Text.code(c.getId())).append(": ").append(Text.inline(c.getDescription())).append('\n');
      }
      out.append('\n');
    }
  }

  private static String describe(RunResult r, String moveId) {
    MoveDef m = r.caseDef().move(moveId).orElse(null);
    if (m == null) {
      return "`" + moveId + "`";
    }
    return m.description() + " (" + m.party() + ", `" + moveId + "`)";
  }

  private static String partyName(RunResult r, String partyId) {
    return Text.partyName(r.caseDef(), partyId);
  }

  private void blocking(RunResult r, SpaceSummary s, StringBuilder out) {
    out.append("## Blocking map\n\n");
    out.append("Over ").append(s.scope().describe()).append(" (not every deal of the case): how many each position"
        + " vetoes; in how many it is the only veto (pivotal: switching it off alone would make those deals"
        + " feasible); and, among the deals no position of another party vetoes, how many it vetoes.\n\n");
    out.append("| Position | Vetoes | Share of deals | Pivotal | Pivotal share of its vetoes | Deals no other party"
        + " vetoes | Share of those it vetoes |\n|---|---:|---:|---:|---:|---:|---:|\n");
    List<SpaceSummary.Blocking> rows = new ArrayList<>(s.blocking());
    rows.sort((a, b) -> a.vetoes() != b.vetoes() ? Long.compare(b.vetoes(), a.vetoes()) : a.position().compareTo(b.position()));
    for (SpaceSummary.Blocking b : rows) {
      String faction = r.sources().factionOf(b.position());
      out.append("| `").append(b.position()).append('`').append(faction.isEmpty() ? "" : " (" + faction + ")")
          .append(" | ").append(Text.count(b.vetoes())).append(" | ")
          .append(Text.percent(b.vetoes(), s.evaluated())).append(" | ").append(Text.count(b.pivotal())).append(" | ")
          .append(Text.percent(b.pivotal(), b.vetoes())).append(" | ").append(Text.count(b.othersAccept()))
          .append(" | ").append(Text.percent(b.blocksOfOthersAccept(), b.othersAccept())).append(" |\n");
    }
    out.append('\n');
  }

  private void feasible(RunResult r, SpaceSummary s, StringBuilder out) {
    out.append("## Feasible generated deals\n\n");
    if (s.feasible() == 0) {
      out.append("No generated deal is feasible.\n\n");
      return;
    }
    List<DealOutcome> shown = s.feasibleDeals().stream().limit(showFeasible).toList();
    List<String> parties = r.caseDef().parties().stream().map(Party::id).toList();
    List<Orderings.Group> groups = Orderings.group(shown,
        d -> parties.stream().map(p -> d.verdict().score(p)).toList());
    out.append("The first ").append(shown.size()).append(" of ").append(Text.count(s.feasible()))
        .append(" feasible deals, in enumeration order (fewest moves first), as ").append(groups.size())
        .append(groups.size() == 1 ? " row" : " rows")
        .append(": deals with the same moves and scores share a row, which lists each one's order, naming the"
            + " moves a, b, … as listed.\n\n");
    Orderings.legend(r.caseDef(), moves(groups), new MarkdownProse(out));
    out.append("| Moves |");
    parties.forEach(p -> out.append(' ').append(p).append(" score |"));
    out.append("\n|---|");
    parties.forEach(p -> out.append("---:|"));
    out.append('\n');
    for (Orderings.Group g : groups) {
      out.append("| ").append(g.markdown(true)).append(" |");
      for (String p : parties) {
        out.append(' ').append(Text.number(g.deals().get(0).verdict().score(p))).append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  /** The moves of these groups, each once, in order of appearance. */
  private static List<String> moves(List<Orderings.Group> groups) {
    return groups.stream().flatMap(g -> g.moves().stream()).distinct().toList();
  }

  private void nearMisses(RunResult r, SpaceSummary s, StringBuilder out) {
    out.append("## Near misses\n\n");
    out.append("Generated deals vetoed by exactly one position, grouped by that position and by the reason it"
        + " gives; deals with the same moves are one entry, which lists each one's order, naming the moves a, b, …"
        + " as listed.\n\n");
    List<DealOutcome> kept = s.blocking().stream().filter(b -> b.pivotal() > 0)
        .flatMap(b -> b.nearMisses().stream()).toList();
    Orderings.legend(r.caseDef(), moves(Orderings.group(kept, d -> "")), new MarkdownProse(out));
    boolean any = false;
    for (SpaceSummary.Blocking b : s.blocking()) {
      if (b.pivotal() == 0) {
        continue;
      }
      any = true;
      out.append("### `").append(b.position()).append("` — ").append(Text.count(b.pivotal())).append(" deals\n\n");
      Map<String, List<DealOutcome>> byReason = new LinkedHashMap<>();
      for (DealOutcome d : b.nearMisses()) {
        byReason.computeIfAbsent(d.verdict().vetoes().stream().map(Veto::getReason).distinct().map(Text::inline)
            .collect(Collectors.joining("; ")), k -> new ArrayList<>()).add(d);
      }
      // Only the first near misses are kept: when there are more, a reason's count is of those.
      String among = b.pivotal() > b.nearMisses().size()
          ? " of the first " + Text.count(b.nearMisses().size()) + " deals: " : null;
      byReason.forEach((reason, deals) -> {
        List<Orderings.Group> groups = Orderings.group(deals, d -> "");
        out.append("- ").append(reason).append(" — ").append(Text.count(deals.size()))
            .append(among != null ? among : deals.size() == 1 ? " deal: " : " deals: ")
            .append(groups.stream().limit(SHOWN_GROUPS).map(g -> g.markdown(false)).collect(Collectors.joining("; ")))
            .append(groups.size() > SHOWN_GROUPS ? "; …" : "").append('\n');
      });
      if (b.pivotal() > b.nearMisses().size()) {
        out.append("- … and ").append(Text.count(b.pivotal() - b.nearMisses().size())).append(" more\n");
      }
      out.append('\n');
    }
    if (!any) {
      out.append("None: every infeasible generated deal is vetoed by two positions or more.\n\n");
    }
  }

}
