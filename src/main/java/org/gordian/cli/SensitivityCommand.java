package org.gordian.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gordian.Gordian;
import org.gordian.Robustness;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.gordian.report.Format;
import org.gordian.report.Reporters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gordian sensitivity}: runs a case, reruns it under each single small change of its model,
 * and reports which conclusions are robust and which are fragile.
 */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = {"Check which conclusions of a case are robust: rerun it with each position switched off, each"
        + " veto rule made a concern, each context field through its other values and each phase comparison made"
        + " strict or non-strict and first or last, one change at a time; report the conclusions each change flips.",
        "Rule changes are made on copies in memory; the rule files are never written."},
    footer = {"", "Examples:", "  gordian sensitivity examples/my-case",
        "  gordian sensitivity examples/my-case --scenario what-if --format json --out sensitivity.json",
        "  gordian run examples/my-case --sensitivity      (the full report with the section)",
        "", "Exit codes: 0 report written, 2 bad usage, 3 errors in the case or rule files,",
        "  4 a rule failed or ran away in the run as it stands, or --time-limit was hit,",
        "  5 the report could not be written, 130 interrupted (no report written)."})
final class SensitivityCommand extends Shell {
  @Parameters(index = "0", paramLabel = "CASE", description = "A case file, or a folder holding case.yaml.")
  Path caseFile;

  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME",
      description = "Make the changes to this scenario instead of the baseline.")
  String scenario;

  @Mixin
  RunFlags flags = new RunFlags();

  @Mixin
  TrustFlags trust = new TrustFlags();

  @Override
  void tailor(picocli.CommandLine.Model.CommandSpec spec) {
    super.tailor(spec);
    // The sensitivity report does not show the probability of feasibility (run --sensitivity does).
    leaveOut(spec, "--samples", "--seed", "--exact-up-to");
  }

  @Override
  java.util.Set<Format> formats() {
    return Reporters.sensitivityFormats();
  }

  @Override
  ExitCode execute() throws IOException {
    Terminal terminal = terminal();
    // The sensitivity report does not show the probability of feasibility (run --sensitivity does).
    RunOptions options = flags.apply(RunOptions.defaults().withScenario(scenario), terminal, notices()).toBuilder()
        .uncertainty(org.gordian.analysis.Uncertainty.Options.OFF).build();
    flags.checkOut();
    readable(caseFile);
    Gordian gordian = Gordian.load(caseFile, trust.load());
    flags.checkOutAgainst(List.of(gordian));
    warn(gordian.rulebook().warnings());
    RunResult result = Robustness.run(gordian, options);
    terminal.finish();
    flags.summary(result, terminal, notices());
    notices().println(String.format(java.util.Locale.ROOT, "Sensitivity: %d robust, %d fragile of %d conclusions under"
        + " %d single changes", result.sensitivity().robust().size(), result.sensitivity().fragile().size(),
        result.sensitivity().conclusions().size(), result.sensitivity().tried().size()));
    notices().flush();
    Format format = flags.format;
    emit(flags.out, w -> Reporters.sensitivity(format).write(result, w));
    return ExitCode.OK;
  }
}
