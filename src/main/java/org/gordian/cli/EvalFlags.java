package org.gordian.cli;

import org.gordian.RunOptions;
import org.gordian.engine.EngineOptions;
import picocli.CommandLine.Option;

/**
 * The evaluation options every command that evaluates deals shares, with the same names and
 * meanings everywhere; {@link RunFlags} adds those of commands that write one report.
 */
final class EvalFlags {
  @Option(names = "--listed-only", description = "Evaluate only the listed deals, not the generated deal space.")
  boolean listedOnly;

  @Option(names = "--limit", paramLabel = "N",
      description = "Evaluate deal spaces of up to N deals (default: the case's bounds.limit, else 2,000,000).")
  Long limit;

  @Option(names = "--max-moves", paramLabel = "N", description = "Override the case's bounds.max-moves.")
  Integer maxMoves;

  @Option(names = "--phases", paramLabel = "N", description = "Override the case's bounds.phases.")
  Integer phases;

  @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Evaluate on N threads (default: all cores).")
  Integer threads;

  @Option(names = "--max-firings", paramLabel = "N", defaultValue = "10000",
      description = "Stop when one deal causes more than N rule firings (default: ${DEFAULT-VALUE}).")
  int maxFirings;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "0",
      description = "Stop a run that takes longer than this (default: no limit).")
  double timeLimit;

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

  private void atLeast(String option, Number given, double min) {
    atLeast(spec, option, given, min);
  }

  /** Refuses an option value below {@code min} as bad usage of the command; null means not given. */
  static void atLeast(picocli.CommandLine.Model.CommandSpec spec, String option, Number given, double min) {
    if (given == null) {
      return;
    }
    double value = given.doubleValue();
    if (value < min) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "option '" + option + "' must be at least " + (min == (long) min ? String.valueOf((long) min) : min)
              + ", found " + (value == (long) value ? String.valueOf((long) value) : value));
    }
  }

  RunOptions apply(RunOptions base) {
    if (spec != null) {
      atLeast("--limit", limit, 1);
      atLeast("--max-moves", maxMoves, 1);
      atLeast("--phases", phases, 1);
      atLeast("--threads", threads, 1);
      atLeast("--max-firings", maxFirings, 1);
      atLeast("--time-limit", timeLimit, 0);
      atLeast("--groups-from", groupsFrom, 0);
      atLeast("--verify", verifyEvery, 0);
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    return base.withSpace(!listedOnly)
        .withThreads(n, base.chunkSize())
        .withLimit(limit == null ? 0 : limit)
        .withBounds(maxMoves == null ? 0 : maxMoves, phases == null ? 0 : phases)
        .withTimeLimit((long) (timeLimit * 1000))
        .withEngine(new EngineOptions(maxFirings, !noMemo, EngineOptions.DEFAULT.memoNodes(), groupsFrom,
            verifyEvery));
  }
}
