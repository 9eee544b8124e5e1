package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gordian compare} and {@code gordian diff --format html} on the command line: formats, files and exit codes. */
@org.junit.jupiter.api.Tag("slow")
class CompareCommandTest {
  @TempDir
  Path tmp;

  @Test
  void writesTheGridAsJsonToAFileWithTheBaselineFirst() throws Exception {
    Path out = tmp.resolve("compare.json");
    Cli.Result r = Cli.run("compare", "examples/hanoi-2019", "--scenarios", "us-drops-all-or-nothing,singapore-2018",
        "--listed-only", "--no-analyses", "--format", "json", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("hanoi-2019: baseline 1/6, us-drops-all-or-nothing 2/6, singapore-2018 2/7 feasible"
        + " listed deals;");
    JsonNode j = new ObjectMapper().readTree(out.toFile());
    assertThat(j.get("scenarios")).extracting(s -> s.get("id").asText()).containsExactly("baseline", "us-drops-all-or-nothing",
        "singapore-2018");
    assertThat(j.get("deals").get(0).get("cells")).hasSize(3);
    try (var files = Files.list(tmp)) {
      assertThat(files).as("no temporary file left beside the report").containsExactly(out);
    }
  }

  @Test
  void markdownShowsADatedScenariosDayInItsHeading() {
    Cli.Result r = Cli.run("compare", "examples/reykjavik-1986", "--all-scenarios", "--listed-only", "--no-analyses");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("# Scenarios compared:").contains("| deal | baseline (1986-10-12) |")
        .contains("inf-1987 (1987-12-08)").contains("## What each scenario changes");
  }

  @Test
  void anUnknownScenarioIsAnErrorInTheCaseWithTheNearestName() {
    Cli.Result r = Cli.run("compare", "examples/hanoi-2019", "--scenarios", "no-hardliner-presure", "--listed-only");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(r.err()).contains("no scenario 'no-hardliner-presure'").contains("did you mean 'no-hardliner-pressure'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void whichScenariosMustBeSaidOnceOnly() {
    Cli.Result none = Cli.run("compare", "examples/hanoi-2019");
    assertThat(none.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(none.err()).contains("--all-scenarios").contains("--scenarios");
    Cli.Result both = Cli.run("compare", "examples/hanoi-2019", "--all-scenarios", "--scenarios", "more-sanctions");
    assertThat(both.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(both.err()).contains("mutually exclusive");
  }

  @Test
  void aFormatCompareDoesNotWriteIsBadUsageNamingThoseItDoes() {
    Cli.Result r = Cli.run("compare", "examples/hanoi-2019", "--all-scenarios", "--format", "csv");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("compare writes markdown, json or html, not csv");
  }

  @Test
  void aReportThatCannotBeWrittenIsAnIoErrorBeforeAnyRun() {
    Cli.Result r = Cli.run("compare", "examples/hanoi-2019", "--all-scenarios", "--out",
        tmp.resolve("missing/compare.md").toString());
    assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR.code());
    assertThat(r.err()).contains("does not exist").doesNotContain("Scenario baseline");
  }

  @Test
  void aMissingCaseIsReported() {
    Cli.Result r = Cli.run("compare", tmp.resolve("nowhere").toString(), "--all-scenarios");
    assertThat(r.code()).isNotZero().isNotEqualTo(ExitCode.INTERNAL_ERROR.code());
    assertThat(r.err()).contains("nowhere");
  }

  @Test
  void diffWritesAnHtmlPage() throws Exception {
    Path out = tmp.resolve("diff.html");
    Cli.Result r = Cli.run("diff", "examples/hanoi-2019", "--to", "more-sanctions", "--listed-only", "--format", "html",
        "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String page = Files.readString(out);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<section id=\"listed\">")
        .contains("<code>freeze-for-freeze</code>").contains("<code>DPRK/no-freeze-under-new-sanctions</code>");
  }

  @Test
  void diffRefusesAFormatItDoesNotWriteNamingHtmlAmongThoseItDoes() {
    Cli.Result r = Cli.run("diff", "examples/hanoi-2019", "--to", "more-sanctions", "--format", "csv");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("diff writes markdown, json or html, not csv");
    assertThat(Cli.run("diff", "--help").out()).contains("html");
  }
}
