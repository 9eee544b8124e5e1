package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gordian run} through its command line: output, formats, exit codes. */
@org.junit.jupiter.api.Tag("slow")
class RunCommandTest {
  @TempDir
  Path dir;

  record Outcome(int code, String out, String err) {}

  static Outcome gordian(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsTheMarkdownReportAndASummaryLine() {
    Outcome o = gordian("run", "examples/hanoi-2019", "--listed-only");
    assertThat(o.code()).isZero();
    assertThat(o.out()).startsWith("# Feasibility report: ").contains("| `kim-hanoi-demand` ");
    assertThat(o.err()).contains("hanoi-2019 [baseline]: 1 of 6 listed deals feasible");
  }

  @Test
  void writesJsonWithTheDealsInCaseOrder() throws Exception {
    Path file = dir.resolve("hanoi.json");
    Outcome o = gordian("run", "examples/hanoi-2019", "--format", "json", "--out", file.toString());
    assertThat(o.code()).isZero();
    assertThat(o.out()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("deals").get(0).get("id").asText()).isEqualTo("pre-summit-outline");
    JsonNode kim = json.get("deals").get(1);
    assertThat(kim.get("feasible").asBoolean()).isFalse();
    JsonNode veto = kim.get("vetoes").get(0);
    assertThat(veto.fieldNames()).toIterable().containsExactly("party", "position", "rule", "file", "line", "reason");
    assertThat(json.get("summary").get("evaluated").asLong()).isEqualTo(json.get("summary").get("generated").asLong());
    assertThat(json.get("blocking")).isNotEmpty();
  }

  @Test
  void sameInputsGiveTheSameBytesApartFromTheTimestamp() throws Exception {
    Path a = dir.resolve("a.md");
    Path b = dir.resolve("b.md");
    assertThat(gordian("run", "examples/hanoi-2019", "--out", a.toString()).code()).isZero();
    assertThat(gordian("run", "examples/hanoi-2019", "--threads", "1", "--out", b.toString()).code()).isZero();
    assertThat(Files.readString(b).replaceAll("Generated at .*", ""))
        .isEqualTo(Files.readString(a).replaceAll("Generated at .*", ""));
  }

  @Test
  void aBadCaseEndsWithExitThreeAndNoStackTrace() throws Exception {
    Path caseFile = dir.resolve("case.yaml");
    Files.writeString(caseFile, "id: broken\nparties: 7\n");
    Path report = dir.resolve("report.md");
    Files.writeString(report, "previous report\n");
    Outcome o = gordian("run", caseFile.toString(), "--out", report.toString());
    assertThat(o.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(o.err()).contains("case.yaml:2:10: 'parties' must be a list, found '7'").doesNotContain("\tat ");
    assertThat(Files.readString(report)).isEqualTo("previous report\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("case.yaml", "report.md");
    }
  }

  @Test
  void aSpaceOverTheLimitIsRefusedWithItsSizeAndTheFlag() {
    Outcome o = gordian("run", "examples/hanoi-2019", "--max-moves", "6");
    assertThat(o.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(o.err()).contains("the bounds allow 3,421,376 deals, more than the limit of 2,000,000")
        .contains("--limit 3421376");
  }

  @Test
  void anUnknownScenarioListsTheKnownOnes() {
    Outcome o = gordian("run", "examples/hanoi-2019", "--scenario", "no-hardliners");
    assertThat(o.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(o.err()).contains("no scenario 'no-hardliners' in this case; did you mean 'no-hardliner-pressure'?");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Outcome o = gordian("run", "examples/hanoi-2019", "--formt", "json");
    assertThat(o.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(o.err()).contains("gordian: unknown option '--formt' of 'gordian run'; did you mean '--format'?");
  }

  @Test
  void anOutputFolderIsRefusedBeforeAnyWork() {
    Outcome o = gordian("run", "examples/hanoi-2019", "--out", dir.toString());
    assertThat(o.code()).isEqualTo(ExitCode.IO_ERROR.code());
    assertThat(o.err()).contains("is a folder");
  }
}
