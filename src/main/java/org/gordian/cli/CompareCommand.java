package org.gordian.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gordian.Compare;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.Comparison;
import org.gordian.report.Format;
import org.gordian.report.Reporters;
import org.gordian.report.Text;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gordian compare}: scenarios of a case side by side, the baseline first. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {"Put scenarios of a case side by side, the baseline first: every listed deal's verdict under each"
        + " (feasible, or the positions that veto it), the feasible generated deals under each, and what each"
        + " scenario changes against the baseline and why: the listed deals that flip, with the positions whose"
        + " vetoes appeared or vanished, and the conclusions of the analyses that change.",
        "Each scenario is run once; a dated scenario shows its day in its column's heading."},
    footer = {"", "Examples:", "  gordian compare examples/my-case --all-scenarios",
        "  gordian compare examples/my-case --scenarios what-if,other --format html --out compare.html",
        "  gordian compare examples/my-case --all-scenarios --listed-only --format json",
        "", "Formats: markdown (default), json (schema/compare.schema.json), html (one self-contained page).",
        "", "Exit codes: 0 report written, 2 bad usage, 3 errors in the case or rule files (an unknown scenario",
        "  too), 4 a rule failed or ran away at run time, or --time-limit was hit, 5 the report could not be",
        "  written, 130 interrupted (no report written)."})
final class CompareCommand extends Shell {
  @Parameters(index = "0", paramLabel = "CASE", description = "A case file, or a folder holding case.yaml.")
  Path caseFile;

  /** Which scenarios: all of them, or those named. */
  static final class Which {
    @Option(names = "--all-scenarios", required = true, description = "Compare every scenario of the case.")
    boolean all;

    @Option(names = "--scenarios", paramLabel = "NAME", split = ",", required = true,
        description = "Compare these scenarios, comma-separated, in this order (the baseline always comes first).")
    List<String> named = new ArrayList<>();
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Which which;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
      converter = RunFlags.FormatConverter.class,
      description = "Report format: markdown (default), json (for tools; schema/compare.schema.json) or html (one"
          + " self-contained page).")
  Format format = Format.MARKDOWN;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path out;

  @Option(names = "--no-analyses",
      description = "Skip the analyses, and so the conclusions that change (the verdicts and counts remain).")
  boolean noAnalyses;

  @Mixin
  EvalFlags eval = new EvalFlags();

  @Mixin
  TrustFlags trust = new TrustFlags();

  @Override
  java.util.Set<Format> formats() {
    return Reporters.formats(Comparison.class);
  }

  @Override
  ExitCode execute() throws IOException {
    RunFlags report = new RunFlags();
    report.out = out;
    report.checkOut();
    Terminal terminal = terminal();
    RunOptions options = eval.apply(RunOptions.defaults(), notices()).withAnalyses(!noAnalyses, 0)
        .withProgress(terminal, s -> {
          terminal.finish();
          notices().println(s);
          notices().flush();
        });
    Gordian gordian = Gordian.load(caseFile, trust.load());
    report.checkOutAgainst(List.of(gordian));
    warn(gordian.rulebook().warnings());
    Comparison c = Compare.scenarios(gordian, which.all ? Compare.all(gordian) : which.named, options);
    terminal.finish();
    notices().println(summary(c, terminal.seconds()));
    notices().flush();
    emit(out, w -> Reporters.of(Comparison.class, format, Text.generatedAt()).write(c, w));
    return ExitCode.OK;
  }

  /** One line: each scenario's feasible listed (and generated) deals. */
  static String summary(Comparison c, double seconds) {
    StringBuilder s = new StringBuilder(c.caseId() + ": ");
    for (int i = 0; i < c.columns().size(); i++) {
      Comparison.Column col = c.columns().get(i);
      s.append(i == 0 ? "" : ", ").append(col.scenario()).append(' ').append(col.listedFeasible()).append('/')
          .append(col.listed());
      if (col.space() != null) {
        s.append(" (").append(Text.count(col.space().feasible())).append(')');
      }
    }
    boolean space = c.columns().get(0).space() != null;
    return s.append(String.format(Locale.ROOT, " feasible listed%s deals; %.2f s in all", space ? " (generated)" : "",
        seconds)).toString();
  }
}
