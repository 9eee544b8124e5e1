package org.gordian.analysis;

import org.gordian.Golden;


import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.gordian.report.JsonReport;
import org.gordian.report.MarkdownReport;
import org.gordian.report.Reporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reports of the hand-made cases against reviewed golden files. After a deliberate change,
 * rerun with {@code -Dgolden.update=true} and review the diff like code.
 */
class AnalysesGoldenTest {
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource({"deadlock, md", "deadlock, json", "diversion, md", "two-keys, json"})
  void reportMatchesItsGoldenFile(String caseName, String format) throws Exception {
    Reporter reporter = format.equals("md") ? new MarkdownReport(AT, 25) : new JsonReport(AT);
    StringWriter w = new StringWriter();
    reporter.write(AnalysisCases.run(caseName), w);
    Golden.assertMatches(Path.of("src/test/resources/analysis", caseName, "expected-report." + format),
        Golden.normalise(w.toString()));
  }
}
