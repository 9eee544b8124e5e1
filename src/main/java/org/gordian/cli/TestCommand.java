package org.gordian.cli;

import org.gordian.report.Text;
import org.gordian.report.Reporters;
import org.gordian.report.Format;
import java.io.IOException;
import java.nio.file.Path;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.engine.EngineOptions;
import org.gordian.load.ExpectationsLoader;
import org.gordian.model.ExpectationsFile;
import org.gordian.tester.TestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gordian test}: checks a case against the expectations written beside it. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {"Check what an analyst expects of a case (expectations.yaml beside it; see docs/expectations.md):"
        + " each expectation PASS or FAIL with its file:line, coverage of positions and rules, and a summary line."},
    footer = {"", "Examples:", "  gordian test examples/my-case",
        "  gordian test examples/my-case/expectations.yaml",
        "  gordian test examples/my-case --format junit --out test-results.xml",
        "", "Exit codes: 0 all expectations passed, 1 an expectation failed, 2 bad usage,",
        "3 errors in a case, rule or expectations file, 4 a rule failed at run time, 5 a file could not be read."})
final class TestCommand extends Shell {
  @Parameters(index = "0", paramLabel = "CASE|FILE",
      description = "A case folder holding expectations.yaml, or an expectations file.")
  Path path;

  @Option(names = "--limit", paramLabel = "N",
      description = "Evaluate deal spaces of up to N deals (default: the case's bounds.limit, else 2,000,000).")
  Long limit;

  @Option(names = "--max-firings", paramLabel = "N", defaultValue = "10000",
      description = "Stop when one deal causes more than N rule firings (default: ${DEFAULT-VALUE}).")
  int maxFirings;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "0",
      description = "Stop when the expectations take longer than this to check, naming the rule and deal then"
          + " running (default: no limit).")
  double timeLimit;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = RunFlags.FormatConverter.class,
      description = "Output format: text (default; one PASS/FAIL line per expectation), json (for dashboards) or"
          + " junit (JUnit XML for CI servers: one testcase per expectation).")
  Format format = Format.TEXT;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the results to FILE (atomically) instead of standard output.")
  Path out;

  @Mixin
  TrustFlags trust = new TrustFlags();

  @Override
  java.util.Set<Format> formats() {
    return Reporters.formats(TestReport.class);
  }

  @Override
  ExitCode execute() throws IOException {
    EvalFlags.atLeast(spec, "--time-limit", timeLimit, 0);
    EvalFlags.atLeast(spec, "--limit", limit, 1);
    EvalFlags.atLeast(spec, "--max-firings", maxFirings, 1);
    RunFlags.checkOut(out);
    readable(path, ExpectationsLoader.FILE);
    ExpectationsFile file = ExpectationsLoader.load(path);
    Gordian gordian = Gordian.load(file.caseFile(), trust.load());
    warn(gordian.rulebook().warnings());
    RunOptions options = RunOptions.defaults().withLimit(limit == null ? 0 : limit)
        .withTimeLimit((long) (timeLimit * 1000))
        .withEngine(new EngineOptions(maxFirings, true, EngineOptions.DEFAULT.memoNodes()));
    TestReport report = org.gordian.tester.TestRunner.run(gordian, file, options);
    if (quiet() && format == Format.TEXT && out == null) {
      // Only what failed, as errors.
      org.gordian.report.TestText.failures(report, err());
      err().flush();
    } else {
      emit(out, w -> Reporters.of(TestReport.class, format, Text.generatedAt()).write(report, w));
    }
    return report.allPassed() ? ExitCode.OK : ExitCode.EXPECTATIONS_FAILED;
  }
}
