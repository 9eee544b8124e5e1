package org.gordian.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.gordian.RunOptions;
import org.gordian.TestCases;
import org.gordian.analysis.RunResult;

/** Runs of the Hanoi case shared by the report tests (each made once per test JVM), and rendering helpers. */
final class ReportRuns {
  /** The time every test report is stamped with. */
  static final Instant FIXED = Instant.parse("2019-02-28T06:30:00Z");

  /** The run options of the deal-space runs: the defaults, keeping as many deals as the Markdown report shows. */
  static final RunOptions SPACE = RunOptions.defaults().withKeep(25, 10);


  private static RunResult listedOnly;
  private static RunResult space;
  private static RunResult scenario;

  private ReportRuns() {}

  /** The Hanoi baseline, listed deals only. */
  static synchronized RunResult listedOnly() {
    if (listedOnly == null) {
      listedOnly = TestCases.hanoi().run(RunOptions.defaults().withSpace(false));
    }
    return listedOnly;
  }

  /** The Hanoi baseline with the generated deal space. */
  static synchronized RunResult space() {
    if (space == null) {
      space = TestCases.hanoi().run(SPACE);
    }
    return space;
  }

  /** The Hanoi scenario that switches a position off, listed deals only. */
  static synchronized RunResult scenario() {
    if (scenario == null) {
      scenario = TestCases.hanoi().run(RunOptions.defaults().withSpace(false).withScenario("us-drops-all-or-nothing"));
    }
    return scenario;
  }

  /** The report in this format, stamped with {@link #FIXED}. */
  static String render(Format format, RunResult r) {
    return render(format, r, FIXED);
  }

  /** The report in this format, stamped with the given time. */
  static String render(Format format, RunResult r, Instant at) {
    StringWriter w = new StringWriter();
    try {
      Reporters.of(format, at).write(r, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The report with the time on its generated-at line replaced by a placeholder; nothing else changes. */
  static String normalise(String report) {
    return org.gordian.Golden.normalise(report);
  }
}
