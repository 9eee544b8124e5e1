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
  long limit;

  @Option(names = "--max-moves", paramLabel = "N", description = "Override the case's bounds.max-moves.")
  int maxMoves;

  @Option(names = "--phases", paramLabel = "N", description = "Override the case's bounds.phases.")
  int phases;

  @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Evaluate on N threads (default: all cores).")
  int threads;

  @Option(names = "--max-firings", paramLabel = "N", defaultValue = "10000",
      description = "Stop when one deal causes more than N rule firings (default: ${DEFAULT-VALUE}).")
  int maxFirings;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "0",
      description = "Stop a run that takes longer than this (default: no limit).")
  double timeLimit;

  @Option(names = "--no-memo",
      description = "Fire the rules for every deal instead of reusing verdicts of deals the rules cannot tell apart.")
  boolean noMemo;

  RunOptions apply(RunOptions base) {
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    return base.withSpace(!listedOnly)
        .withThreads(n, base.chunkSize())
        .withLimit(limit)
        .withBounds(maxMoves, phases)
        .withTimeLimit((long) (timeLimit * 1000))
        .withEngine(new EngineOptions(maxFirings, !noMemo, EngineOptions.DEFAULT.memoNodes()));
  }
}
