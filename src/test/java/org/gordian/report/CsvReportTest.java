package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.SpaceSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV report: one row per deal that a spreadsheet or a CSV parser reads back as written. */
class CsvReportTest {

  @Test
  void startsWithAHeaderRowAndEndsEveryLineWithCrLf() {
    String csv = ReportRuns.render(Format.CSV, ReportRuns.listedOnly());
    assertThat(csv).startsWith("id,title,listed,feasible,vetoes,vetoing_positions,moves_by_phase\r\n");
    assertThat(csv).endsWith("\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void writesOneRowPerListedDealWithItsVerdict() {
    RunResult r = ReportRuns.listedOnly();
    List<List<String>> rows = parse(ReportRuns.render(Format.CSV, r));
    assertThat(rows).hasSize(r.listed().size() + 1).allSatisfy(row -> assertThat(row).hasSize(7));
    List<String> trump = rows.stream().filter(row -> row.get(0).equals("trump-counteroffer")).findFirst().orElseThrow();
    DealOutcome d = r.listedDeal("trump-counteroffer").orElseThrow();
    assertThat(trump).containsExactly("trump-counteroffer", d.title(), "true", "false",
        String.valueOf(d.verdict().vetoes().size()),
        "DPRK/keep-other-facilities-ambiguous; DPRK/relief-before-denuclearization",
        "1: strong-verification, give-up-all-facilities | 2: partial-sanctions-easing, lift-un-sanctions-2016");
    assertThat(d.title()).as("the title holds a comma, so the row only parses if it was quoted").contains(",");
    List<String> freeze = rows.stream().filter(row -> row.get(0).equals("freeze-for-freeze")).findFirst().orElseThrow();
    assertThat(freeze.subList(2, 6)).containsExactly("true", "true", "0", "");
  }

  @Test
  void listsListedThenFeasibleThenNearMissDealsEachOnce() {
    RunResult r = ReportRuns.space();
    SpaceSummary s = r.space();
    List<List<String>> rows = parse(ReportRuns.render(Format.CSV, r));
    List<String> ids = rows.stream().skip(1).map(row -> row.get(0)).toList();
    List<String> expected = new ArrayList<>(r.listed().stream().map(DealOutcome::id).toList());
    s.feasibleDeals().forEach(d -> expected.add(d.id()));
    s.blocking().forEach(b -> b.nearMisses().forEach(d -> expected.add(d.id())));
    assertThat(ids).containsExactlyElementsOf(expected.stream().distinct().toList()).doesNotHaveDuplicates();
    assertThat(rows.stream().skip(1 + r.listed().size()).map(row -> row.get(2))).containsOnly("false");
    assertThat(rows.stream().skip(1 + r.listed().size()).filter(row -> row.get(3).equals("false")))
        .allSatisfy(row -> assertThat(row.get(4)).isEqualTo("1"));
  }

  @Test
  void textCellsThatASpreadsheetWouldRunAsAFormulaStartWithAQuoteAndCountsStayNumbers(@TempDir Path tmp)
      throws Exception {
    Path caseDir = tmp.resolve("case");
    Path rules = Files.createDirectories(caseDir.resolve("rules"));
    Path fixture = Path.of("src/test/resources/broken/case-unknown-party-in-move/rules");
    Files.copy(fixture.resolve("a.drl"), rules.resolve("a.drl"));
    String[] titles = {"=HYPERLINK(\"http://example.org\",\"click\")", "+1+2", "-1.5", "@SUM(A1:A9)", "\tTab first",
        "\rReturn first", "A plain title"};
    StringBuilder y = new StringBuilder("""
        id: formulas
        rules: [rules]
        parties: [{id: A}, {id: B}]
        moves:
          - {id: a-gives, party: A, kind: relief}
          - {id: b-dismantles, party: B, kind: dismantlement}
        deals:
        """);
    for (int i = 0; i < titles.length; i++) {
      y.append("  - {id: d").append(i).append(", title: \"")
          .append(titles[i].replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\r", "\\r"))
          .append("\", moves: {a-gives: 1}}\n");
    }
    Files.writeString(caseDir.resolve("case.yaml"), y);
    Path out = tmp.resolve("deals.csv");

    org.gordian.cli.Cli.Result r = org.gordian.cli.Cli.run("run", caseDir.toString(), "--listed-only", "--format",
        "csv", "--out", out.toString());

    assertThat(r.code()).as("stderr: %s", r.err()).isZero();
    String csv = Files.readString(out);
    List<List<String>> rows = parse(csv);
    for (int i = 0; i < titles.length - 1; i++) {
      assertThat(rows.get(i + 1).get(1)).as("title %d", i).isEqualTo("'" + titles[i]);
    }
    assertThat(rows.get(titles.length).get(1)).isEqualTo("A plain title");
    assertThat(csv).as("the neutralised cell is inside a quoted field").contains(",\"'-1.5\",")
        .contains(",\"'=HYPERLINK(\"\"http://example.org\"\",\"\"click\"\")\",");
    assertThat(rows.get(1).subList(2, 5)).as("booleans and counts are written as they are")
        .containsExactly("true", "false", "1");
  }

  @Test
  void aNegativeNumberInANumericColumnIsNotTouched() {
    assertThat(CsvReport.number(-1.5)).isEqualTo("-1.5");
    assertThat(CsvReport.number(-2)).isEqualTo("-2");
    assertThat(CsvReport.text("-1.5")).isEqualTo("\"'-1.5\"");
    assertThat(CsvReport.text("plain")).isEqualTo("plain");
  }

  /** A strict RFC 4180 reader: fails on a stray quote, so badly quoted output cannot pass. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
          char next = i + 1 < csv.length() ? csv.charAt(i + 1) : '\r';
          assertThat(next).as("character after a closing quote at %d", i).isIn(',', '\r');
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"') {
        assertThat(field).as("quote inside an unquoted field at %d", i).isEmpty();
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r') {
        assertThat(csv.charAt(i + 1)).as("CR without LF at %d", i).isEqualTo('\n');
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertThat(c).as("bare line feed at %d", i).isNotEqualTo('\n');
        field.append(c);
      }
      i++;
    }
    assertThat(quoted).as("unterminated quoted field").isFalse();
    assertThat(row).as("last row ends with CRLF").isEmpty();
    return rows;
  }
}
