package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.gordian.analysis.AnalysisChanges;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.Knot;
import org.gordian.analysis.DiffResult.BlockingChange;
import org.gordian.analysis.DiffResult.Change;
import org.gordian.analysis.DiffResult.DealChange;
import org.gordian.model.PositionRef;

/** A diff of two runs as Markdown: deals that flipped, with the vetoes that appeared or went, and the blocking map. */
public final class DiffMarkdown implements Reporter<DiffResult> {
  private final Instant generatedAt;

  /** A reporter stamping its output with this time. */
  public DiffMarkdown(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  /** Writes the whole diff. */
  @Override
  public void write(DiffResult d, Writer w) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Diff: ").append(d.from()).append(" → ").append(d.to()).append("\n\n");
    out.append("- Case: `").append(d.caseId()).append("`\n");
    out.append("- From: ").append(d.from()).append("\n- To: ").append(d.to()).append('\n');
    out.append("- Generated at ").append(Text.timestamp(generatedAt)).append(" by Gordian ").append(Text.VERSION)
        .append("\n\n");
    out.append("## Summary\n\n");
    if (d.unchanged()) {
      out.append(d.analyses() == null ? "No deal changed.\n\n" : "No deal changed, and no conclusion of the analyses.\n\n");
    }
    out.append("- Listed deals: ").append(d.listed(Change.BECAME_FEASIBLE).size()).append(" became feasible, ")
        .append(d.listed(Change.BECAME_INFEASIBLE).size()).append(" became infeasible, ")
        .append(d.listed(Change.VETOES_CHANGED).size()).append(" vetoed by other positions");
    if (!d.listed(Change.ADDED).isEmpty() || !d.listed(Change.REMOVED).isEmpty()) {
      out.append(", ").append(d.listed(Change.ADDED).size()).append(" added, ")
          .append(d.listed(Change.REMOVED).size()).append(" removed");
    }
    out.append('\n');
    DiffResult.Generated g = d.generated();
    if (g != null) {
      out.append("- Generated deals: ").append(Text.count(g.evaluated())).append(" compared; ")
          .append(Text.count(g.becameFeasible())).append(" became feasible, ")
          .append(Text.count(g.becameInfeasible())).append(" became infeasible, ")
          .append(Text.count(g.vetoesChanged())).append(" vetoed by other positions\n");
      out.append("- Feasible generated deals: ").append(Text.count(g.fromFeasible())).append(" → ")
          .append(Text.count(g.toFeasible())).append('\n');
    } else {
      out.append("- Generated deals: not compared (listed deals only)\n");
    }
    out.append('\n');
    if (!d.listed().isEmpty()) {
      out.append("## Listed deals that changed\n\n");
      table(d.listed(), out);
    }
    if (g != null && !g.examples().isEmpty()) {
      out.append("## Generated deals that changed (first ").append(g.examples().stream()
          .collect(Collectors.groupingBy(DealChange::change, Collectors.counting())).values().stream()
          .mapToLong(Long::longValue).max().orElse(0)).append(" of each kind)\n\n");
      table(g.examples(), out);
    }
    List<BlockingChange> changed = d.blocking().stream().filter(BlockingChange::changed).toList();
    if (g != null) {
      out.append("## Blocking map\n\n");
      if (changed.isEmpty()) {
        out.append("Unchanged.\n\n");
      } else {
        out.append("| position | vetoes | sole vetoes |\n|---|---:|---:|\n");
        for (BlockingChange b : changed) {
          out.append("| `").append(b.position()).append("` | ").append(arrow(b.fromVetoes(), b.toVetoes()))
              .append(" | ").append(arrow(b.fromPivotal(), b.toPivotal())).append(" |\n");
        }
        out.append('\n');
      }
    }
    if (d.analyses() != null) {
      analyses(d.analyses(), out);
    }
    w.write(out.toString().replaceAll("\n+$", "\n"));
  }

  /** How the conclusions of the analyses changed. */
  private static void analyses(AnalysisChanges a, StringBuilder out) {
    out.append("## Conclusions of the analyses\n\n");
    if (a.unchanged()) {
      out.append("Unchanged: the same knots, minimal relaxations and headlines on both sides.\n\n");
      return;
    }
    conclusions(a, out);
    out.append('\n');
  }

  /** The conclusions that changed, one list item each (headlines, knots, minimal relaxations). */
  static void conclusions(AnalysisChanges a, StringBuilder out) {
    for (AnalysisChanges.Headline h : a.headlines()) {
      out.append("- ").append(h.name().substring(0, 1).toUpperCase(java.util.Locale.ROOT)).append(h.name().substring(1))
          .append(": ").append(Text.inline(h.from())).append(" → ").append(Text.inline(h.to())).append('\n');
    }
    for (Knot k : a.knotsAppeared()) {
      out.append("- Knot appeared: ").append(knot(k)).append('\n');
    }
    for (Knot k : a.knotsVanished()) {
      out.append("- Knot vanished: ").append(knot(k)).append('\n');
    }
    for (AnalysisChanges.KnotChange c : a.knotsChanged()) {
      out.append("- Knot changed: ").append(knot(c.from())).append(" → ").append(c.to().kind().label()).append(", tied by ")
          .append(names(c.to().positions())).append('\n');
    }
    for (AnalysisChanges.RelaxationChange r : a.relaxations()) {
      out.append("- Minimal relaxations of ").append(Text.code(r.dealId())).append(": ")
          .append(r.fromFeasible() ? "none needed (feasible)" : sets(r.from())).append(" → ")
          .append(r.toFeasible() ? "none needed (feasible)" : sets(r.to())).append('\n');
    }
  }

  /** A knot in words, its moves and positions as code spans. */
  static String knot(Knot k) {
    return k.moves().stream().map(Text::code).collect(Collectors.joining(" × ")) + " (" + k.kind().label()
        + ", tied by " + names(k.positions()) + ")";
  }

  /** Sets of positions in words, joined by {@code or}. */
  static String sets(List<List<PositionRef>> sets) {
    return sets.isEmpty() ? "no set found" : sets.stream().map(DiffMarkdown::names).collect(Collectors.joining(" or "));
  }

  /** A table of changed deals: the change and the positions whose vetoes appeared or went. */
  static void table(List<DealChange> deals, StringBuilder out) {
    out.append("| deal | change | vetoes appeared | vetoes gone |\n|---|---|---|---|\n");
    for (DealChange c : deals) {
      out.append("| `").append(Text.cell(c.id())).append("` | ").append(words(c.change())).append(" | ")
          .append(names(c.appeared())).append(" | ").append(names(c.disappeared())).append(" |\n");
    }
    out.append('\n');
  }

  /** A change in plain words. */
  public static String words(Change c) {
    return switch (c) {
      case BECAME_FEASIBLE -> "became feasible";
      case BECAME_INFEASIBLE -> "became infeasible";
      case VETOES_CHANGED -> "vetoed by other positions";
      case ADDED -> "added";
      case REMOVED -> "removed";
    };
  }

  /** Positions as code spans, or a dash for none. */
  static String names(List<PositionRef> ps) {
    return ps.isEmpty() ? "—" : ps.stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "));
  }

  /** Two counts as {@code a → b}, or one when they are equal. */
  static String arrow(long a, long b) {
    return a == b ? Text.count(a) : Text.count(a) + " → " + Text.count(b);
  }
}
