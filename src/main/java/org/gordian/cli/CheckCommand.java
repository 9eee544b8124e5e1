package org.gordian.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gordian.Check;
import org.gordian.diag.Diagnostic;
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
        "", "Exit codes: 0 no errors (warnings may be listed), 2 bad usage, 3 errors found."})
final class CheckCommand extends Shell {
  @Parameters(index = "0", paramLabel = "CASE", description = "A case file, or a folder holding case.yaml.")
  Path caseFile;

  @Mixin
  TrustFlags trust = new TrustFlags();

  @Override
  ExitCode execute() throws IOException {
    List<Diagnostic> problems = Check.run(caseFile, trust.rulesOutside());
    problems.forEach(out()::println);
    long errors = problems.stream().filter(Diagnostic::isError).count();
    long warnings = problems.size() - errors;
    out().println(errors + (errors == 1 ? " error, " : " errors, ") + warnings
        + (warnings == 1 ? " warning" : " warnings"));
    out().flush();
    return errors > 0 ? ExitCode.INVALID_INPUT : ExitCode.OK;
  }
}
