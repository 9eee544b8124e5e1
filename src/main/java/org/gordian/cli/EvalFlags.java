package org.gordian.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.gordian.RunOptions;
import org.gordian.engine.EngineOptions;
import org.gordian.facts.internal.MoveTable;
import picocli.CommandLine.Option;

/**
 * The evaluation options every command that evaluates deals shares, with the same names and
 * meanings everywhere; {@link RunFlags} adds those of commands that write one report.
 *
 * <p>Every value is checked before any work starts: a count outside its range or a time that is
 * not a number of seconds is bad usage, named with the option, the value and what is expected.
 * {@code --threads} above {@link #THREADS_PER_PROCESSOR} per processor is capped, with a notice,
 * rather than refused, so that a script written for a large machine still runs on a small one.
 */
final class EvalFlags {
  /** The most threads per processor a run uses; more only add memory and switching. */
  static final int THREADS_PER_PROCESSOR = 4;

  /** The shortest time limit, in seconds: less would stop a run before its rules are compiled. */
  static final double MIN_TIME_LIMIT = 0.1;

  /** The longest time limit, in seconds (about eleven days). */
  static final double MAX_TIME_LIMIT = 1_000_000;

  /** The most phases a deal may use, as in a case file's bounds. */
  static final int MAX_PHASES = 60;

  @Option(names = "--listed-only", description = "Evaluate only the listed deals, not the generated deal space.")
  boolean listedOnly;

  @Option(names = "--limit", paramLabel = "N",
      description = "Evaluate deal spaces of up to N deals (default: the case's bounds.limit, else 2,000,000).")
  Long limit;

  @Option(names = "--max-moves", paramLabel = "N", description = "Override the case's bounds.max-moves (1 to 63).")
  Integer maxMoves;

  @Option(names = "--phases", paramLabel = "N", description = "Override the case's bounds.phases (1 to 60).")
  Integer phases;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "Evaluate on N threads (default: all cores; at most " + THREADS_PER_PROCESSOR
          + " per core, more are capped with a notice).")
  Integer threads;

  @Option(names = "--max-firings", paramLabel = "N", defaultValue = "10000",
      description = "Stop when one deal causes more than N rule firings (default: ${DEFAULT-VALUE}).")
  int maxFirings;

  @Option(names = "--time-limit", paramLabel = "SECONDS",
      description = "Stop a run that takes longer than this many seconds, at least 0.1 (default: no limit).")
  Double timeLimit;

  @Option(names = "--no-memo",
      description = "Fire the rules for every deal instead of reusing verdicts of deals the rules cannot tell apart.")
  boolean noMemo;

  @Option(names = "--verify", paramLabel = "N", arity = "0..1", fallbackValue = "16", defaultValue = "0",
      description = "Check the memo and rule groups as the run goes: fire all the rules without them on every listed"
          + " deal and on one generated deal in N (N: 16 when not given), and stop with an error on any difference.")
  int verifyEvery;

  @Option(names = "--groups-from", paramLabel = "N", defaultValue = "" + EngineOptions.SPLIT_FROM,
      description = "In deal spaces of N deals or more, evaluate each independent group of rules in a session of its"
          + " own (default: ${DEFAULT-VALUE}; 0 always).")
  long groupsFrom;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  /** Refuses an option value below {@code min} as bad usage of the command; null means not given. */
  static void atLeast(picocli.CommandLine.Model.CommandSpec spec, String option, Number given, double min) {
    between(spec, option, given, min, Double.POSITIVE_INFINITY);
  }

  /**
   * Refuses an option value outside {@code min..max}, or that is not a number at all (NaN), as bad
   * usage of the command; null means not given.
   */
  static void between(picocli.CommandLine.Model.CommandSpec spec, String option, Number given, double min,
      double max) {
    if (given == null) {
      return;
    }
    double value = given.doubleValue();
    if (Double.isNaN(value) || value < min || value > max) {
      String expected = max == Double.POSITIVE_INFINITY ? "at least " + show(min)
          : "between " + show(min) + " and " + show(max);
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "option '" + option + "' must be " + expected + ", found " + show(value));
    }
  }

  private static String show(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    return v == (long) v ? String.format(Locale.ROOT, "%,d", (long) v) : String.valueOf(v);
  }

  /** The threads a run uses: as asked, else one per processor; at most {@link #THREADS_PER_PROCESSOR} per processor. */
  static int threads(Integer asked, int processors, PrintWriter err) {
    if (asked == null) {
      return processors;
    }
    int cap = processors * THREADS_PER_PROCESSOR;
    if (asked > cap) {
      err.println(String.format(Locale.ROOT, "gordian: --threads %,d capped at %d (%d per processor; this machine"
          + " has %d)", asked, cap, THREADS_PER_PROCESSOR, processors));
      err.flush();
      return cap;
    }
    return asked;
  }

  /** The options as given, checked; notices (a capped thread count) go to {@code err}. */
  RunOptions apply(RunOptions base, PrintWriter err) {
    if (spec != null) {
      atLeast(spec, "--limit", limit, 1);
      between(spec, "--max-moves", maxMoves, 1, MoveTable.MAX_MOVES);
      between(spec, "--phases", phases, 1, MAX_PHASES);
      atLeast(spec, "--threads", threads, 1);
      atLeast(spec, "--max-firings", maxFirings, 1);
      between(spec, "--time-limit", timeLimit, MIN_TIME_LIMIT, MAX_TIME_LIMIT);
      atLeast(spec, "--groups-from", groupsFrom, 0);
      atLeast(spec, "--verify", verifyEvery, 0);
    }
    int n = threads(threads, Runtime.getRuntime().availableProcessors(), err);
    return base.withSpace(!listedOnly)
        .withThreads(n, base.chunkSize())
        .withLimit(limit == null ? 0 : limit)
        .withBounds(maxMoves == null ? 0 : maxMoves, phases == null ? 0 : phases)
        .withTimeLimit(timeLimit == null ? 0 : Math.round(timeLimit * 1000))
        .withEngine(new EngineOptions(maxFirings, !noMemo, EngineOptions.DEFAULT.memoNodes(), groupsFrom,
            verifyEvery));
  }
}
