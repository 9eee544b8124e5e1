package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gordian.analysis.Analyses;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.Relaxation;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.SpaceSummary;
import org.gordian.diag.Diagnostic;
import org.gordian.engine.Verdict;
import org.gordian.facts.RuleRef;
import org.gordian.facts.Veto;
import org.gordian.model.CaseDef;
import org.junit.jupiter.api.Test;

/** The HTML report as text: self-contained, escaped, and holding every part the page promises. */
class HtmlReportTest {

  @Test
  void loadsNothingFromOutsideTheFile() {
    String html = ReportRuns.render(Format.HTML, ReportRuns.space());
    assertThat(html).startsWith("<!DOCTYPE html>\n").doesNotContain("<link").doesNotContain(" src=")
        .doesNotContain("@import").doesNotContain("url(").doesNotContain("<iframe").doesNotContain("<img");
    assertThat(count(html, "<script")).as("one inline script").isEqualTo(1);
    assertThat(count(html, "<style")).as("one inline style sheet").isEqualTo(1);
    List<String> urls = matches(html, "(?i)(?:https?:|ftp:|//)[^\"'\\s<)]+");
    assertThat(urls).as("only the SVG namespace names a URL").containsOnly("http://www.w3.org/2000/svg");
    assertThat(html).contains("http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;");
  }

  @Test
  void showsEveryListedDealWithItsVerdictAndEachVetosRule() {
    RunResult r = ReportRuns.space();
    String html = ReportRuns.render(Format.HTML, r);
    for (DealOutcome d : r.listed()) {
      assertThat(html).contains("data-deal=\"" + d.id() + "\" data-verdict=\"" + (d.feasible() ? "feasible" :
          "infeasible") + "\"");
      for (Veto v : d.verdict().vetoes()) {
        assertThat(html).contains(Text.html(v.getReason())).contains(v.getRule().where())
            .contains("<code>" + Text.html(v.getPosition()) + "</code>");
      }
    }
  }

  @Test
  void drawsOneBarPerVetoingPositionWithThePivotalShareStacked() {
    RunResult r = ReportRuns.space();
    String html = ReportRuns.render(Format.HTML, r);
    List<SpaceSummary.Blocking> vetoing = r.space().blocking().stream().filter(b -> b.vetoes() > 0).toList();
    assertThat(count(html, "<g class=\"bar\">")).isEqualTo(vetoing.size());
    long parts = vetoing.stream().filter(b -> b.pivotal() > 0).count();
    long rests = vetoing.stream().filter(b -> b.vetoes() > b.pivotal()).count();
    assertThat(count(html, "<rect class=\"part\" x=\"320\" y=\"")).as("pivotal marks, plus the legend's")
        .isEqualTo(parts + 1);
    assertThat(count(html, "<rect class=\"rest\" x=\"")).as("marks for the rest, plus the legend's")
        .isEqualTo(rests + 1);
  }

  @Test
  void matrixHasARowPerListedDealThenTheFirstGeneratedOnes() {
    RunResult r = ReportRuns.space();
    String html = ReportRuns.render(Format.HTML, r);
    String matrix = html.substring(html.indexOf("<table class=\"matrix sticky\">"), html.indexOf("</table>",
        html.indexOf("<table class=\"matrix sticky\">")));
    List<String> rows = matches(matrix, "<tr data-deal=\"([^\"]*)\"");
    List<String> expected = new ArrayList<>(r.listed().stream().map(DealOutcome::id).toList());
    r.space().feasibleDeals().stream().limit(HtmlReport.MATRIX_FEASIBLE).forEach(d -> expected.add(d.id()));
    r.space().blocking().forEach(b -> b.nearMisses().stream().limit(HtmlReport.MATRIX_NEAR_MISSES)
        .forEach(d -> expected.add(d.id())));
    assertThat(rows).containsExactlyElementsOf(expected);
    assertThat(count(matrix, "class=\"cell veto\"")).isEqualTo(r.listed().stream().mapToLong(d ->
        d.verdict().vetoes().stream().map(v -> v.getRule().positionKey()).distinct().count()).sum()
        + r.space().blocking().stream().mapToLong(b -> Math.min(b.nearMisses().size(), HtmlReport.MATRIX_NEAR_MISSES))
            .sum());
  }

