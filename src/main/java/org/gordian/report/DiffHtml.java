package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gordian.analysis.AnalysisChanges;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.DiffResult.BlockingChange;
import org.gordian.analysis.DiffResult.Change;
import org.gordian.analysis.DiffResult.DealChange;
import org.gordian.analysis.Knot;
import org.gordian.model.PositionRef;

/**
 * A diff of two runs as one self-contained HTML page, with the facts of the Markdown diff
 * ({@link DiffMarkdown}): the summary, the listed and generated deals that changed with the
 * positions whose vetoes appeared or went, the blocking map and the conclusions of the analyses.
 * Wide tables scroll inside their box with the deal column fixed. Every text is escaped by the
 * page builder.
 */
public final class DiffHtml implements Reporter<DiffResult> {
  private final Instant generatedAt;

  /** A reporter stamping its output with this time. */
  public DiffHtml(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  @Override
  public void write(DiffResult d, Writer w) throws IOException {
    HtmlPage page = new HtmlPage("Diff: " + d.from() + " → " + d.to());
    Html h = page.header();
    h.open("dl", "class", "facts").nl();
    h.element("dt", "Case").open("dd").element("code", d.caseId()).close("dd").nl();
    h.element("dt", "From").element("dd", d.from()).nl();
    h.element("dt", "To").element("dd", d.to()).nl();
    h.close("dl").nl();
    HtmlPage.generated(h, generatedAt);
    page.section("summary", "Summary", s -> summary(d, s));
    if (!d.listed().isEmpty()) {
      page.section("listed", "Listed deals that changed", s -> table(d.listed(), s));
    }
    DiffResult.Generated g = d.generated();
    if (g != null && !g.examples().isEmpty()) {
      long shown = g.examples().stream().collect(Collectors.groupingBy(DealChange::change, Collectors.counting()))
          .values().stream().mapToLong(Long::longValue).max().orElse(0);
      page.section("generated", "Generated deals that changed (first " + shown + " of each kind)",
          s -> table(g.examples(), s));
    }
    if (g != null) {
      page.section("blocking", "Blocking map", s -> blocking(d.blocking(), s));
    }
    if (d.analyses() != null) {
      page.section("conclusions", "Conclusions of the analyses", s -> {
        if (d.analyses().unchanged()) {
          s.element("p", "Unchanged: the same knots, minimal relaxations and headlines on both sides.");
        } else {
          conclusions(d.analyses(), s);
        }
      });
    }
    w.write(page.render());
  }

  private static void summary(DiffResult d, Html h) {
    if (d.unchanged()) {
      h.element("p", d.analyses() == null ? "No deal changed." : "No deal changed, and no conclusion of the analyses.")
          .nl();
    }
    StringBuilder listed = new StringBuilder().append(d.listed(Change.BECAME_FEASIBLE).size()).append(" became feasible, ")
        .append(d.listed(Change.BECAME_INFEASIBLE).size()).append(" became infeasible, ")
        .append(d.listed(Change.VETOES_CHANGED).size()).append(" vetoed by other positions");
    if (!d.listed(Change.ADDED).isEmpty() || !d.listed(Change.REMOVED).isEmpty()) {
      listed.append(", ").append(d.listed(Change.ADDED).size()).append(" added, ")
          .append(d.listed(Change.REMOVED).size()).append(" removed");
    }
    h.open("ul").nl();
    h.open("li").text("Listed deals: " + listed).close("li").nl();
    DiffResult.Generated g = d.generated();
    if (g != null) {
      h.open("li").text("Generated deals: " + Text.count(g.evaluated()) + " compared; "
          + Text.count(g.becameFeasible()) + " became feasible, " + Text.count(g.becameInfeasible())
          + " became infeasible, " + Text.count(g.vetoesChanged()) + " vetoed by other positions").close("li").nl();
      h.open("li").text("Feasible generated deals: " + DiffMarkdown.arrow(g.fromFeasible(), g.toFeasible()))
          .close("li").nl();
    } else {
      h.element("li", "Generated deals: not compared (listed deals only)").nl();
    }
    h.close("ul").nl();
  }

  /** A table of changed deals, the deal column fixed: the change and the positions whose vetoes appeared or went. */
  static void table(List<DealChange> deals, Html h) {
    h.open("div", "class", "scroll").nl().open("table", "class", "changes sticky").nl();
    h.open("thead").open("tr").element("th", "deal").element("th", "change").element("th", "vetoes appeared")
        .element("th", "vetoes gone").close("tr").close("thead").nl();
    h.open("tbody").nl();
    for (DealChange c : deals) {
      h.open("tr").open("td").element("code", c.id()).close("td")
          .element("td", DiffMarkdown.words(c.change()), "class", c.feasibleAfter() ? "now-feasible" : null);
      positions(c.appeared(), h.open("td"));
      positions(c.disappeared(), h.close("td").open("td"));
      h.close("td").close("tr").nl();
    }
    h.close("tbody").nl().close("table").nl().close("div").nl();
  }

  /** The positions whose veto counts over the generated deals changed. */
  private static void blocking(List<BlockingChange> all, Html h) {
    List<BlockingChange> changed = all.stream().filter(BlockingChange::changed).toList();
    if (changed.isEmpty()) {
      h.element("p", "Unchanged.").nl();
      return;
    }
    h.open("div", "class", "scroll").nl().open("table", "class", "numbers sticky").nl();
    h.open("thead").open("tr").element("th", "position").element("th", "vetoes").element("th", "sole vetoes")
        .close("tr").close("thead").nl().open("tbody").nl();
    for (BlockingChange b : changed) {
      h.open("tr").open("td").element("code", b.position().toString()).close("td")
          .element("td", DiffMarkdown.arrow(b.fromVetoes(), b.toVetoes()))
          .element("td", DiffMarkdown.arrow(b.fromPivotal(), b.toPivotal())).close("tr").nl();
    }
    h.close("tbody").nl().close("table").nl().close("div").nl();
  }

  /** The conclusions that changed, one list item each, as {@link DiffMarkdown#conclusions} words them. */
  static void conclusions(AnalysisChanges a, Html h) {
    h.open("ul", "class", "conclusions").nl();
    for (AnalysisChanges.Headline x : a.headlines()) {
      h.open("li").text(x.name().substring(0, 1).toUpperCase(Locale.ROOT) + x.name().substring(1) + ": " + x.from()
          + " → " + x.to()).close("li").nl();
    }
    for (Knot k : a.knotsAppeared()) {
      h.open("li").text("Knot appeared: ").spans(DiffMarkdown.knot(k)).close("li").nl();
    }
    for (Knot k : a.knotsVanished()) {
      h.open("li").text("Knot vanished: ").spans(DiffMarkdown.knot(k)).close("li").nl();
    }
    for (AnalysisChanges.KnotChange c : a.knotsChanged()) {
      h.open("li").text("Knot changed: ").spans(DiffMarkdown.knot(c.from()) + " → " + c.to().kind().label() + ", tied by "
          + DiffMarkdown.names(c.to().positions())).close("li").nl();
    }
    for (AnalysisChanges.RelaxationChange r : a.relaxations()) {
      h.open("li").text("Minimal relaxations of ").element("code", r.dealId()).text(": ")
          .spans(r.fromFeasible() ? "none needed (feasible)" : DiffMarkdown.sets(r.from())).text(" → ")
          .spans(r.toFeasible() ? "none needed (feasible)" : DiffMarkdown.sets(r.to())).close("li").nl();
    }
    h.close("ul").nl();
  }

  private static void positions(List<PositionRef> ps, Html h) {
    if (ps.isEmpty()) {
      h.text("—");
      return;
    }
    for (int i = 0; i < ps.size(); i++) {
      h.text(i == 0 ? "" : ", ").element("code", ps.get(i).toString());
    }
  }
}
