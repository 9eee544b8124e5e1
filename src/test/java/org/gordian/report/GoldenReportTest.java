package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gordian.analysis.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown and JSON reports of the Hanoi case match the reviewed files in
 * {@code src/test/resources/golden/}, apart from the time on the generated-at line.
 *
 * <p>After a deliberate change to a report, rewrite the golden files and review their diff like
 * code: {@code mvn -B -o test -Dtest=GoldenReportTest -Dgolden.update=true}.
 */
class GoldenReportTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Arguments> reports() {
    Supplier<RunResult> listed = ReportRuns::listedOnly;
    Supplier<RunResult> space = ReportRuns::space;
    return Stream.of(
        Arguments.of("hanoi-listed.md", Format.MARKDOWN, listed),
        Arguments.of("hanoi-listed.json", Format.JSON, listed),
        Arguments.of("hanoi-space.md", Format.MARKDOWN, space),
        Arguments.of("hanoi-space.json", Format.JSON, space));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void reportMatchesGoldenFile(String file, Format format, Supplier<RunResult> run) throws IOException {
    String actual = ReportRuns.render(format, run.get());
    Path golden = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file %s; create it with -Dgolden.update=true", golden).exists();
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    assertThat(ReportRuns.normalise(actual))
        .as("%s differs from its golden file; if the change is intended, rerun with -Dgolden.update=true and review"
            + " the diff", file)
        .isEqualTo(ReportRuns.normalise(expected));
  }
}
