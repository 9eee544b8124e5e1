package org.gordian.analysis;

import org.gordian.Golden;


import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.gordian.Diff;
import org.gordian.RunOptions;
import org.gordian.TestCases;
import org.gordian.report.DiffJson;
import org.gordian.report.DiffMarkdown;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The diff reports of the Hanoi baseline against the more-sanctions scenario match the reviewed
 * golden files. To accept a deliberate change, rerun with {@code -Dgolden.update=true} and review the diff.
 */
class DiffReportGoldenTest {
  static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {"md", "json"})
  void matchesTheGoldenFile(String format) throws Exception {
    DiffResult d = Diff.scenarios(TestCases.hanoi(), "baseline", "more-sanctions",
        RunOptions.defaults().withBounds(2, 2).withThreads(1, 256), 3);
    StringWriter w = new StringWriter();
    if (format.equals("md")) {
      new DiffMarkdown(AT).write(d, w);
    } else {
      new DiffJson(AT).write(d, w);
    }
    Golden.assertMatches(Path.of("src/test/resources/golden/diff-more-sanctions." + format), w.toString());
  }
}
