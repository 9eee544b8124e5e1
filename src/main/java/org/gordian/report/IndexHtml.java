package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gordian.batch.BatchEntry;
import org.gordian.batch.BatchIndex;
import org.gordian.batch.Flip;

/**
 * A batch index as one self-contained HTML page, in the frame and style of the run report: a grid
 * with a row per scenario and a column per case, each cell holding the run's feasible listed and
 * generated deals, the listed deals that flip against the case's baseline (with the positions that
 * veto them on either side) and links to the run's reports; a failed run's cell holds its error.
 * Below the grid, a bar chart per case of the feasible share of each scenario's deals.
 *
 * <p>Everything comes from the index, so {@code gordian merge} writes the same page from the shards'
 * indexes as one batch run does. The same index gives the same bytes apart from the generated-at line.
 */
public final class IndexHtml implements Reporter<BatchIndex> {
  private static final String STYLE = HtmlPage.resource("index.css");

  private final Instant generatedAt;

  /** A writer stamping pages with this time. */
  public IndexHtml(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  /** Writes the page. */
  @Override
  public void write(BatchIndex index, Writer w) throws IOException {
    Map<String, List<BatchEntry>> cases = byCase(index);
    HtmlPage page = new HtmlPage("Batch" + (index.shard() == null ? "" : " (shard " + index.shard() + ")"), STYLE);
    header(index, cases, page.header());
    page.section("grid", "Cases × scenarios", h -> grid(index, cases, h));
    page.section("charts", "Feasible deals per case", h -> charts(cases, h));
    w.write(page.render());
  }

  /** The entries of each case (by case file, in run order). */
  private static Map<String, List<BatchEntry>> byCase(BatchIndex index) {
    Map<String, List<BatchEntry>> out = new LinkedHashMap<>();
    index.entries().forEach(e -> out.computeIfAbsent(e.caseFile(), k -> new ArrayList<>()).add(e));
    return out;
  }

  private void header(BatchIndex index, Map<String, List<BatchEntry>> cases, Html h) {
    h.open("dl", "class", "facts").nl();
    h.element("dt", "Runs").element("dd", index.entries().size() + (index.shard() == null ? "" : " of "
        + index.runs() + " (this shard's)") + ", " + index.failed() + " failed").nl();
    h.element("dt", "Cases").element("dd", String.valueOf(cases.size())).nl();
    h.close("dl").nl();
    HtmlPage.generated(h, generatedAt);
  }

  private static void grid(BatchIndex index, Map<String, List<BatchEntry>> cases, Html h) {
    h.element("p", "One column per case, one row per scenario. Each cell counts the feasible deals of that run and"
        + " names the listed deals whose verdict differs from the case's baseline.", "class", "note").nl();
    Set<String> scenarios = new LinkedHashSet<>();
    index.entries().forEach(e -> scenarios.add(e.scenario()));
    h.open("div", "class", "scroll").nl().open("table", "class", "runs sticky").nl();
    h.open("thead").open("tr").element("th", "Scenario", "scope", "col");
    for (List<BatchEntry> runs : cases.values()) {
      BatchEntry first = runs.stream().filter(BatchEntry::ok).findFirst().orElse(runs.get(0));
      h.open("th", "scope", "col", "class", "case").element("code", first.caseId())
          .element("span", first.caseFile(), "class", "file").close("th");
    }
    h.close("tr").close("thead").nl().open("tbody").nl();
    for (String scenario : scenarios) {
      h.open("tr").open("th", "scope", "row").element("code", scenario).close("th");
      for (List<BatchEntry> runs : cases.values()) {
        Optional<BatchEntry> e = runs.stream().filter(r -> r.scenario().equals(scenario)).findFirst();
        if (e.isEmpty()) {
          h.element("td", "—", "class", "run absent", "title", index.shard() == null
              ? "the batch did not run this scenario of this case" : "not run, or not in this shard");
        } else {
          cell(index, e.get(), h);
        }
      }
      h.close("tr").nl();
    }
    h.close("tbody").close("table").nl().close("div").nl();
  }

  private static void cell(BatchIndex index, BatchEntry e, Html h) {
    if (!e.ok()) {
      h.open("td", "class", "run failed", "data-case", e.caseFile(), "data-scenario", e.scenario())
          .element("span", "Failed", "class", "badge infeasible").element("p", e.message(), "class", "error")
          .close("td");
      return;
    }
    h.open("td", "class", "run ok", "data-case", e.caseFile(), "data-scenario", e.scenario());
    h.open("div", "class", "count listed").element("b", e.listedFeasible() + " of " + e.listed())
        .text(" listed deals feasible").close("div");
    if (e.generated() < 0) {
      h.element("div", "deal space not evaluated", "class", "count generated");
    } else {
      h.open("div", "class", "count generated").element("b", Text.count(e.generatedFeasible()) + " of "
          + Text.count(e.generated())).text(" generated deals feasible (" + Text.percent(e.generatedFeasible(),
          e.generated()) + ")").close("div");
    }
    if (!e.baseline()) {
      flips(index, e, h);
    }
    links(e, h);
    h.close("td");
  }

  private static void flips(BatchIndex index, BatchEntry e, Html h) {
    Optional<List<Flip>> flips = index.flips(e);
    if (flips.isEmpty()) {
      Optional<BatchEntry> baseline = index.baselineOf(e);
      h.element("p", "Flips against the baseline unknown: " + (e.verdicts() == null
          ? "this index predates recorded verdicts"
          : baseline.isEmpty() ? "the baseline is not in this index"
          : !baseline.get().ok() ? "the baseline failed" : "the baseline's verdicts are not recorded") + ".",
          "class", "flips-unknown");
      return;
    }
    if (flips.get().isEmpty()) {
      h.element("p", "No listed deal flips against the baseline.", "class", "flips-none");
      return;
    }
    h.open("ul", "class", "flips", "aria-label", "Listed deals that flip against the baseline");
    for (Flip f : flips.get()) {
      h.open("li", "data-deal", f.deal(), "data-flip", f.feasible() ? "feasible" : "infeasible")
          .element("code", f.deal()).text(" ");
      if (f.feasible()) {
        h.element("span", "infeasible → feasible", "class", "badge feasible")
            .text(" (was vetoed by " + String.join(", ", f.before()) + ")");
      } else {
        h.element("span", "feasible → infeasible", "class", "badge infeasible")
            .text(" vetoed by " + String.join(", ", f.after()));
      }
      h.close("li");
    }
    h.close("ul");
  }

  private static void links(BatchEntry e, Html h) {
    h.open("p", "class", "links");
    String main = e.extensions().contains("html") ? "html" : "md";
    h.element("a", "report", "class", "report", "href", href(e.report() + "." + main));
    for (String x : e.extensions()) {
      if (!x.equals(main)) {
        h.text(" · ").element("a", x, "href", href(e.report() + "." + x));
      }
    }
    h.close("p");
  }

  /** A relative link to a report path, with characters a URL path cannot hold escaped. */
  static String href(String relative) {
    try {
      return new URI(null, null, relative, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(org.gordian.diag.Message.REPORT_PATH_NOT_LINKABLE.say(relative, e.getMessage()), e);
    }
  }

  private static void charts(Map<String, List<BatchEntry>> cases, Html h) {
    h.element("p", "For each case, each scenario's deals with the feasible part first: generated deals where the"
        + " deal space was evaluated, else the listed deals. Bars are drawn to the scale of the case's largest run.",
        "class", "note").nl();
    for (List<BatchEntry> runs : cases.values()) {
      boolean generated = runs.stream().anyMatch(e -> e.ok() && e.generated() >= 0);
      String what = generated ? "generated" : "listed";
      BatchEntry first = runs.stream().filter(BatchEntry::ok).findFirst().orElse(runs.get(0));
      List<BarChart.Bar> bars = new ArrayList<>();
      long whole = 0;
      for (BatchEntry e : runs) {
        long total = !e.ok() ? 0 : generated ? Math.max(e.generated(), 0) : e.listed();
        long part = !e.ok() ? 0 : generated ? e.generatedFeasible() : e.listedFeasible();
        whole = Math.max(whole, total);
        bars.add(new BarChart.Bar(e.scenario(), total, part, !e.ok() ? "failed" : e.generated() < 0 && generated
            ? "not evaluated" : Text.count(part) + " of " + Text.count(total) + " (" + Text.percent(part, total)
            + ")"));
      }
      h.open("figure", "class", "feasibility", "data-case", first.caseFile()).nl();
      h.open("div", "class", "chart-scroll").nl();
      BarChart.draw(h, "Feasible " + what + " deals per scenario of " + first.caseId(), bars, whole, "feasible",
          "infeasible");
      h.close("div").nl();
      h.open("figcaption").element("code", first.caseId()).text(": feasible " + what + " deals per scenario")
          .close("figcaption").nl();
      h.close("figure").nl();
    }
  }
}
