package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code gordian run --format}: every format from the command line, to standard output or a file. */
@org.junit.jupiter.api.Tag("slow")
class RunFormatTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "--format {0}")
  @CsvSource(delimiter = '|', value = {
      "markdown|# Feasibility report: ",
      "json|{",
      "html|<!DOCTYPE html>",
      "CSV|id,title,listed,feasible,vetoes,vetoing_positions,moves_by_phase"})
  void writesEachFormatToStandardOutput(String format, String start) {
    assertThat(run("run", "--listed-only", "--format", format, "examples/hanoi-2019")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(start);
  }

  @Test
  void writesAnHtmlReportFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("hanoi.html");
    assertThat(run("run", "--listed-only", "-f", "html", "-o", file.toString(), "examples/hanoi-2019")).isZero();
    assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("kim-hanoi-demand").endsWith("</html>\n");
    assertThat(out.size()).isZero();
  }

  @Test
  void refusesAnUnknownFormatNamingTheCommandsOwn() {
    assertThat(run("run", "--format", "yaml", "examples/hanoi-2019")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("unknown format 'yaml'; expected markdown, json, html or csv");
  }

  @Test
  void refusesAFormatOfAnotherCommandAndSuggestsTheNearest() {
    assertThat(run("check", "--format", "xml", "examples/hanoi-2019")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("check writes text or json, not junit ('xml')");
    err.reset();
    assertThat(run("batch", "--format", "csv", "examples/")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("batch writes markdown or html, not csv");
    err.reset();
    assertThat(run("run", "--format", "htm", "examples/hanoi-2019")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("did you mean 'html'?");
  }

  @Test
  void takesAFormatByItsFileExtension(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("hanoi.md");
    assertThat(run("run", "--listed-only", "-f", "md", "-o", file.toString(), "examples/hanoi-2019")).isZero();
    assertThat(Files.readString(file)).startsWith("# ");
  }

  @Test
  void helpNamesEveryFormat() {
    run("run", "--help");
    assertThat(out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ")).contains("markdown (default)")
        .contains("json (for tools").contains("html (one self-contained page").contains("csv (one row per deal)");
  }
}
