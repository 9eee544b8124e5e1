package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.gordian.analysis.Comparison;
import org.gordian.analysis.Comparison.Cell;
import org.gordian.analysis.Comparison.Column;
import org.gordian.analysis.Comparison.Row;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.DiffResult.BlockingChange;

/**
 * Scenarios side by side as one self-contained HTML page: the deal × scenario verdict grid (in a
 * scroll container with the deal column fixed, so it reads at any width) with the feasible counts
 * under it, then what each scenario changes against the baseline and why, in the words of the
 * diff report ({@link DiffHtml}). Every text is escaped by the page builder.
 */
public final class CompareHtml implements Reporter<Comparison> {
  private final Instant generatedAt;

  /** A reporter stamping its output with this time. */
  public CompareHtml(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  @Override
  public void write(Comparison c, Writer w) throws IOException {
    HtmlPage page = new HtmlPage("Scenarios compared: " + c.title());
    Html h = page.header();
    h.open("dl", "class", "facts").nl();
    h.element("dt", "Case").open("dd").element("code", c.caseId()).close("dd").nl();
    h.element("dt", "Scenarios").element("dd", c.columns().size() - 1 + " against the baseline").nl();
    h.close("dl").nl();
    HtmlPage.generated(h, generatedAt);
    page.section("verdicts", "Verdicts", s -> grid(c, s));
    page.section("changes", "What each scenario changes", s -> {
      if (c.columns().size() == 1) {
        s.element("p", "The case has no scenario to compare with its baseline.").nl();
      }
      for (Column col : c.columns()) {
        if (!col.baseline()) {
          scenario(col, c.columns().get(0), s);
        }
      }
    });
    w.write(page.render());
  }

  private static void grid(Comparison c, Html h) {
    h.element("p", "Each cell: feasible, the positions that veto the deal, or not listed by that scenario.",
        "class", "note").nl();
    h.open("div", "class", "scroll").nl().open("table", "class", "grid sticky").nl();
    h.open("thead").open("tr").element("th", "deal", "scope", "col");
    for (Column col : c.columns()) {
      h.open("th", "scope", "col", "class", "scenario").element("code", col.scenario());
      if (col.date() != null) {
        h.empty("br").element("span", col.date().toString(), "class", "where");
      }
      h.close("th");
    }
    h.close("tr").close("thead").nl().open("tbody").nl();
    for (Row r : c.rows()) {
      h.open("tr").open("th", "scope", "row", "title", r.title()).element("code", r.id()).close("th");
      for (Cell cell : r.cells()) {
        cell(cell, h);
      }
      h.close("tr").nl();
    }
    h.close("tbody").nl().open("tfoot").nl();
    h.open("tr").element("th", "feasible listed deals", "scope", "row");
    c.columns().forEach(col -> h.element("td", col.listedFeasible() + " of " + col.listed()));
    h.close("tr").nl().open("tr").element("th", "feasible generated deals", "scope", "row");
    c.columns().forEach(col -> h.element("td", CompareMarkdown.space(col)));
    h.close("tr").nl().close("tfoot").nl();
    h.close("table").nl().close("div").nl();
  }

  private static void cell(Cell cell, Html h) {
    if (!cell.listed()) {
      h.open("td", "class", "not-listed").element("span", "not listed", "class", "where").close("td");
    } else if (cell.feasible()) {
      h.open("td", "class", "feasible").element("span", "feasible", "class", "badge feasible").close("td");
    } else {
      h.open("td", "class", "vetoed").element("span", "vetoed", "class", "badge infeasible");
      cell.vetoes().forEach(p -> h.empty("br").element("code", p.toString()));
      h.close("td");
    }
  }

  private static void scenario(Column col, Column base, Html h) {
    DiffResult d = col.changes();
    h.open("h3", "id", "scenario-" + col.scenario()).text(CompareMarkdown.heading(col)).close("h3").nl();
    if (col.description() != null) {
      h.element("p", col.description()).nl();
    }
    if (!col.premises().isEmpty()) {
      h.open("p").text("It ");
      for (int i = 0; i < col.premises().size(); i++) {
        h.text(i == 0 ? "" : "; ").spans(col.premises().get(i));
      }
      h.text(".").close("p").nl();
    }
    h.open("ul").nl();
    h.element("li", "Feasible listed deals: " + DiffMarkdown.arrow(base.listedFeasible(), col.listedFeasible())).nl();
    if (base.space() != null && col.space() != null) {
      h.element("li", "Feasible generated deals: " + DiffMarkdown.arrow(base.space().feasible(), col.space().feasible())
          + " (of " + DiffMarkdown.arrow(base.space().evaluated(), col.space().evaluated()) + ")").nl();
    }
    List<BlockingChange> moved = d.blocking().stream().filter(BlockingChange::changed).toList();
    if (!moved.isEmpty()) {
      h.open("li").text("Vetoes over the generated deals: ");
      for (int i = 0; i < moved.size(); i++) {
        BlockingChange b = moved.get(i);
        h.text(i == 0 ? "" : ", ").element("code", b.position().toString())
            .text(" " + CompareMarkdown.counts(b));
      }
      h.close("li").nl();
    }
    h.close("ul").nl();
    if (d.listed().isEmpty()) {
      h.element("p", "No listed deal changes its verdict or its vetoes.").nl();
    } else {
      DiffHtml.table(d.listed(), h);
    }
    if (d.analyses() != null) {
      if (d.analyses().unchanged()) {
        h.element("p", "The conclusions of the analyses are unchanged.").nl();
      } else {
        h.element("p", "Conclusions of the analyses that change:").nl();
        DiffHtml.conclusions(d.analyses(), h);
      }
    }
  }
}
