package org.gordian.cli;

import org.gordian.CheckResult;
import org.gordian.report.Text;
import org.gordian.report.Reporters;
import org.gordian.report.Format;
import java.io.IOException;
import java.nio.file.Path;
import org.gordian.Check;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code gordian check}: compiles the rules and validates a case without evaluating its deal space. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {"Compile the rules and validate a case and its scenarios without evaluating the deal space;"
        + " list every problem as path:line:col, and warn about likely mistakes (rules without @party/@position,"
        + " moves no rule mentions)."},
    footer = {"", "Examples:", "  gordian check examples/my-case",
        "  gordian check examples/my-case/case.yaml && gordian run examples/my-case",
        "  gordian check examples/my-case --strict    # in CI: warnings fail too",
        "", "Exit codes: 0 no errors (warnings may be listed; with --strict, none), 2 bad usage, 3 errors found",
        "(with --strict: errors or warnings)."})
final class CheckCommand extends Shell {
  @Parameters(index = "0", paramLabel = "CASE", description = "A case file, or a folder holding case.yaml.")
  Path caseFile;

  @picocli.CommandLine.Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = RunFlags.FormatConverter.class,
      description = "Output format: text (default; path:line:col: message per problem) or json (for editors and CI).")
  Format format = Format.TEXT;

  @picocli.CommandLine.Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the problems to FILE (atomically) instead of standard output.")
  Path out;

  @picocli.CommandLine.Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
      description = "Stop a check that takes longer than this, naming the rule and deal then running"
          + " (default: ${DEFAULT-VALUE}; 0 for no limit).")
  double timeLimit;

  @picocli.CommandLine.Option(names = "--strict",
      description = "Fail (exit 3) on warnings as well as errors: positions without a source, moves no rule"
          + " mentions, names the case does not define.")
  boolean strict;

  @Mixin
  TrustFlags trust = new TrustFlags();

  @Override
  java.util.Set<Format> formats() {
    return Reporters.formats(CheckResult.class);
  }

  @Override
  ExitCode execute() throws IOException {
    EvalFlags.atLeast(spec, "--time-limit", timeLimit, 0);
    RunFlags.checkOut(out);
    readable(caseFile);
    CheckResult result = Check.result(caseFile, (long) (timeLimit * 1000), trust.load());
    if (quiet() && format == Format.TEXT && out == null) {
      // Only the errors (with --strict, the warnings that fail too), on standard error.
      result.problems().stream().filter(d -> d.isError() || strict).forEach(d -> err().println(d));
      err().flush();
    } else {
      emit(out, w -> Reporters.of(CheckResult.class, format, Text.generatedAt()).write(result, w));
    }
    result.hints().forEach(h -> err().println(hint(h)));
    return result.errors() > 0 || (strict && result.warnings() > 0) ? ExitCode.INVALID_INPUT : ExitCode.OK;
  }
}
