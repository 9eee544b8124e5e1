package org.gordian.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gordian.diag.GordianException;
import org.gordian.diag.Message;
import org.gordian.diag.Hint;
import org.gordian.diag.RunFailure;
import org.gordian.engine.DealJudge;
import org.gordian.engine.Engine;
import org.gordian.engine.Evaluator;
import org.gordian.engine.Verdict;
import org.gordian.facts.internal.MoveTable;
import org.gordian.load.RuleFailures;
import org.gordian.model.Bounds;
import org.gordian.model.CaseDef;
import org.gordian.model.DealDef;
import org.gordian.model.Scenario;
import org.gordian.space.Deadline;
import org.gordian.space.DealSpace;
import org.gordian.space.SpaceRunner;

/**
 * One run of a case: a scenario, the compiled rules and the options bound together, and the one
 * walk over its deals. Listed deals are evaluated one by one; the deal space is walked on the
 * run's threads with the space limit, the deadline, interrupts and progress; a rule that fails is
 * placed at its file and line. Every command walks deals through here. Close it when done.
 *
 * <pre>{@code
 * try (CaseRun run = loaded.bind("what-if", EngineOptions.DEFAULT, WalkOptions.defaults(), Deadline.NONE)) {
 *   List<Verdict> listed = run.evaluateListed();
 *   run.walkJudged((judge, deals) -> { ... }, chunkResult -> { ... });
 * }
 * }</pre>
 */
public final class CaseRun implements AutoCloseable {
  private final LoadedCase loaded;
  private final Scenario scenario;
  private final Engine engine;
  private final List<DealDef> listed;
  private final Bounds bounds;
  private final WalkOptions walk;
  private final Deadline deadline;
  private Evaluator evaluator;

  CaseRun(LoadedCase loaded, Scenario scenario, Engine engine, List<DealDef> listed, Bounds bounds, WalkOptions walk,
      Deadline deadline) {
    this.loaded = loaded;
    this.scenario = scenario;
    this.engine = engine;
    this.listed = listed;
    this.bounds = bounds;
    this.walk = walk;
    this.deadline = deadline;
  }

  /** The case as loaded. */
  public LoadedCase loaded() {
    return loaded;
  }

  /** The case as written. */
  public CaseDef caseDef() {
    return loaded.caseDef();
  }

  /** The scenario run, or null for the baseline. */
  public Scenario scenario() {
    return scenario;
  }

  /** The scenario's id, or {@code baseline}. */
  public String scenarioId() {
    return scenario == null ? "baseline" : scenario.id();
  }

  /** The rules, context and switched-off positions of the run. */
  public Engine engine() {
    return engine;
  }

  /** The listed deals: the case's, then the scenario's. */
  public List<DealDef> listedDeals() {
    return listed;
  }

  /** The bounds of the deal space, with the options' overrides. */
  public Bounds bounds() {
    return bounds;
  }

  /** How the space is walked. */
  public WalkOptions walkOptions() {
    return walk;
  }

  /** When the run must end. */
  public Deadline deadline() {
    return deadline;
  }

  /** The deal's moves as a presence mask over the case's moves. */
  public static long presentOf(MoveTable table, DealDef deal) {
    long present = 0;
    for (String move : deal.phases().keySet()) {
      present |= 1L << table.indexOf(move);
    }
    return present;
  }

  /** The deal's phase for each of the case's moves, 0 where absent. */
  public static byte[] phasesOf(MoveTable table, DealDef deal) {
    byte[] phase = new byte[table.size()];
    deal.phases().forEach((move, p) -> phase[table.indexOf(move)] = (byte) (int) p);
    return phase;
  }

  /** The verdicts of the listed deals, in order. */
  public List<Verdict> evaluateListed() {
    return evaluate(listed);
  }

  /**
   * The verdicts of these deals, in order, each named by its own id and title.
   *
   * @throws GordianException when a rule fails or fires without end (placed at its file and line), or
   *     the deadline passes
   * @throws CancellationException when the calling thread is interrupted
   */
  public List<Verdict> evaluate(List<DealDef> deals) {
    List<Verdict> out = new ArrayList<>(deals.size());
    for (DealDef d : deals) {
      out.add(evaluate(d));
    }
    return out;
  }

  /** The verdict of one deal; see {@link #evaluate(List)}. */
  public Verdict evaluate(DealDef deal) {
    deadline.check();
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("interrupted");
    }
    MoveTable table = engine.table();
    try {
      if (evaluator == null) {
        evaluator = engine.newEvaluator();
      }
      return evaluator.evaluate(presentOf(table, deal), phasesOf(table, deal), deal.id(), deal.title());
    } catch (RunFailure e) {
      throw located(e);
    }
  }

  /**
   * The deal space within the run's bounds.
   *
   * @throws GordianException when the bounds allow more deals than the limit
   */
  public DealSpace space() {
    DealSpace space = new DealSpace(engine.table(), bounds);
    long size = space.count();
    if (size > bounds.limit()) {
      throw new GordianException(bounds.loc().error(Message.SPACE_OVER_LIMIT.say(Message.count(size),
          Message.count(bounds.limit()), size)))
          .withHint(new Hint(Hint.Kind.SPACE_LIMIT, size));
    }
    return space;
  }

  /**
   * Walks the deal space with the engine's judges (one per thread, see {@link Engine#judgesFor}),
   * handing each chunk's result to {@code inOrder} on this thread in enumeration order.
   */
  public <T> void walkJudged(SpaceRunner.ChunkWork<DealJudge, T> work, Consumer<T> inOrder) {
    DealSpace space = space();
    walk(space, engine.judgesFor(space.count()), work, inOrder);
  }

  /**
   * Walks the deal space with workers of the caller's making (one per thread, closed at the end),
   * such as two judges side by side for a comparison.
   *
   * @throws GordianException when the space is over the limit, a rule fails (placed at its file and
   *     line) or the deadline passes
   * @throws CancellationException when the calling thread is interrupted
   */
  public <W extends AutoCloseable, T> void walk(DealSpace space, Supplier<? extends W> workers,
      SpaceRunner.ChunkWork<W, T> work, Consumer<T> inOrder) {
    try {
      new SpaceRunner(engine.table().size(), walk.threads(), walk.chunkSize(), deadline)
          .run(space, walk.progress(), workers, work, inOrder);
    } catch (RunFailure e) {
      throw located(e);
    }
  }

  private RunFailure located(RunFailure e) {
    return RuleFailures.locate(e, engine.rulebook().files());
  }

  /** Releases the listed deals' evaluator. */
  @Override
  public void close() {
    if (evaluator != null) {
      evaluator.close();
      evaluator = null;
    }
  }
}
