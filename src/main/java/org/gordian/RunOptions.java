package org.gordian;

import java.util.List;
import java.util.function.Consumer;
import org.gordian.diag.Message;
import org.gordian.engine.EngineOptions;
import org.gordian.run.WalkOptions;
import org.gordian.space.Progress;

/**
 * How to run a case: which scenario, whether to evaluate the generated deal space, the time limit,
 * and three small groups of settings — how the deals are walked ({@link WalkOptions}), how the
 * engine evaluates them ({@link EngineOptions}) and what the run keeps and analyses
 * ({@link Analysis}). Start from {@link #defaults()} and change what you need, with a builder or
 * the {@code with…} shortcuts:
 *
 * <pre>{@code
 * RunOptions o = RunOptions.defaults().toBuilder().scenario("what-if").threads(1).timeLimitMillis(30_000).build();
 * RunOptions listedOnly = RunOptions.defaults().withSpace(false);
 * }</pre>
 *
 * @param scenario the scenario's id, or null for the baseline
 * @param space whether to generate and evaluate the deal space besides the listed deals
 * @param timeLimitMillis the longest the whole run may take (listed deals, space, analyses), 0 for no limit
 * @param notice receives one-line notices such as the size of the space before it is evaluated
 */
public record RunOptions(String scenario, boolean space, long timeLimitMillis, WalkOptions walk, EngineOptions engine,
    Analysis analysis, Consumer<String> notice) {

  /**
   * What a run keeps of the deal space and which analyses it runs.
   *
   * @param keepFeasible how many feasible generated deals the result keeps
   * @param keepNearMisses how many near misses per position the result keeps
   * @param analyses whether to run the analyses (relaxations, nearest deals, knots, ranking)
   * @param maxRelaxation the largest set of positions the relaxation search tries, 0 for its default
   * @param explain ids of further deals to relax and find nearest feasible deals for, such as
   *     {@code dismantle-site/partial-relief} (phases separated by {@code /}, moves of a phase by {@code +})
   * @param neighbourhoodBudget the most deals evaluated around each infeasible deal in search of nearer
   *     feasible ones (every deal within as many edits as fit)
   * @param wholeSpace whether to answer over every deal of the case up to its phase limit, of any
   *     size (exactly where the rules allow, else by a seeded sample)
   * @param uncertainty whether and how to find the probability of feasibility when the case declares
   *     uncertain facts or positions
   */
  public record Analysis(int keepFeasible, int keepNearMisses, boolean analyses, int maxRelaxation,
      List<String> explain, long neighbourhoodBudget, boolean wholeSpace,
      org.gordian.analysis.Uncertainty.Options uncertainty) {
    /** Copies the list and checks the counts. */
    public Analysis {
      explain = List.copyOf(explain);
      if (keepFeasible < 0 || keepNearMisses < 0 || maxRelaxation < 0 || neighbourhoodBudget < 0) {
        throw new IllegalArgumentException(Message.RUN_OPTIONS_COUNTS_NEGATIVE.say(keepFeasible, keepNearMisses,
            maxRelaxation, neighbourhoodBudget));
      }
    }

    /**
     * 200 feasible deals and 10 near misses per position kept; all analyses, default relaxation size,
     * neighbourhoods of up to {@value org.gordian.analysis.Neighbourhood#DEFAULT_BUDGET} deals.
     */
    public static final Analysis DEFAULT = new Analysis(200, 10, true, 0, List.of(),
        org.gordian.analysis.Neighbourhood.DEFAULT_BUDGET, false, org.gordian.analysis.Uncertainty.Options.DEFAULT);
  }

  /** Checks the time limit. */
  public RunOptions {
    if (timeLimitMillis < 0) {
      throw new IllegalArgumentException(Message.TIME_LIMIT_NEGATIVE.say(timeLimitMillis));
    }
  }

  /** The baseline, with the deal space, on all cores, with default limits and nothing shown. */
  public static RunOptions defaults() {
    return new RunOptions(null, true, 0, WalkOptions.defaults(), EngineOptions.DEFAULT, Analysis.DEFAULT, s -> {});
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Worker threads for the deal space. */
  public int threads() {
    return walk.threads();
  }

  /** The most deals handed to a thread at once. */
  public int chunkSize() {
    return walk.chunkSize();
  }

  /** The largest space to evaluate, or 0 to take the case's own limit. */
  public long limit() {
    return walk.limit();
  }

  /** Overrides the case's {@code max-moves} when above 0. */
  public int maxMoves() {
    return walk.maxMoves();
  }

  /** Overrides the case's {@code phases} when above 0. */
  public int phases() {
    return walk.phases();
  }

  /** Receives the count of deals evaluated as the space is walked. */
  public Progress progress() {
    return walk.progress();
  }

  /** How many feasible generated deals the result keeps. */
  public int keepFeasible() {
    return analysis.keepFeasible();
  }

  /** How many near misses per position the result keeps. */
  public int keepNearMisses() {
    return analysis.keepNearMisses();
  }

  /** Whether the analyses run. */
  public boolean analyses() {
    return analysis.analyses();
  }

  /** The largest set of positions the relaxation search tries, 0 for its default. */
  public int maxRelaxation() {
    return analysis.maxRelaxation();
  }

  /** Further deals to explain, by generated id. */
  public List<String> explain() {
    return analysis.explain();
  }

  public RunOptions withScenario(String id) {
    return toBuilder().scenario(id).build();
  }

  public RunOptions withSpace(boolean on) {
    return toBuilder().space(on).build();
  }

  public RunOptions withThreads(int n, int chunk) {
    return toBuilder().threads(n).chunkSize(chunk).build();
  }

  public RunOptions withLimit(long max) {
    return toBuilder().limit(max).build();
  }

  public RunOptions withBounds(int newMaxMoves, int newPhases) {
    return toBuilder().maxMoves(newMaxMoves).phases(newPhases).build();
  }

  public RunOptions withKeep(int feasible, int nearMisses) {
    return toBuilder().keepFeasible(feasible).keepNearMisses(nearMisses).build();
  }

  public RunOptions withTimeLimit(long millis) {
    return toBuilder().timeLimitMillis(millis).build();
  }

  public RunOptions withEngine(EngineOptions options) {
    return toBuilder().engine(options).build();
  }

  public RunOptions withProgress(Progress p, Consumer<String> n) {
    return toBuilder().progress(p).notice(n).build();
  }

  /** Runs the analyses or not, trying relaxation sets up to this size (0 for the default). */
  public RunOptions withAnalyses(boolean on, int maxSetSize) {
    return toBuilder().analyses(on).maxRelaxation(maxSetSize).build();
  }

  /** Also explains these deals (relaxations and nearest feasible deals), given by generated id. */
  public RunOptions withExplain(List<String> dealIds) {
    return toBuilder().explain(dealIds).build();
  }

  /** Builds {@link RunOptions} a setting at a time; each setter returns the builder. */
  public static final class Builder {
    private String scenario;
    private boolean space;
    private long timeLimitMillis;
    private int threads;
    private int chunkSize;
    private long limit;
    private int maxMoves;
    private int phases;
    private Progress progress;
    private EngineOptions engine;
    private int keepFeasible;
    private int keepNearMisses;
    private boolean analyses;
    private int maxRelaxation;
    private List<String> explain;
    private long neighbourhoodBudget;
    private boolean wholeSpace;
    private org.gordian.analysis.Uncertainty.Options uncertainty;
    private Consumer<String> notice;

    private Builder(RunOptions o) {
      scenario = o.scenario;
      space = o.space;
      timeLimitMillis = o.timeLimitMillis;
      threads = o.walk.threads();
      chunkSize = o.walk.chunkSize();
      limit = o.walk.limit();
      maxMoves = o.walk.maxMoves();
      phases = o.walk.phases();
      progress = o.walk.progress();
      engine = o.engine;
      keepFeasible = o.analysis.keepFeasible();
      keepNearMisses = o.analysis.keepNearMisses();
      analyses = o.analysis.analyses();
      maxRelaxation = o.analysis.maxRelaxation();
      explain = o.analysis.explain();
      neighbourhoodBudget = o.analysis.neighbourhoodBudget();
      wholeSpace = o.analysis.wholeSpace();
      uncertainty = o.analysis.uncertainty();
      notice = o.notice;
    }

    public Builder scenario(String id) {
      scenario = id;
      return this;
    }

    public Builder space(boolean on) {
      space = on;
      return this;
    }

    public Builder timeLimitMillis(long millis) {
      timeLimitMillis = millis;
      return this;
    }

    public Builder threads(int n) {
      threads = n;
      return this;
    }

    public Builder chunkSize(int n) {
      chunkSize = n;
      return this;
    }

    public Builder limit(long max) {
      limit = max;
      return this;
    }

    public Builder maxMoves(int n) {
      maxMoves = n;
      return this;
    }

    public Builder phases(int n) {
      phases = n;
      return this;
    }

    public Builder progress(Progress p) {
      progress = p;
      return this;
    }

    public Builder engine(EngineOptions options) {
      engine = options;
      return this;
    }

    public Builder keepFeasible(int n) {
      keepFeasible = n;
      return this;
    }

    public Builder keepNearMisses(int n) {
      keepNearMisses = n;
      return this;
    }

    public Builder analyses(boolean on) {
      analyses = on;
      return this;
    }

    public Builder maxRelaxation(int n) {
      maxRelaxation = n;
      return this;
    }

    public Builder explain(List<String> dealIds) {
      explain = dealIds;
      return this;
    }

    /** The most deals evaluated around each infeasible deal. */
    /** Whether and how to find the probability of feasibility (see {@link Analysis#uncertainty}). */
    public Builder uncertainty(org.gordian.analysis.Uncertainty.Options options) {
      uncertainty = options;
      return this;
    }

    /** Whether to answer over every deal of the case (see {@link Analysis#wholeSpace}). */
    public Builder wholeSpace(boolean on) {
      wholeSpace = on;
      return this;
    }

    public Builder neighbourhoodBudget(long deals) {
      neighbourhoodBudget = deals;
      return this;
    }

    public Builder notice(Consumer<String> n) {
      notice = n;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException when a count is out of range
     */
    public RunOptions build() {
      return new RunOptions(scenario, space, timeLimitMillis,
          new WalkOptions(threads, chunkSize, limit, maxMoves, phases, progress), engine,
          new Analysis(keepFeasible, keepNearMisses, analyses, maxRelaxation, explain, neighbourhoodBudget,
              wholeSpace, uncertainty),
          notice);
    }
  }
}