  @Test
  void marksPositionsSwitchedOffInAScenario() {
    String html = ReportRuns.render(Format.HTML, ReportRuns.scenario());
    assertThat(html).contains("<dt>Positions switched off</dt><dd><code>US/all-or-nothing</code>");
    assertThat(count(html, "<td class=\"cell off\"")).isEqualTo(ReportRuns.scenario().listed().size());
  }

  @Test
  void escapesEveryTextTheCaseAndRulesSupply() {
    RunResult r = ReportRuns.listedOnly();
    CaseDef c = r.caseDef();
    String evil = "<script>alert('x')</script> & \"more\"";
    CaseDef hostileCase = new CaseDef(c.file(), c.id(), evil, evil, c.rules(), c.parties(), c.moves(), c.context(),
        c.deals(), c.bounds(), c.scenarios());
    Veto veto = org.gordian.facts.internal.Facts.veto(new RuleRef("rule </td><b>bold</b>", "US", "all-or-nothing", "rules/<x>.drl", 3),
        "reason <img src=x onerror=alert(1)>");
    DealOutcome hostileDeal = new DealOutcome("id\"><svg onload=alert(1)>", evil, true, evil,
        List.of(new DealOutcome.PhasedMove("testing-freeze", 1)),
        new Verdict(List.of(veto), List.of(), List.of(), new int[] {0}));
    Diagnostic warning = Diagnostic.warning(Path.of("rules/<w>.drl"), 3, 4, "unknown <field> & more");
    RunResult hostile = new RunResult(hostileCase, null, r.positions(), r.disabled(), r.ruleFiles(),
        List.of(hostileDeal), null, List.of(warning), List.of(), null, r.sources());
    String html = ReportRuns.render(Format.HTML, hostile);
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>bold").doesNotContain("<img")
        .doesNotContain("<svg onload").doesNotContain("<x>");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
        .contains("data-deal=\"id&quot;&gt;&lt;svg onload=alert(1)&gt;\"")
        .contains("reason &lt;img src=x onerror=alert(1)&gt;")
        .contains("<li><code>rules/&lt;w&gt;.drl:3:4: warning: unknown &lt;field&gt; &amp; more</code></li>");
    assertThat(count(html, "<script")).isEqualTo(1);
  }

  @Test
  void listedOnlyReportLeavesOutTheSectionsOfTheDealSpace() {
    String html = ReportRuns.render(Format.HTML, ReportRuns.listedOnly());
    assertThat(html).contains("<section id=\"listed\">", "<section id=\"matrix\">", "<section id=\"warnings\">")
        .doesNotContain("<section id=\"blocking\">").doesNotContain("<section id=\"deals\">")
        .doesNotContain("<svg").contains("Only the listed deals were evaluated")
        .contains("<p class=\"note\">No warnings.</p>");
  }

  @Test
  void showsEachAnalysisOfTheMarkdownReportAsASectionOfItsOwn() {
    RunResult r = ReportRuns.space();
    assertThat(r.analyses()).isNotNull();
    String html = ReportRuns.render(Format.HTML, r);
    String markdown = ReportRuns.render(Format.MARKDOWN, r);
    List<String> headings = matches(markdown, "(?m)^## (Minimal relaxations|Nearest feasible deals|Knots|Ranking.*)$");
    assertThat(headings).hasSize(4);
    for (String heading : headings) {
      String id = HtmlProse.id(heading);
      assertThat(html).contains("<li><a href=\"#" + id + "\">" + Text.html(heading) + "</a></li>")
          .contains("<section id=\"" + id + "\">\n<h2>" + Text.html(heading) + "</h2>");
    }
    String relaxations = section(html, "analysis-minimal-relaxations");
    for (var x : r.analyses().relaxations()) {
      assertThat(relaxations).contains("<h3><code>" + Text.html(x.dealId()) + "</code></h3>");
      for (List<org.gordian.model.PositionRef> set : x.sets()) {
        assertThat(relaxations).contains("<li>switch off " + String.join(" and ", set.stream()
            .map(p -> "<code>" + Text.html(p.toString()) + "</code>").toList()) + "</li>");
      }
    }
    String knots = section(html, "analysis-knots");
    assertThat(count(knots, "<tr>")).as("a header row and one row per knot").isEqualTo(1 + r.analyses().knots().size());
    String nearest = section(html, "analysis-nearest-feasible-deals");
    r.analyses().nearest().forEach(n -> n.deals().forEach(d -> assertThat(nearest)
        .contains("<td><code>" + Text.html(d.id()) + "</code></td>")));
    assertThat(html.indexOf("<section id=\"deals\">")).isLessThan(html.indexOf("<section id=\"analysis-"));
    assertThat(html.indexOf("<section id=\"analysis-")).isLessThan(html.indexOf("<section id=\"warnings\">"));
  }

