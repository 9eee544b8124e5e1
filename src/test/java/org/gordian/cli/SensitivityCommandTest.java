package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gordian sensitivity} and {@code gordian run --sensitivity}, end to end on the fixture case. */
@Tag("slow")
class SensitivityCommandTest {
  static final String FIXTURE = "src/test/resources/sensitivity";

  @Test
  void writesTheSensitivityReportAndSaysWhatItFound(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sensitivity.md");
    Cli.Result r = Cli.run("sensitivity", FIXTURE, "--threads", "2", "--out", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Sensitivity: rerunning under 12 single changes")
        .contains("Sensitivity: 4 robust, 4 fragile of 8 conclusions under 12 single changes");
    assertThat(Files.readString(file)).startsWith("# Sensitivity report: ")
        .contains("- **robust** — verdict of `sequenced`: feasible");
  }

  @Test
  void writesJsonWithTheWholeRunAndItsSensitivity() throws IOException {
    Cli.Result r = Cli.run("sensitivity", FIXTURE, "--threads", "2", "--format", "json", "--scenario", "a-relaxed");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.get("scenario").get("id").asText()).isEqualTo("a-relaxed");
    assertThat(report.get("sensitivity").get("scenario").asText()).isEqualTo("a-relaxed");
    assertThat(report.get("deals").size()).isEqualTo(3);
  }

  @Test
  void runAddsTheSectionWhenAsked() {
    Cli.Result with = Cli.run("run", FIXTURE, "--threads", "2", "--sensitivity");
    assertThat(with.code()).as(with.err()).isZero();
    assertThat(with.out()).startsWith("# Feasibility report: ").contains("## Sensitivity: robust and fragile conclusions");
    Cli.Result without = Cli.run("run", FIXTURE, "--threads", "2");
    assertThat(without.out()).doesNotContain("## Sensitivity");
  }

  @Test
  void refusesCsvNamingTheFormatsItWrites() {
    Cli.Result r = Cli.run("sensitivity", FIXTURE, "--format", "csv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("sensitivity writes markdown, json or html, not csv");
  }

  @Test
  void anUnknownScenarioIsABadCaseWithTheKnownOnesNamed() {
    Cli.Result r = Cli.run("sensitivity", FIXTURE, "--scenario", "a-relaxd");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("no scenario 'a-relaxd'").contains("a-relaxed");
  }
}
