package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gordian.Comparisons;
import org.gordian.Diff;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.DiffResult.Change;
import org.gordian.batch.BatchEntry;
import org.gordian.batch.BatchIndex;
import org.gordian.load.CaseLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The batch page of the shipped batch: a cell per run with the index's counts, the listed deals
 * that flip against the baseline exactly as {@code gordian diff baseline SCENARIO} finds them,
 * links that lead to the run's reports, a failed run with its error, a chart per case; and the
 * same page from merged shards.
 */
@Tag("slow")
class IndexHtmlTest {
  private static final Pattern CELL = Pattern.compile(
      "<td class=\"run (ok|failed)\" data-case=\"([^\"]*)\" data-scenario=\"([^\"]*)\">(.*?)</td>", Pattern.DOTALL);
  private static final Pattern FLIP = Pattern.compile(
      "<li data-deal=\"([^\"]*)\" data-flip=\"(feasible|infeasible)\">(.*?)</li>", Pattern.DOTALL);
  private static final Pattern HREF = Pattern.compile("href=\"([^\"#]*)\"");

  private record Cell(boolean ok, String body) {}

  /** The cells of the grid by {@code caseFile#scenario}. */
  private static Map<String, Cell> cells(String page) {
    Map<String, Cell> out = new LinkedHashMap<>();
    Matcher m = CELL.matcher(page);
    while (m.find()) {
      out.put(unhtml(m.group(2)) + "#" + unhtml(m.group(3)), new Cell(m.group(1).equals("ok"), m.group(4)));
    }
    return out;
  }

  private static BatchIndex index(Path out) throws IOException {
    org.gordian.cli.IndexSchema.assertMatches(out.resolve("index.json"));   // with html reports among the extensions
    return IndexJson.read(new StringReader(Files.readString(out.resolve("index.json"))));
  }

  @Test
  void everyRunHasACellWithItsCountsAndReports() throws IOException {
    Path out = BatchPages.whole();
    BatchIndex index = index(out);
    Map<String, Cell> cells = cells(Files.readString(out.resolve("index.html")));
    int runs = 1;
    for (String example : Comparisons.EXAMPLES) {
      runs += 1 + CaseLoader.load(Path.of("examples", example)).scenarios().size();
    }
    assertThat(index.entries()).hasSize(runs);
    assertThat(cells).hasSize(runs);
    for (BatchEntry e : index.entries()) {
      Cell c = cells.get(e.caseFile() + "#" + e.scenario());
      assertThat(c).as(e.caseFile() + " " + e.scenario()).isNotNull();
      assertThat(c.ok()).isEqualTo(e.ok());
      if (!e.ok()) {
        assertThat(c.body()).contains("Failed").contains(Text.html(e.message())).contains("not valid YAML");
        continue;
      }
      assertThat(c.body()).contains("<b>" + e.listedFeasible() + " of " + e.listed() + "</b> listed deals feasible")
          .contains("<b>" + Text.count(e.generatedFeasible()) + " of " + Text.count(e.generated())
              + "</b> generated deals feasible");
      List<String> links = hrefs(c.body());
      assertThat(links).as("links of " + e.report()).containsExactly(e.report() + ".html", e.report() + ".md",
          e.report() + ".json");
      links.forEach(l -> assertThat(out.resolve(l)).isRegularFile());
      assertThat(Files.readString(out.resolve(e.report() + ".html"))).startsWith("<!DOCTYPE html>");
    }
  }

  /** For every scenario of the shipped cases, the flips shown are those {@code gordian diff} reports. */
  @Test
  void theFlipsShownAreThoseDiffFinds() throws IOException {
    Path out = BatchPages.whole();
    Map<String, Cell> cells = cells(Files.readString(out.resolve("index.html")));
    int flips = 0;
    for (String example : Comparisons.EXAMPLES) {
      String caseFile = "examples/" + example;
      assertThat(cells.get(caseFile + "#baseline").body()).doesNotContain("data-flip").doesNotContain("flips");
      for (var s : CaseLoader.load(Path.of("examples", example)).scenarios()) {
        DiffResult d = Diff.scenarios(Comparisons.load(example), "baseline", s.id(),
            Comparisons.options(false, false), 0);
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> vetoes = new TreeMap<>();
        for (DiffResult.DealChange c : d.listed()) {
          if (c.change() == Change.BECAME_FEASIBLE || c.change() == Change.BECAME_INFEASIBLE) {
            expected.put(c.id(), c.change() == Change.BECAME_FEASIBLE ? "feasible" : "infeasible");
            vetoes.put(c.id(), String.join(", ", (c.change() == Change.BECAME_FEASIBLE ? c.fromVetoes()
                : c.toVetoes()).stream().map(Object::toString).toList()));
          }
        }
        String body = cells.get(caseFile + "#" + s.id()).body();
        Map<String, String> shown = new TreeMap<>();
        Matcher m = FLIP.matcher(body);
        while (m.find()) {
          shown.put(unhtml(m.group(1)), m.group(2));
          assertThat(unhtml(m.group(3))).as("%s %s", s.id(), m.group(1))
              .contains("vetoed by " + vetoes.get(unhtml(m.group(1))));
        }
        assertThat(shown).as("flips of %s under %s", example, s.id()).isEqualTo(expected);
        if (expected.isEmpty()) {
          assertThat(body).contains("No listed deal flips against the baseline.");
        }
        flips += expected.size();
      }
    }
    assertThat(flips).as("the shipped scenarios flip some listed deals").isPositive();
  }

