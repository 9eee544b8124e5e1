package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.gordian.analysis.Comparison;
import org.gordian.analysis.Comparison.Cell;
import org.gordian.analysis.Comparison.Column;
import org.gordian.analysis.Comparison.Row;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.DiffResult.BlockingChange;

/**
 * Scenarios side by side as Markdown: the deal × scenario verdict grid with the feasible counts
 * under it, then, for each scenario, what it sets, the listed deals it flips against the baseline
 * with the positions whose vetoes appeared or went, the positions whose veto counts moved, and
 * the conclusions of the analyses that change.
 */
public final class CompareMarkdown implements Reporter<Comparison> {
  private final Instant generatedAt;

  /** A reporter stamping its output with this time. */
  public CompareMarkdown(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  @Override
  public void write(Comparison c, Writer w) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Scenarios compared: ").append(Text.inline(c.title())).append("\n\n");
    out.append("- Case: ").append(Text.code(c.caseId())).append('\n');
    out.append("- Scenarios: ").append(c.columns().stream().map(col -> Text.code(col.scenario()))
        .collect(Collectors.joining(", "))).append(" (each against the baseline)\n");
    out.append("- Generated at ").append(Text.timestamp(generatedAt)).append(" by Gordian ").append(Text.VERSION)
        .append("\n\n");
    out.append("## Verdicts\n\n");
    out.append("Each cell: **feasible**, the positions that veto the deal, or not listed by that scenario.\n\n");
    out.append("| deal |");
    c.columns().forEach(col -> out.append(' ').append(Text.cell(heading(col))).append(" |"));
    out.append("\n|---|").append("---|".repeat(c.columns().size())).append('\n');
    for (Row r : c.rows()) {
      out.append("| ").append(Text.cellCode(r.id())).append(" |");
      for (Cell cell : r.cells()) {
        out.append(' ').append(cell(cell)).append(" |");
      }
      out.append('\n');
    }
    out.append("| *feasible listed deals* |");
    c.columns().forEach(col -> out.append(' ').append(col.listedFeasible()).append(" of ").append(col.listed())
        .append(" |"));
    out.append("\n| *feasible generated deals* |");
    c.columns().forEach(col -> out.append(' ').append(space(col)).append(" |"));
    out.append("\n\n");
    out.append("## What each scenario changes\n\n");
    for (Column col : c.columns()) {
      if (!col.baseline()) {
        scenario(col, c.columns().get(0), out);
      }
    }
    if (c.columns().size() == 1) {
      out.append("The case has no scenario to compare with its baseline.\n\n");
    }
    w.write(out.toString().replaceAll("\n+$", "\n"));
  }

  private static void scenario(Column col, Column base, StringBuilder out) {
    DiffResult d = col.changes();
    out.append("### ").append(Text.inline(heading(col))).append("\n\n");
    if (col.description() != null) {
      out.append(Text.inline(col.description())).append("\n\n");
    }
    if (!col.premises().isEmpty()) {
      out.append("It ").append(col.premises().stream().map(CompareMarkdown::marked)
          .collect(Collectors.joining("; "))).append(".\n\n");
    }
    out.append("- Feasible listed deals: ").append(DiffMarkdown.arrow(base.listedFeasible(), col.listedFeasible()))
        .append('\n');
    if (base.space() != null && col.space() != null) {
      out.append("- Feasible generated deals: ").append(DiffMarkdown.arrow(base.space().feasible(),
          col.space().feasible())).append(" (of ").append(DiffMarkdown.arrow(base.space().evaluated(),
          col.space().evaluated())).append(")\n");
    }
    List<BlockingChange> moved = d.blocking().stream().filter(BlockingChange::changed).toList();
    if (!moved.isEmpty()) {
      out.append("- Vetoes over the generated deals: ").append(moved.stream().map(b -> Text.code(b.position().toString())
          + " " + counts(b)).collect(Collectors.joining(", "))).append('\n');
    }
    out.append('\n');
    if (d.listed().isEmpty()) {
      out.append("No listed deal changes its verdict or its vetoes.\n\n");
    } else {
      DiffMarkdown.table(d.listed(), out);
    }
    if (d.analyses() != null) {
      if (d.analyses().unchanged()) {
        out.append("The conclusions of the analyses are unchanged.\n\n");
      } else {
        out.append("Conclusions of the analyses that change:\n\n");
        DiffMarkdown.conclusions(d.analyses(), out);
        out.append('\n');
      }
    }
  }

  /** A position's vetoes over the generated deals on both sides, and its sole vetoes when those moved. */
  static String counts(BlockingChange b) {
    return DiffMarkdown.arrow(b.fromVetoes(), b.toVetoes()) + (b.fromPivotal() == b.toPivotal() ? ""
        : " (the only veto of " + DiffMarkdown.arrow(b.fromPivotal(), b.toPivotal()) + ")");
  }

  /** A column's heading: the scenario and, when it is dated, its day. */
  static String heading(Column col) {
    return col.date() == null ? col.scenario() : col.scenario() + " (" + col.date() + ")";
  }

  /** The generated space's feasible count in a column, or why there is none. */
  static String space(Column col) {
    return col.space() == null ? "not evaluated" : Text.count(col.space().feasible()) + " of "
        + Text.count(col.space().evaluated());
  }

  private static String cell(Cell cell) {
    if (!cell.listed()) {
      return "*not listed*";
    }
    return cell.feasible() ? "**feasible**" : "vetoed: " + cell.vetoes().stream()
        .map(p -> Text.cellCode(p.toString())).collect(Collectors.joining(", "));
  }

  /** A phrase with identifiers in backticks as Markdown: code spans for those, escaped text around them. */
  private static String marked(String phrase) {
    String[] parts = phrase.split("`", -1);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      s.append(i % 2 == 1 ? Text.code(parts[i]) : parts[i].isEmpty() ? "" : Text.inline(parts[i]));
    }
    return s.toString();
  }
}
