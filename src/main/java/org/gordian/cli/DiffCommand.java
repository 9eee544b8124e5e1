package org.gordian.cli;

import org.gordian.report.Format;
import org.gordian.report.Reporters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.gordian.Diff;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.DiffResult;
import org.gordian.diag.Paths2;
import org.gordian.load.LoadOptions;
import org.gordian.report.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gordian diff}: what changes between two scenarios of a case, or under two versions of its rules. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {"Compare two scenarios of a case, or the case under two rule folders: deals that became feasible"
        + " or infeasible, the positions whose vetoes appeared or disappeared, and the change in the blocking map."},
    footer = {"", "Examples:", "  gordian diff examples/my-case --from baseline --to my-scenario",
        "  gordian diff examples/my-case --rules-from rules/my-case --rules-to /tmp/edited --format json",
        "  gordian diff examples/my-case --to my-scenario --exit-code || echo 'the hypothesis moved a deal'",
        "  gordian diff examples/my-case --to my-scenario --format html --out diff.html",
        "", "Formats: markdown (default), json, html (one self-contained page).",
        "", "Exit codes: 0 compared (with --exit-code: nothing changed), 1 with --exit-code: a deal or a conclusion",
        "changed, 2 bad usage, 3 errors in a case or rule file, 4 a rule failed at run time, 5 a file could not be",
        "read or written."})
final class DiffCommand extends Shell {
  @Parameters(index = "0", paramLabel = "CASE", description = "A case file, or a folder holding case.yaml.")
  Path caseFile;

  @Option(names = "--from", paramLabel = "SCENARIO", defaultValue = "baseline",
      description = "The left side's scenario (default: ${DEFAULT-VALUE}).")
  String from;

  @Option(names = "--to", paramLabel = "SCENARIO",
      description = "The right side's scenario (default: the same as --from when rules are compared).")
  String to;

  @Option(names = "--rules-from", paramLabel = "FOLDER", split = ",",
      description = "Take the left side's rules from these folders instead of the case's.")
  List<Path> rulesFrom;

  @Option(names = "--rules-to", paramLabel = "FOLDER", split = ",",
      description = "Take the right side's rules from these folders instead of the case's.")
  List<Path> rulesTo;

  @Option(names = "--exit-code",
      description = "Exit with 1 when a deal's verdict or vetoes, the blocking map or a conclusion of the analyses"
          + " changed, and 0 when nothing did (as git diff --exit-code does), for scripts and CI.")
  boolean exitCode;

  @Option(names = "--show", paramLabel = "N", defaultValue = "20",
      description = "Show up to N changed generated deals of each kind (default: ${DEFAULT-VALUE}).")
  int show;

  @Mixin
  RunFlags flags = new RunFlags();

  @Mixin
  TrustFlags trust = new TrustFlags();

  @Override
  java.util.Set<org.gordian.report.Format> formats() {
    return Reporters.formats(DiffResult.class);
  }

  @Override
  void tailor(picocli.CommandLine.Model.CommandSpec spec) {
    super.tailor(spec);
    // diff compares the listed and generated deals and the analyses' conclusions; a deal asked for is run's,
    // and so is the probability of feasibility, which diff does not compare.
    leaveOut(spec, "--explain", "--samples", "--seed", "--exact-up-to");
  }

  @Override
  ExitCode execute() throws IOException {
    if (to == null && rulesFrom == null && rulesTo == null) {
      err().println("gordian: diff needs --to SCENARIO, or --rules-from/--rules-to FOLDER; run 'gordian diff --help'");
      return ExitCode.USAGE;
    }
    EvalFlags.atLeast(spec, "--show", show, 0);
    String toScenario = to == null ? from : to;
    Terminal terminal = terminal();
    RunOptions options = flags.apply(RunOptions.defaults(), terminal, notices());
    flags.checkOut();
    readable(caseFile);
    LoadOptions outside = trust.load();
    Gordian left = rulesFrom == null ? Gordian.load(caseFile, outside) : Gordian.load(caseFile, rulesFrom, outside);
    Gordian right = rulesTo == null ? (rulesFrom == null ? left : Gordian.load(caseFile, outside))
        : Gordian.load(caseFile, rulesTo, outside);
    flags.checkOutAgainst(List.of(left, right));
    DiffResult result = Diff.compare(new Diff.Side(left, from, label(from, rulesFrom, rulesTo != null)),
        new Diff.Side(right, toScenario, label(toScenario, rulesTo, rulesFrom != null)), options, show);
    terminal.finish();
    notices().println(summary(result));
    notices().flush();
    emit(flags.out, w -> Reporters.of(DiffResult.class, flags.format, Text.generatedAt()).write(result, w));
    return exitCode && !result.unchanged() ? ExitCode.EXPECTATIONS_FAILED : ExitCode.OK;
  }

  private static String label(String scenario, List<Path> rules, boolean rulesCompared) {
    String s = scenario == null ? "baseline" : scenario;
    if (rules != null) {
      return s + " with rules " + rules.stream().map(Paths2::display).collect(Collectors.joining(", "));
    }
    return rulesCompared ? s + " with the case's rules" : s;
  }

  /** One line saying how much changed. */
  static String summary(DiffResult d) {
    StringBuilder s = new StringBuilder(d.caseId() + " [" + d.from() + " → " + d.to() + "]: ");
    s.append(d.listed(DiffResult.Change.BECAME_FEASIBLE).size()).append(" listed deals became feasible, ")
        .append(d.listed(DiffResult.Change.BECAME_INFEASIBLE).size()).append(" infeasible");
    if (d.generated() != null) {
      s.append("; generated: ").append(Text.count(d.generated().becameFeasible())).append(" became feasible, ")
          .append(Text.count(d.generated().becameInfeasible())).append(" infeasible, ")
          .append(Text.count(d.generated().vetoesChanged())).append(" vetoed by other positions");
    }
    return s.toString();
  }
}