  @Test
  void theAnalysesSayWhatTheMarkdownSaysInTheSameWords() {
    RunResult r = ReportRuns.space();
    String markdown = ReportRuns.render(Format.MARKDOWN, r);
    String html = ReportRuns.render(Format.HTML, r);
    String analyses = markdown.substring(markdown.indexOf("## Minimal relaxations"));
    org.commonmark.node.Node doc = org.commonmark.parser.Parser.builder().build().parse(analyses);
    org.commonmark.renderer.text.TextContentRenderer text = org.commonmark.renderer.text.TextContentRenderer.builder()
        .build();
    List<String> paragraphs = new ArrayList<>();
    doc.accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Paragraph p) {
        if (!text.render(p).startsWith("|")) {
          paragraphs.add(plain(text.render(p)));
        }
      }
    });
    assertThat(paragraphs).hasSizeGreaterThan(10);
    String page = plain(html.substring(html.indexOf("<section id=\"analysis-")).replaceAll("<[^>]+>", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"));
    assertThat(paragraphs).allSatisfy(p -> assertThat(page).contains(p));
  }

  /**
   * Text with every run of white space made one space, none before punctuation, and no straight
   * double quotes (the plain-text renderer puts them around code).
   */
  private static String plain(String s) {
    return s.replace("\"", "").replaceAll("\\s+", " ").replaceAll(" ([,.;:)])", "$1").replaceAll("\\( ", "(").trim();
  }

  @Test
  void opensWithTheBottomLineFromTheResults() {
    RunResult r = ReportRuns.space();
    String html = ReportRuns.render(Format.HTML, r);
    assertThat(html.indexOf("<section id=\"bottom-line\">")).isPositive()
        .isLessThan(html.indexOf("<section id=\"summary\">"));
    String bottom = section(html, "bottom-line");
    long feasible = r.listed().stream().filter(DealOutcome::feasible).count();
    assertThat(bottom).contains(feasible + " of " + r.listed().size() + " listed deals")
        .contains(Text.count(r.space().feasible()) + " of " + Text.count(r.space().evaluated()))
        .contains(Text.html(r.space().scope().describe()))
        .contains(Text.html(Text.decisive(r.space(), false).orElseThrow()));
    for (DealOutcome d : r.listed()) {
      if (!d.feasible()) {
        List<org.gordian.model.PositionRef> smallest = r.analyses().relaxation(d.id()).orElseThrow().sets().stream()
            .min(java.util.Comparator.comparingInt(List::size)).orElseThrow();
        assertThat(bottom).contains("<code>" + Text.html(d.id()) + "</code></a>: switch off " + String.join(" and ",
            smallest.stream().map(p -> "<code>" + Text.html(p.toString()) + "</code>").toList()));
      }
    }
  }

  @Test
  void drawsOneKnotMapEdgePerPairOfPositionsThatTieKnots() {
    RunResult r = ReportRuns.space();
    String knots = section(ReportRuns.render(Format.HTML, r), "analysis-knots");
    java.util.Set<List<org.gordian.model.PositionRef>> ties = new java.util.LinkedHashSet<>();
    r.analyses().knots().forEach(k -> ties.add(k.positions()));
    long edges = ties.stream().mapToLong(t -> (long) t.size() * (t.size() - 1) / 2).sum();
    assertThat(count(knots, "<path class=\"tie ")).isEqualTo(edges);
    assertThat(count(knots, "<circle class=\"tie alone")).isEqualTo(ties.stream().filter(t -> t.size() == 1).count());
    assertThat(count(knots, "<g class=\"node\">")).isEqualTo(ties.stream().flatMap(List::stream).distinct().count());
    assertThat(knots.indexOf("<details class=\"fold\">")).as("the knot table folded below the map")
        .isGreaterThan(knots.indexOf("</svg>"));
  }

  @Test
  void plotsTheParetoDealsAndTheNashDealOfTheTwoBargainers() {
    RunResult r = ReportRuns.space();
    String ranking = section(ReportRuns.render(Format.HTML, r), "analysis-ranking-of-feasible-deals");
    var rk = r.analyses().ranking();
    java.util.Set<List<Double>> front = new java.util.HashSet<>();
    rk.pareto().forEach(d -> front.add(List.of(d.score(rk.parties().get(0)), d.score(rk.parties().get(1)))));
    assertThat(count(ranking, "<circle class=\"deal pareto")).isEqualTo(front.size());
    assertThat(count(ranking, " nash\" cx=")).isEqualTo(rk.nash() == null ? 0 : 1);
    assertThat(ranking).contains("the " + Text.count(rk.pareto().size()) + " Pareto-optimal acceptable deals");
  }

  @Test
  void escapesRuleTextsInTheAnalysesToo() {
    RunResult r = ReportRuns.listedOnly();
    Veto veto = org.gordian.facts.internal.Facts.veto(new RuleRef("rule <b>bold</b> [here](https://example.org/a)", "", "", "rules/<x>.drl", 3),
        "reason <img src=x onerror=alert(1)> [link](javascript:alert(1)) ![pic](https://example.org/p.png)"
            + " <https://example.org/b> | `code`\n## Not a section");
    Relaxation stuck = new Relaxation("deal<svg onload=alert(1)>", List.of(), 3, 0, true, true, List.of(veto), List.of());
    Analyses analyses = new Analyses(List.of(stuck), List.of(), List.of(), null, null, null, List.of("note <script>x</script>"),
        java.util.Map.of());
    RunResult hostile = new RunResult(r.caseDef(), null, r.positions(), r.disabled(), r.ruleFiles(), r.listed(), null,
        List.of(), List.of(), analyses, r.sources());
    String html = ReportRuns.render(Format.HTML, hostile);
    assertThat(html).contains("<section id=\"analysis-minimal-relaxations\">")
        .doesNotContain("<img").doesNotContain("<b>bold").doesNotContain("<svg onload")
        .doesNotContain("href=\"javascript").doesNotContain("<script>x");
    assertThat(count(html, "<script")).isEqualTo(1);
    assertThat(html).contains("reason &lt;img src=x onerror=alert(1)&gt;")
        .contains("[link](javascript:alert(1))").contains("| `code`\n## Not a section")
        .doesNotContain("example.org/p.png\"").doesNotContain("analysis-not-a-section");
    assertThat(section(html, "analysis-minimal-relaxations")).doesNotContain("<a ").doesNotContain("<img");
  }

  @Test
  void showsTheDealsAskedForAfterTheListedOnes() {
    RunResult r = org.gordian.TestCases.hanoi().run(RunOptions.defaults().withSpace(false)
        .withExplain(List.of("testing-freeze/dismantle-yongbyon")));
    String html = ReportRuns.render(Format.HTML, r);
    assertThat(html).contains("<li><a href=\"#explained\">Deals asked for</a></li>");
    DealOutcome asked = r.explained().get(0);
    assertThat(section(html, "explained")).contains("id=\"deal-" + (r.listed().size() + 1) + "\" data-deal=\""
        + asked.id() + "\" data-verdict=\"" + (asked.feasible() ? "feasible" : "infeasible") + "\"");
    assertThat(ReportRuns.render(Format.HTML, ReportRuns.listedOnly())).doesNotContain("id=\"explained\"");
  }

  @Test
  void leavesOutTheAnalysesWhenNoneRan() {
    RunResult r = ReportRuns.listedOnly();
    RunResult without = new RunResult(r.caseDef(), null, r.positions(), r.disabled(), r.ruleFiles(), r.listed(), null,
        r.warnings(), r.explained(), null, r.sources());
    assertThat(ReportRuns.render(Format.HTML, without)).doesNotContain("analysis-");
  }

  /** The markup of the page section with this id. */
  private static String section(String html, String id) {
    int from = html.indexOf("<section id=\"" + id + "\">");
    assertThat(from).as("section %s", id).isNotNegative();
    return html.substring(from, html.indexOf("</section>", from));
  }

  static long count(String text, String needle) {
    long n = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      n++;
    }
    return n;
  }

  static List<String> matches(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.groupCount() > 0 ? m.group(1) : m.group());
    }
    return out;
  }
}
