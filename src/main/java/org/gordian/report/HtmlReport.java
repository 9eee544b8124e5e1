package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.gordian.facts.RuleRef;
import org.gordian.facts.Veto;
import org.gordian.model.MoveDef;
import org.gordian.model.Party;
import org.gordian.model.PositionRef;

/**
 * The feasibility report as one self-contained HTML page for people who will never run Gordian:
 * the bottom line first (what is feasible, what blocks the rest, what would unlock it), then the case and scenario, each listed deal's verdict with every veto's party, position, reason and
 * rule, a deal × position matrix, a chart of the blocking positions, the feasible and near-miss
 * deals as a sortable, filterable table, the analyses (relaxations, nearest feasible deals, knots,
 * ranking) and the warnings. Style sheet, script and charts (SVG drawn here) are inlined; the page
 * loads nothing and prints cleanly.
 *
 * <p>Each section is one method writing into the {@link Html} builder that {@link HtmlPage} hands
 * it; the page gives each an anchor and a line in its contents. A new analysis is one line in
 * {@link #write} and one method:
 *
 * <pre>{@code
 * page.section("knots", "Knots", h -> knots(r, h));
 * }</pre>
 *
 * <p>The same inputs give the same bytes apart from the generated-at line.
 */
public final class HtmlReport implements Reporter<RunResult> {
  /** How many feasible generated deals the matrix shows. */
  static final int MATRIX_FEASIBLE = 6;
  /** How many near misses per pivotal position the matrix shows. */
  static final int MATRIX_NEAR_MISSES = 2;

  private final Instant generatedAt;

