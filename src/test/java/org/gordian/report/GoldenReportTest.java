package org.gordian.report;

import org.gordian.Golden;


import java.io.IOException;
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
    Golden.assertMatches(GOLDEN.resolve(file), ReportRuns.render(format, run.get()));
  }
}
