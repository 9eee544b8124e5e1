package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.gordian.CheckResult;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.RunResult;
import org.gordian.batch.BatchIndex;
import org.gordian.cli.Cli;
import org.gordian.diag.GordianException;
import org.gordian.tester.TestReport;
import org.junit.jupiter.api.Test;

/** Every kind of result is written through one registry of reporters, and each command offers its formats. */
@org.junit.jupiter.api.Tag("slow")
class ReportersTest {
  @Test
  void everyKindOfResultHasItsFormats() {
    assertThat(Reporters.formats(RunResult.class)).containsExactlyInAnyOrder(Format.MARKDOWN, Format.JSON, Format.HTML,
        Format.CSV);
    assertThat(Reporters.formats(DiffResult.class)).containsExactlyInAnyOrder(Format.MARKDOWN, Format.JSON, Format.HTML);
    assertThat(Reporters.formats(org.gordian.analysis.Comparison.class)).containsExactlyInAnyOrder(Format.MARKDOWN,
        Format.JSON, Format.HTML);
    assertThat(Reporters.formats(BatchIndex.class)).containsExactlyInAnyOrder(Format.MARKDOWN, Format.JSON, Format.HTML);
    assertThat(Reporters.formats(TestReport.class)).containsExactlyInAnyOrder(Format.TEXT, Format.JSON, Format.JUNIT);
    assertThat(Reporters.formats(CheckResult.class)).containsExactlyInAnyOrder(Format.TEXT, Format.JSON);
  }

  @Test
  void aFormatAResultIsNotWrittenInIsRefusedNamingThoseItIs() {
    assertThatThrownBy(() -> Reporters.of(DiffResult.class, Format.CSV, ReportRuns.FIXED))
        .isInstanceOf(GordianException.class).hasMessageContaining("a diff is written as markdown, json, html, not csv");
  }

  @Test
  void theTestCommandWritesJsonWithTheCountsAndEachExpectation() throws Exception {
    Cli.Result r = Cli.run("test", "examples/hanoi-2019", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("failed").asInt()).isZero();
    assertThat(json.get("passed").asInt()).isPositive().isEqualTo(json.get("expectations").size());
    assertThat(json.get("expectations").get(0).get("file").asText()).endsWith("expectations.yaml");
  }

  @Test
  void theCheckCommandWritesJsonWithEachProblemPlaced() throws Exception {
    Cli.Result r = Cli.run("check", "examples/reykjavik-1986", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("errors").asInt()).isZero();
    assertThat(json.get("warnings").asInt()).isEqualTo(json.get("problems").size());
    for (JsonNode p : json.get("problems")) {
      assertThat(List.of("error", "warning")).contains(p.get("severity").asText());
      assertThat(p.get("message").asText()).isNotBlank();
    }
  }

  @Test
  void commandsRefuseAFormatTheirResultIsNotWrittenIn() {
    assertThat(Cli.run("diff", "examples/hanoi-2019", "--to", "more-sanctions", "--format", "csv").err())
        .contains("diff writes markdown, json or html, not csv");
    assertThat(Cli.run("test", "examples/hanoi-2019", "--format", "csv").err()).contains("test writes text, json or junit, not csv");
    assertThat(Cli.run("run", "examples/hanoi-2019", "--format", "text").code()).isEqualTo(2);
  }
}
