package org.gordian;

import java.util.function.Consumer;
import org.gordian.engine.EngineOptions;
import org.gordian.space.Progress;

/**
 * How to run a case: which scenario, whether to evaluate the generated deal space, with how many
 * threads, and the limits that keep a run safe. Start from {@link #defaults()} and change what
 * you need with the {@code with…} methods.
 *
 * @param scenario the scenario's id, or null for the baseline
 * @param space whether to generate and evaluate the deal space besides the listed deals
 * @param limit the largest space to evaluate, or 0 to take the case's own limit
 * @param maxMoves overrides the case's {@code max-moves} when above 0
 * @param phases overrides the case's {@code phases} when above 0
 * @param keepFeasible how many feasible generated deals the result keeps
 * @param keepNearMisses how many near misses per position the result keeps
 * @param timeLimitMillis the longest a space run may take, 0 for no limit
 * @param notice receives one-line notices such as the size of the space before it is evaluated
 * @param analyses whether to run the analyses (relaxations, nearest deals, knots, ranking)
 * @param maxRelaxation the largest set of positions the relaxation search tries, 0 for its default
 * @param explain ids of further deals to relax and find nearest feasible deals for, such as
 *     {@code dismantle-site/partial-relief} (phases separated by {@code /}, moves of a
 *     phase by {@code +})
 */
public record RunOptions(
    String scenario,
    boolean space,
    int threads,
    int chunkSize,
    long limit,
    int maxMoves,
    int phases,
    int keepFeasible,
    int keepNearMisses,
    long timeLimitMillis,
    EngineOptions engine,
    Progress progress,
    Consumer<String> notice,
    boolean analyses,
    int maxRelaxation,
    java.util.List<String> explain) {

  public RunOptions {
    explain = java.util.List.copyOf(explain);
  }

  /** The baseline, with the deal space, on all cores, with default limits and nothing shown. */
  public static RunOptions defaults() {
    return new RunOptions(null, true, Runtime.getRuntime().availableProcessors(), 4096, 0, 0, 0, 200, 10, 0,
        EngineOptions.DEFAULT, Progress.NONE, s -> {}, true, 0, java.util.List.of());
  }

  /** How the run walks its deals: threads, chunk size, bounds' overrides, limit and progress. */
  public org.gordian.run.WalkOptions walk() {
    return new org.gordian.run.WalkOptions(Math.max(1, threads), Math.max(1, chunkSize), limit, maxMoves, phases,
        progress);
  }

  public RunOptions withScenario(String id) {
    return new RunOptions(id, space, threads, chunkSize, limit, maxMoves, phases, keepFeasible, keepNearMisses,
        timeLimitMillis, engine, progress, notice, analyses, maxRelaxation, explain);
  }

  public RunOptions withSpace(boolean on) {
    return new RunOptions(scenario, on, threads, chunkSize, limit, maxMoves, phases, keepFeasible, keepNearMisses,
        timeLimitMillis, engine, progress, notice, analyses, maxRelaxation, explain);
  }

  public RunOptions withThreads(int n, int chunk) {
    return new RunOptions(scenario, space, n, chunk, limit, maxMoves, phases, keepFeasible, keepNearMisses,
        timeLimitMillis, engine, progress, notice, analyses, maxRelaxation, explain);
  }

  public RunOptions withLimit(long max) {
    return new RunOptions(scenario, space, threads, chunkSize, max, maxMoves, phases, keepFeasible, keepNearMisses,
        timeLimitMillis, engine, progress, notice, analyses, maxRelaxation, explain);
  }

  public RunOptions withBounds(int newMaxMoves, int newPhases) {
    return new RunOptions(scenario, space, threads, chunkSize, limit, newMaxMoves, newPhases, keepFeasible,
        keepNearMisses, timeLimitMillis, engine, progress, notice, analyses, maxRelaxation, explain);
  }

  public RunOptions withKeep(int feasible, int nearMisses) {
    return new RunOptions(scenario, space, threads, chunkSize, limit, maxMoves, phases, feasible, nearMisses,
        timeLimitMillis, engine, progress, notice, analyses, maxRelaxation, explain);
  }

  public RunOptions withTimeLimit(long millis) {
    return new RunOptions(scenario, space, threads, chunkSize, limit, maxMoves, phases, keepFeasible, keepNearMisses,
        millis, engine, progress, notice, analyses, maxRelaxation, explain);
  }

  public RunOptions withEngine(EngineOptions options) {
    return new RunOptions(scenario, space, threads, chunkSize, limit, maxMoves, phases, keepFeasible, keepNearMisses,
        timeLimitMillis, options, progress, notice, analyses, maxRelaxation, explain);
  }

  public RunOptions withProgress(Progress p, Consumer<String> n) {
    return new RunOptions(scenario, space, threads, chunkSize, limit, maxMoves, phases, keepFeasible, keepNearMisses,
        timeLimitMillis, engine, p, n, analyses, maxRelaxation, explain);
  }

  /** Runs the analyses or not, trying relaxation sets up to this size (0 for the default). */
  public RunOptions withAnalyses(boolean on, int maxSetSize) {
    return new RunOptions(scenario, space, threads, chunkSize, limit, maxMoves, phases, keepFeasible, keepNearMisses,
        timeLimitMillis, engine, progress, notice, on, maxSetSize, explain);
  }

  /** Also explains these deals (relaxations and nearest feasible deals), given by generated id. */
  public RunOptions withExplain(java.util.List<String> dealIds) {
    return new RunOptions(scenario, space, threads, chunkSize, limit, maxMoves, phases, keepFeasible, keepNearMisses,
        timeLimitMillis, engine, progress, notice, analyses, maxRelaxation, dealIds);
  }
}