  @Test
  void eachCaseHasAChartWithABarPerRun() throws IOException {
    Path out = BatchPages.whole();
    String page = Files.readString(out.resolve("index.html"));
    BatchIndex index = index(out);
    Map<String, Long> runs = new TreeMap<>();
    index.entries().forEach(e -> runs.merge(e.caseFile(), 1L, Long::sum));
    for (var c : runs.entrySet()) {
      int at = page.indexOf("<figure class=\"feasibility\" data-case=\"" + Text.html(c.getKey()) + "\">");
      assertThat(at).as("chart of " + c.getKey()).isPositive();
      String figure = page.substring(at, page.indexOf("</figure>", at));
      assertThat(figure).contains("<svg");
      assertThat(figure.split("<g class=\"bar\">", -1)).hasSize((int) (c.getValue() + 1));
    }
    assertThat(page).contains("Content-Security-Policy").doesNotContain("<script src")
        .doesNotContainPattern("https?://(?!www\\.w3\\.org)");
  }

  @Test
  void mergedShardsGiveTheSamePage() throws IOException {
    Path whole = BatchPages.whole();
    Path merged = BatchPages.merged();
    assertThat(normalised(merged.resolve("index.html"))).isEqualTo(normalised(whole.resolve("index.html")));
    for (String l : hrefs(Files.readString(merged.resolve("index.html")))) {
      assertThat(merged.resolve(l)).isRegularFile();
    }
  }

  @Test
  void anIndexOfTheFirstLayoutIsReadAndItsFlipsShownAsUnknown() throws IOException {
    String old = """
        {"schemaVersion": "1.0", "runs": 2, "entries": [
          {"ordinal": 0, "caseFile": "c", "case": "c", "scenario": "baseline", "description": "", "ok": true,
           "message": "", "listed": 2, "listedFeasible": 1, "generated": -1, "generatedFeasible": 0, "report": "c/baseline"},
          {"ordinal": 1, "caseFile": "c", "case": "c", "scenario": "s", "description": "", "ok": true,
           "message": "", "listed": 2, "listedFeasible": 2, "generated": -1, "generatedFeasible": 0, "report": "c/s"}]}
        """;
    BatchIndex index = IndexJson.read(new StringReader(old));
    assertThat(index.entries()).allSatisfy(e -> {
      assertThat(e.extensions()).containsExactly("md", "json");
      assertThat(e.verdicts()).isNull();
    });
    java.io.StringWriter w = new java.io.StringWriter();
    new IndexHtml(ReportRuns.FIXED).write(index, w);
    assertThat(w.toString()).contains("Flips against the baseline unknown: this index predates recorded verdicts.")
        .contains("href=\"c/s.md\"").doesNotContain(".html\"");
  }

  @Test
  void aReportOfAnUnknownKindIsRefused() {
    String bad = """
        {"runs": 1, "entries": [{"ordinal": 0, "caseFile": "c", "case": "c", "scenario": "baseline",
          "description": "", "ok": true, "message": "", "listed": 0, "listedFeasible": 0, "generated": -1,
          "generatedFeasible": 0, "report": "c/baseline", "extensions": ["md", "exe"]}]}
        """;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndexJson.read(new StringReader(bad)))
        .hasMessage("not a batch index: report extension 'exe' is not one of md, json, html");
  }

  private static List<String> hrefs(String html) {
    return HREF.matcher(html).results().map(r -> unhtml(r.group(1))).filter(h -> !h.isEmpty()).toList();
  }

  /** Text with the references {@link Text#html} writes turned back into characters. */
  private static String unhtml(String s) {
    return s.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  private static List<String> normalised(Path f) throws IOException {
    return Files.readAllLines(f).stream().filter(l -> !l.contains("Generated at")).toList();
  }
}
