package org.gordian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.gordian.diag.Paths2;
import org.gordian.io.AtomicFiles;
import org.gordian.load.ExpectationsLoader;
import org.gordian.report.Format;
import org.gordian.report.Text;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of commands that evaluate deals and write one report: {@link EvalFlags} plus format, file and analyses. */
final class RunFlags {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
      converter = FormatConverter.class,
      description = "Report format: markdown (default), json (for tools; schema/report.schema.json), "
          + "html (one self-contained page with charts) or csv (one row per deal).")
  Format format = Format.MARKDOWN;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path out;

  @Mixin
  EvalFlags eval = new EvalFlags();

  @Option(names = "--no-analyses",
      description = "Skip the analyses (minimal relaxations, nearest feasible deals, knots, ranking).")
  boolean noAnalyses;

  @Option(names = "--max-relaxation", paramLabel = "N",
      description = "Try sets of up to N positions (1 to 63) when searching minimal relaxations (default: every"
          + " size when the rules hold 6 positions or fewer, else 3).")
  Integer maxRelaxation;

  @Option(names = "--neighbourhood-budget", paramLabel = "N",
      description = "Evaluate at most N deals around each infeasible deal when seeking its nearest feasible deals:"
          + " every deal within as many edits as fit (default: "
          + org.gordian.analysis.Neighbourhood.DEFAULT_BUDGET + "; 0 searches the enumerated space only). A run"
          + " evaluates at most " + org.gordian.analysis.Neighbourhood.RUN_BUDGET_FACTOR + " times N in all; deals"
          + " listed later get what is left.")
  Long neighbourhoodBudget;

  @Option(names = "--whole-space",
      description = "Also answer over every deal of the case up to its phase limit, of any size: how many are"
          + " feasible, what each position blocks, which moves and pairs no feasible deal holds (proving or"
          + " refuting each knot). Exact where the rules allow; otherwise a seeded sample with a 95%% interval.")
  boolean wholeSpace;

  @Option(names = "--samples", paramLabel = "N",
      description = "When the case declares uncertain facts or positions and their combinations are more than"
          + " --exact-up-to, draw N of them (default: 10000).")
  Integer samples;

  @Option(names = "--seed", paramLabel = "N",
      description = "The seed of those draws (default: 17); the same seed gives the same report.")
  Long seed;

  @Option(names = "--exact-up-to", paramLabel = "N",
      description = "Enumerate every combination of uncertain facts and positions when there are at most N"
          + " (default: 4096); otherwise sample them.")
  Long exactUpTo;

  @Option(names = "--explain", paramLabel = "DEAL",
      description = "Also relax DEAL and find its nearest feasible deals; write it as a generated id, moves joined"
          + " by + within a phase and phases by /, e.g. dismantle-site/partial-relief. Repeatable.")
  java.util.List<String> explain = new java.util.ArrayList<>();

  /** Reads a format by name or extension; names only the formats of the command when it refuses one. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    private final String command;
    private final java.util.Set<Format> accepted;
    private final List<String> names;

    FormatConverter() {
      this("gordian", java.util.EnumSet.allOf(Format.class), java.util.Arrays.stream(Format.values())
          .map(Format::label).toList());
    }

    /** @param names the accepted formats' names in the order the command's help gives them */
    FormatConverter(String command, java.util.Set<Format> accepted, List<String> names) {
      this.command = command;
      this.accepted = accepted;
      this.names = names;
    }

    @Override
    public Format convert(String value) {
      java.util.Optional<Format> named = Format.named(value);
      if (named.isPresent() && accepted.contains(named.get())) {
        return named.get();
      }
      String expected = names.size() < 2 ? String.join("", names)
          : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
      if (named.isPresent()) {
        throw new picocli.CommandLine.TypeConversionException(command + " writes " + expected + ", not "
            + named.get().label() + (named.get().label().equalsIgnoreCase(value) ? "" : " ('" + value + "')"));
      }
      throw new picocli.CommandLine.TypeConversionException("unknown format '" + value + "'; expected " + expected
          + org.gordian.diag.Suggest.didYouMean(value, names));
    }
  }

  RunOptions apply(RunOptions base, Terminal terminal, PrintWriter err) {
    if (eval.spec != null) {
      EvalFlags.between(eval.spec, "--max-relaxation", maxRelaxation, 1, 63);
      EvalFlags.between(eval.spec, "--neighbourhood-budget", neighbourhoodBudget, 0, Double.POSITIVE_INFINITY);
      EvalFlags.between(eval.spec, "--samples", samples, 1, 10_000_000);
      EvalFlags.between(eval.spec, "--exact-up-to", exactUpTo, 1, 1L << 24);
    }
    org.gordian.analysis.Uncertainty.Options odds = base.analysis().uncertainty();
    RunOptions.Builder b = base.toBuilder().wholeSpace(wholeSpace).uncertainty(new org.gordian.analysis.Uncertainty.Options(
        odds.on(), exactUpTo == null ? odds.exactLimit() : exactUpTo, samples == null ? odds.samples() : samples,
        seed == null ? odds.seed() : seed, odds.shortcut()));
    if (neighbourhoodBudget != null) {
      b.neighbourhoodBudget(neighbourhoodBudget);
    }
    RunOptions withBudget = b.build();
    return eval.apply(withBudget, err)
        .withAnalyses(!noAnalyses, maxRelaxation == null ? 0 : maxRelaxation)
        .withExplain(explain)
        .withProgress(terminal, s -> {
          if (s.startsWith("Evaluating")) {
            terminal.spaceStarts();
          }
          err.println(s);
          err.flush();
        });
  }

  /** Refuses an output path that cannot take a report before any work is done. */
  void checkOut() throws IOException {
    checkOut(out);
  }

  /** Refuses an output path that cannot take a report before any work is done; null is standard output. */
  static void checkOut(Path out) throws IOException {
    if (out == null) {
      return;
    }
    Path abs = out.toAbsolutePath();
    Path parent = abs.getParent();
    String problem = null;
    if (Files.isDirectory(abs)) {
      problem = "it is a folder; give a file name for the report";
    } else if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
      problem = Paths2.display(parent) + " is a file, not a folder";
    } else if (parent != null && !Files.isDirectory(parent)) {
      problem = "folder " + Paths2.display(parent) + " does not exist";
    } else if (parent != null && !Files.isWritable(parent)) {
      problem = "folder " + Paths2.display(parent) + " is not writable";
    } else if (Files.exists(abs) && !Files.isWritable(abs)) {
      problem = "the file is not writable";
    } else {
      problem = AtomicFiles.refusal(abs).orElse(null);
    }
    if (problem != null) {
      throw new IOException("cannot write the report to " + Paths2.display(out) + ": " + problem);
    }
  }

  /**
   * Refuses an output path that is one of the inputs of the run: a case file, the expectations
   * beside it, or a rule file (a rule folder is a folder, refused by {@link #checkOut()}); the
   * report would replace it. Compared as files, so a link or another name for an input counts too.
   */
  void checkOutAgainst(List<Gordian> loaded) throws IOException {
    if (out == null || !Files.exists(out)) {
      return;
    }
    for (Gordian g : loaded) {
      Path caseFile = g.caseDef().file();
      java.util.Map<Path, String> inputs = new java.util.LinkedHashMap<>();
      inputs.put(caseFile, "the case file");
      inputs.put(caseFile.toAbsolutePath().resolveSibling(ExpectationsLoader.FILE), "the case's expectations file");
      g.rulebook().files().forEach(f -> inputs.putIfAbsent(f, "a rule file"));
      for (var input : inputs.entrySet()) {
        if (Files.exists(input.getKey()) && Files.isSameFile(out, input.getKey())) {
          String what = input.getValue();
          Path inputFile = input.getKey();
          throw new IOException("cannot write the report to " + Paths2.display(out) + ": it is " + what
              + " (" + Paths2.display(inputFile) + "), an input of this case, which the report would replace; give"
              + " another file name");
        }
      }
    }
  }

  void summary(RunResult r, Terminal terminal, PrintWriter err) {
    long listedFeasible = r.listed().stream().filter(d -> d.feasible()).count();
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%s [%s]: %d of %d listed deals feasible", r.caseDef().id(), r.scenarioId(),
        listedFeasible, r.listed().size()));
    if (r.space() != null) {
      double space = terminal.spaceSeconds();
      s.append(String.format(Locale.ROOT, "; %s of %s generated deals feasible (space %.2f s, %s deals/s)",
          Text.count(r.space().feasible()), Text.count(r.space().evaluated()), space,
          Terminal.rate(r.space().evaluated() / Math.max(space, 1e-9))));
    }
    s.append(String.format(Locale.ROOT, "; %.2f s in all", terminal.seconds()));
    err.println(s);
    err.flush();
  }
}
