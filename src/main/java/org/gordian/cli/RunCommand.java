package org.gordian.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import java.util.List;
import org.gordian.analysis.RunResult;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.report.Reporters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gordian run}: evaluates a case's listed deals and its deal space and writes a report. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Evaluate a case: the listed deals and every deal its bounds allow; write a feasibility report.",
    footer = {"", "Examples:", "  gordian run examples/my-case",
        "  gordian run examples/my-case --scenario what-if --format json --out out.json",
        "  gordian run examples/my-case --max-moves 6 --limit 5000000 --threads 2",
        "", "Exit codes: 0 report written, 2 bad usage, 3 errors in the case or rule files,",
        "  4 a rule failed or ran away, or --time-limit was hit, 5 the report could not be written,",
        "  130 interrupted (no report written)."})
final class RunCommand extends Shell {
  @Parameters(index = "0", paramLabel = "CASE", description = "A case file, or a folder holding case.yaml.")
  Path caseFile;

  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME", description = "Evaluate this scenario instead of the baseline.")
  String scenario;

  @Mixin
  RunFlags flags = new RunFlags();

  @Option(names = "--sensitivity",
      description = "Add a sensitivity section: rerun under each single small change of the model (a position off, a"
          + " veto made a concern, a context value, a phase comparison) and mark each conclusion robust or fragile.")
  boolean sensitivity;

  @Mixin
  TrustFlags trust = new TrustFlags();

  @Mixin
  DataFlags data = new DataFlags();

  /** The case being loaded while the command line was parsed, if any. */
  Preload preload = Preload.NONE;

  @Override
  java.util.Set<org.gordian.report.Format> formats() {
    return Reporters.formats(RunResult.class);
  }

  @Override
  ExitCode execute() throws IOException {
    Terminal terminal = terminal();
    RunOptions options = flags.apply(RunOptions.defaults().withScenario(scenario), terminal, notices());
    flags.checkOut();
    data.check();
    readable(caseFile);
    Gordian gordian = preload.load(caseFile, trust.load());
    flags.checkOutAgainst(List.of(gordian));
    warn(gordian.rulebook().warnings());
    RunResult result = sensitivity ? org.gordian.Robustness.run(gordian, options) : gordian.run(options);
    terminal.finish();
    flags.summary(result, terminal, notices());
    result.warnings().stream().filter(w -> !gordian.rulebook().warnings().contains(w)).forEach(notices()::println);
    java.time.Instant at = org.gordian.report.Text.generatedAt();
    if (data.wanted()) {
      try (DataOut tables = DataOut.open(data, trust.load(), at)) {
        tables.add(caseFile, gordian, options, result);
        tables.commit();
      }
    }
    emit(flags.out, w -> Reporters.of(flags.format, at).write(result, w));
    return ExitCode.OK;
  }
}