  /** A reporter stamping reports with this time. */
  public HtmlReport(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  /** A reporter stamping reports with {@link Text#generatedAt()}. */
  public HtmlReport() {
    this(Text.generatedAt());
  }

  @Override
  public void write(RunResult r, Writer w) throws IOException {
    HtmlPage page = new HtmlPage("Feasibility report: " + r.caseDef().title());
    header(r, page.header());
    page.section("bottom-line", "Bottom line", h -> BottomLine.write(r, h));
    page.section("summary", "Summary", h -> summary(r, h));
    if (!r.sources().context().isEmpty()) {
      page.section("context", "Context", h -> context(r, h));
    }
    if (!r.listed().isEmpty()) {
      page.section("listed", "Listed deals", h -> listed(r, h));
    }
    if (!r.explained().isEmpty()) {
      page.section("explained", "Deals asked for", h -> {
        h.element("p", "Deals asked for by their moves, evaluated like the listed ones.", "class", "note")
            .nl();
        for (int i = 0; i < r.explained().size(); i++) {
          deal(r, r.explained().get(i), r.listed().size() + i + 1, h);
        }
      });
    }
    page.section("matrix", "Deals × positions", h -> matrix(r, h));
    SpaceSummary s = r.space();
    if (s != null) {
      page.section("blocking", "Blocking positions", h -> blocking(r, s, h));
      page.section("deals", "Feasible deals and near misses", h -> dealTable(r, s, h));
    }
    AnalysesHtml.addTo(page, r, MarkdownReport.SHOWN_DEALS);
    SensitivityHtml.addTo(page, r);
    UncertaintyHtml.addTo(page, r);
    page.section("warnings", "Warnings", h -> warnings(r, h));
    w.write(page.render());
  }

  private void header(RunResult r, Html h) {
    h.open("dl", "class", "facts").nl();
    fact(h, "Case", r.caseDef().id(), r.caseDef().source());
    if (r.scenario() == null) {
      fact(h, "Scenario", "baseline", "the case as written");
    } else {
      fact(h, "Scenario", r.scenario().id(), r.scenario().description());
      if (r.scenario().dating() != null) {
        fact(h, "Dated", r.scenario().dating().describe(r.caseDef().date()), r.scenario().dating().source());
      }
    }
    if (!r.disabled().isEmpty()) {
      fact(h, "Positions switched off",
          r.disabled().stream().map(PositionRef::toString).collect(Collectors.joining(", ")), null);
    }
    fact(h, "Rules", String.join(", ", r.ruleFiles()), null);
    h.close("dl").nl();
    HtmlPage.generated(h, generatedAt);
  }

  private static void fact(Html h, String name, String code, String note) {
    h.element("dt", name).open("dd").element("code", code);
    if (note != null) {
      h.text(" — " + note);
    }
    h.close("dd").nl();
  }

  private void summary(RunResult r, Html h) {
    long feasible = r.listed().stream().filter(DealOutcome::feasible).count();
    h.open("div", "class", "tiles").nl();
    tile(h, "Listed deals feasible", feasible + " of " + r.listed().size(), null);
    SpaceSummary s = r.space();
    if (s != null) {
      tile(h, "Generated deals evaluated", Text.count(s.evaluated()),
          (s.evaluated() < s.size() ? "of " + Text.count(s.size()) + ", " : "") + "every deal of "
              + s.scope().bounds());
      tile(h, "Generated deals feasible", Text.count(s.feasible()), Text.percent(s.feasible(), s.evaluated()));
      s.mostDecisive().ifPresent(b -> tile(h, "Most often the only obstacle", b.position().toString(),
          Text.decisive(s, false).orElseThrow()));
    } else {
      h.element("p", "Only the listed deals were evaluated (no generated deal space).", "class", "note").nl();
    }
    h.close("div").nl();
  }

  private static void tile(Html h, String name, String value, String note) {
    h.open("div", "class", "tile").element("div", name, "class", "tile-name").element("div", value, "class",
        "tile-value");
    if (note != null) {
      h.element("div", note, "class", "tile-note");
    }
    h.close("div").nl();
  }

  private void listed(RunResult r, Html h) {
    h.open("div", "class", "scroll").nl().open("table", "class", "overview sticky").nl();
    h.open("thead").open("tr").element("th", "Deal", "scope", "col").element("th", "Verdict", "scope", "col")
        .element("th", "Vetoed by", "scope", "col").close("tr").close("thead").nl();
    h.open("tbody").nl();
    for (int i = 0; i < r.listed().size(); i++) {
      DealOutcome d = r.listed().get(i);
      h.open("tr", "data-deal", d.id()).open("td").open("a", "href", "#deal-" + (i + 1)).element("code", d.id())
          .close("a").text(" " + d.title()).close("td");
      h.open("td").raw(verdictBadge(d)).close("td");
      h.element("td", positions(d.verdict().vetoes()));
      h.close("tr").nl();
    }
    h.close("tbody").close("table").nl().close("div").nl();
    for (int i = 0; i < r.listed().size(); i++) {
      deal(r, r.listed().get(i), i + 1, h);
    }
  }

  private static String verdictBadge(DealOutcome d) {
    Html h = new Html();
    if (d.feasible()) {
      h.element("span", "Feasible", "class", "badge feasible");
    } else {
      int n = d.verdict().vetoes().size();
      h.element("span", "Infeasible · " + n + (n == 1 ? " veto" : " vetoes"), "class", "badge infeasible");
    }
    return h.toString();
  }

  private static String positions(List<Veto> vetoes) {
    return vetoes.stream().map(v -> v.getRule().positionKey()).distinct().collect(Collectors.joining(", "));
  }

  private void deal(RunResult r, DealOutcome d, int number, Html h) {
    String verdict = d.feasible() ? "feasible" : "infeasible";
    h.open("article", "class", "deal " + verdict, "id", "deal-" + number, "data-deal", d.id(), "data-verdict",
        verdict).nl();
    h.open("h3").element("code", d.id()).text(" " + d.title() + " ").raw(verdictBadge(d)).close("h3").nl();
    if (d.source() != null) {
      h.open("p", "class", "source").text("Source: " + d.source()).close("p").nl();
    }
    h.open("ol", "class", "phases").nl();
    for (int p = 1; p <= d.phaseCount(); p++) {
      final int phase = p;
      h.open("li").element("span", "Phase " + p, "class", "phase").open("ul", "class", "moves");
      d.moves().stream().filter(m -> m.phase() == phase).forEach(m -> move(r, m.move(), h));
      h.close("ul").close("li").nl();
    }
    h.close("ol").nl();
    if (!d.verdict().vetoes().isEmpty()) {
      h.open("div", "class", "scroll").nl().open("table", "class", "findings vetoes").nl();
      h.element("caption", "Vetoes");
      header(h, "Party", "Position", "Reason", "Rule", "Source");
      h.open("tbody").nl();
      for (Veto v : d.verdict().vetoes()) {
        h.open("tr").element("td", Text.partyName(r.caseDef(), v.getParty())).open("td").element("code",
            v.getPosition()).close("td").element("td", v.getReason());
        rule(v.getRule(), h);
        h.element("td", r.sources().of(v.getRule()).map(org.gordian.model.Evidence::describe)
            .orElse("no source given"), "class", "source");
        h.close("tr").nl();
      }
      h.close("tbody").close("table").nl().close("div").nl();
    } else {
      h.element("p", "No position vetoes this deal.", "class", "note").nl();
    }
    int concerns = d.verdict().concerns().size();
    int consequences = d.verdict().consequences().size();
    if (concerns + consequences > 0) {
      // Concerns rank a deal and consequences follow from it; neither blocks it, so they wait unfolded.
      h.open("details", "class", "fold").element("summary", (concerns == 0 ? "" : concerns
          + (concerns == 1 ? " concern" : " concerns")) + (concerns > 0 && consequences > 0 ? " and " : "")
          + (consequences == 0 ? "" : consequences + (consequences == 1 ? " consequence" : " consequences"))).nl();
    }
    if (!d.verdict().concerns().isEmpty()) {
      h.open("div", "class", "scroll").nl().open("table", "class", "findings concerns").nl();
      h.element("caption", "Concerns");
      header(h, "Party", "Position", "Weight", "Reason", "Rule");
      h.open("tbody").nl();
      for (Concern c : d.verdict().concerns()) {
        h.open("tr").element("td", Text.partyName(r.caseDef(), c.getParty())).open("td").element("code",
            c.getPosition()).close("td").element("td", Text.signed(c.getWeight()), "class", "num")
            .element("td", c.getReason());
        rule(c.getRule(), h);
        h.close("tr").nl();
      }
      h.close("tbody").close("table").nl().close("div").nl();
    }
    if (!d.verdict().consequences().isEmpty()) {
      h.element("h4", "Consequences").nl().open("ul", "class", "consequences").nl();
      for (Consequence c : d.verdict().consequences()) {
        h.open("li").element("code", c.getId()).text(": " + c.getDescription() + " ")
            .element("span", c.getRule().where(), "class", "where").close("li").nl();
      }
      h.close("ul").nl();
    }
    if (concerns + consequences > 0) {
      h.close("details").nl();
    }
    h.close("article").nl();
  }

  /** The context facts of the run, with where each comes from. */
  private static void context(RunResult r, Html h) {
    h.element("p", "The facts about the world that the rules read in this run, and where each comes from.", "class",
        "note").nl();
    h.open("div", "class", "scroll").nl().open("table", "class", "findings context sticky").nl();
    header(h, "Fact", "Type", "Fields", "Source");
    h.open("tbody").nl();
    for (org.gordian.model.ContextFact c : r.sources().context()) {
      h.open("tr").open("td").element("code", c.id()).close("td").element("td", c.type())
          .element("td", c.fields().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
              .collect(Collectors.joining(", ")))
          .element("td", c.evidence() == null ? "no source given" : c.evidence().describe(), "class", "source")
          .close("tr").nl();
    }
    h.close("tbody").close("table").nl().close("div").nl();
  }

  private static void header(Html h, String... names) {
    h.open("thead").open("tr");
    for (String n : names) {
      h.element("th", n, "scope", "col");
    }
    h.close("tr").close("thead").nl();
  }

  private static void move(RunResult r, String moveId, Html h) {
    MoveDef m = r.caseDef().move(moveId).orElse(null);
    h.open("li");
    if (m == null) {
      h.element("code", moveId);
    } else {
      h.text(m.description() + " ").element("span", "(" + m.party() + ", " + moveId + ")", "class", "move-id");
    }
    h.close("li");
  }

  private static void rule(RuleRef rule, Html h) {
    h.open("td").text(rule.rule()).open("br").element("span", rule.where(), "class", "where").close("td");
  }

  /** The listed deals, then the first feasible generated deals and near misses. */
  private static Map<DealOutcome, String> matrixRows(RunResult r) {
    Map<DealOutcome, String> rows = new LinkedHashMap<>();
    r.listed().forEach(d -> rows.put(d, "listed"));
    if (r.space() != null) {
      r.space().feasibleDeals().stream().limit(MATRIX_FEASIBLE).forEach(d -> rows.putIfAbsent(d, "feasible"));
      for (SpaceSummary.Blocking b : r.space().blocking()) {
        b.nearMisses().stream().limit(MATRIX_NEAR_MISSES).forEach(d -> rows.putIfAbsent(d, "near miss"));
      }
    }
    return rows;
  }

  private void matrix(RunResult r, Html h) {
    List<PositionRef> positions = r.positions();
    h.open("p", "class", "note").text("Which positions veto or raise concerns about each deal: the listed deals"
        + (r.space() == null ? "" : ", then the first feasible generated deals and near misses")
        + ". Hover a cell for the reasons.").close("p").nl();
    h.open("p", "class", "legend").element("span", "veto", "class", "cell veto").text(" vetoes the deal ")
        .element("span", "+1", "class", "cell concern").text(" concerns only (net weight) ")
        .element("span", "off", "class", "cell off").text(" switched off in this scenario").close("p").nl();
    h.open("div", "class", "scroll").nl();
    h.open("table", "class", "matrix sticky").nl();
    h.open("thead").nl().open("tr").element("th", "", "scope", "col");
    Map<String, Long> perParty = positions.stream()
        .collect(Collectors.groupingBy(PositionRef::party, LinkedHashMap::new, Collectors.counting()));
    perParty.forEach((party, n) -> h.element("th", party, "scope", "colgroup", "colspan", String.valueOf(n),
        "class", "party"));
    h.close("tr").nl().open("tr").element("th", "Deal", "scope", "col");
    for (PositionRef p : positions) {
      h.open("th", "scope", "col", "class", "position", "title", p.toString()).element("span", p.position())
          .close("th");
    }
    h.close("tr").nl().close("thead").nl().open("tbody").nl();
    for (Map.Entry<DealOutcome, String> row : matrixRows(r).entrySet()) {
      DealOutcome d = row.getKey();
      h.open("tr", "data-deal", d.id()).open("th", "scope", "row", "title", d.title())
          .element("code", d.id()).text(" ").element("span", row.getValue(), "class", "kind").close("th");
      for (PositionRef p : positions) {
        cell(r, d, p, h);
      }
      h.close("tr").nl();
    }
    h.close("tbody").close("table").nl().close("div").nl();
  }

  private static void cell(RunResult r, DealOutcome d, PositionRef p, Html h) {
    List<String> vetoes = d.verdict().vetoes().stream()
        .filter(v -> v.getParty().equals(p.party()) && v.getPosition().equals(p.position()))
        .map(Veto::getReason).toList();
    List<Concern> concerns = d.verdict().concerns().stream()
        .filter(c -> c.getParty().equals(p.party()) && c.getPosition().equals(p.position())).toList();
    if (!vetoes.isEmpty()) {
      h.element("td", "veto", "class", "cell veto", "title", p + " vetoes: " + String.join("; ", vetoes));
    } else if (!concerns.isEmpty()) {
      double net = concerns.stream().mapToDouble(Concern::getWeight).sum();
      h.element("td", Text.signed(net), "class", "cell concern", "title", p + ": " + concerns.stream()
          .map(c -> Text.signed(c.getWeight()) + " " + c.getReason()).collect(Collectors.joining("; ")));
    } else if (r.disabled().contains(p)) {
      h.element("td", "off", "class", "cell off", "title", p + " is switched off in this scenario");
    } else {
      h.element("td", "", "class", "cell none");
    }
  }

  private void blocking(RunResult r, SpaceSummary s, Html h) {
    List<SpaceSummary.Blocking> rows = new ArrayList<>(s.blocking());
    rows.sort(Comparator.comparingLong(SpaceSummary.Blocking::vetoes).reversed()
        .thenComparing(SpaceSummary.Blocking::position));
    List<SpaceSummary.Blocking> vetoing = rows.stream().filter(b -> b.vetoes() > 0).toList();
    h.open("p", "class", "note").text("Over " + s.scope().describe() + " (not every deal of the case): how many"
        + " each position vetoes (bar length: share of all deals), in how many it is the only veto — pivotal:"
        + " switching that position off alone would make those deals feasible — and, among the deals no position"
        + " of another party vetoes, how many it vetoes.").close("p").nl();
    if (vetoing.isEmpty()) {
      h.element("p", "No position vetoes any generated deal.", "class", "note").nl();
    } else {
      h.open("div", "class", "chart-scroll").nl();
      BarChart.draw(h, "Generated deals vetoed per position, with the pivotal share", vetoing.stream()
          .map(b -> new BarChart.Bar(b.position().toString(), b.vetoes(), b.pivotal(),
              Text.count(b.vetoes()) + " (" + Text.percent(b.vetoes(), s.evaluated()) + ") · "
                  + Text.count(b.pivotal()) + " pivotal"))
          .toList(), s.evaluated(), "pivotal (the only veto)", "vetoed with other positions");
      h.close("div").nl();
    }
    h.open("details", "class", "fold").nl().element("summary", "The numbers behind the chart: " + rows.size()
        + (rows.size() == 1 ? " position" : " positions")).nl();
    h.open("div", "class", "scroll").nl().open("table", "class", "numbers sticky").nl();
    header(h, "Position", "Vetoes", "Share of deals", "Pivotal", "Pivotal share of its vetoes",
        "Deals no other party vetoes", "Share of those it vetoes");
    h.open("tbody").nl();
    for (SpaceSummary.Blocking b : rows) {
      String faction = r.sources().factionOf(b.position());
      h.open("tr").open("td").element("code", b.position().toString())
          .text(faction.isEmpty() ? "" : " (" + faction + ")").close("td")
          .element("td", Text.count(b.vetoes()), "class", "num")
          .element("td", Text.percent(b.vetoes(), s.evaluated()), "class", "num")
          .element("td", Text.count(b.pivotal()), "class", "num")
          .element("td", Text.percent(b.pivotal(), b.vetoes()), "class", "num")
          .element("td", Text.count(b.othersAccept()), "class", "num")
          .element("td", Text.percent(b.blocksOfOthersAccept(), b.othersAccept()), "class", "num").close("tr").nl();
    }
    h.close("tbody").close("table").nl().close("div").nl().close("details").nl();
  }

  private void dealTable(RunResult r, SpaceSummary s, Html h) {
    List<String> parties = r.caseDef().parties().stream().map(Party::id).toList();
    Map<DealOutcome, String> rows = new LinkedHashMap<>();
    s.feasibleDeals().forEach(d -> rows.putIfAbsent(d, "feasible"));
    s.blocking().forEach(b -> b.nearMisses().forEach(d -> rows.putIfAbsent(d, "near-miss")));
    long nearMisses = s.blocking().stream().mapToLong(SpaceSummary.Blocking::pivotal).sum();
    h.open("p", "class", "note").text("The first " + Text.count(s.feasibleDeals().size()) + " of "
        + Text.count(s.feasible()) + " feasible deals in enumeration order (fewest moves first), and the first near"
        + " misses — deals only one position vetoes — of " + Text.count(nearMisses) + ". Moves within a phase are"
        + " joined by +, phases by /. Scores add up each party's concern weights. Click a column to sort.")
        .close("p").nl();
    h.open("details", "class", "fold").nl().element("summary", "Show the " + Text.count(rows.size()) + " deals: "
        + Text.count(s.feasibleDeals().size()) + " feasible, " + Text.count(rows.size() - s.feasibleDeals().size())
        + " near misses").nl();
    h.open("div", "class", "filters").nl();
    h.open("label").text("Filter ").empty("input", "type", "search", "id", "deal-filter", "data-filter-for",
        "deal-table", "placeholder", "move, position or reason").close("label").nl();
    h.open("label").text("Show ").open("select", "id", "deal-kind", "data-kind-for", "deal-table")
        .element("option", "all deals", "value", "").element("option", "feasible", "value", "feasible")
        .element("option", "near misses", "value", "near-miss").close("select").close("label").nl();
    h.element("output", rows.size() + " of " + rows.size() + " deals", "id", "deal-count", "for", "deal-filter")
        .nl();
    h.close("div").nl();
    h.open("div", "class", "scroll tall").nl();
    h.open("table", "class", "sortable deals sticky", "id", "deal-table", "data-count", "deal-count").nl();
    h.open("thead").open("tr");
    sortable(h, "Deal", "text");
    sortable(h, "Status", "text");
    sortable(h, "Moves", "number");
    sortable(h, "Phases", "number");
    sortable(h, "Vetoed by", "text");
    for (String p : parties) {
      sortable(h, p + " score", "number");
    }
    h.close("tr").close("thead").nl().open("tbody").nl();
    for (Map.Entry<DealOutcome, String> row : rows.entrySet()) {
      DealOutcome d = row.getKey();
      h.open("tr", "data-kind", row.getValue(), "data-deal", d.id());
      h.open("td").element("code", d.id()).close("td");
      h.element("td", row.getValue().equals("feasible") ? "feasible" : "near miss");
      h.element("td", String.valueOf(d.moves().size()), "class", "num");
      h.element("td", String.valueOf(d.phaseCount()), "class", "num");
      h.element("td", positions(d.verdict().vetoes()), "title", d.verdict().vetoes().stream().map(Veto::getReason)
          .distinct().collect(Collectors.joining("; ")));
      for (String p : parties) {
        double score = d.verdict().score(p);
        h.element("td", Text.number(score), "class", "num", "data-value", Text.number(score));
      }
      h.close("tr").nl();
    }
    h.close("tbody").close("table").nl().close("div").nl().close("details").nl();
  }

  private static void sortable(Html h, String name, String type) {
    h.open("th", "scope", "col", "data-type", type, "aria-sort", "none")
        .element("button", name, "type", "button").close("th");
  }

  private void warnings(RunResult r, Html h) {
    if (r.warnings().isEmpty()) {
      h.element("p", "No warnings.", "class", "note").nl();
      return;
    }
    h.open("ul", "class", "warnings").nl();
    for (Diagnostic d : r.warnings()) {
      h.open("li").element("code", d.toString()).close("li").nl();
    }
    h.close("ul").nl();
  }
}
