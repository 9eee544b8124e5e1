package org.gordian.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gordian.analysis.DiffResult.Change;
import org.gordian.analysis.DiffResult.DealChange;
import org.gordian.diag.GordianException;
import org.gordian.diag.Message;
import org.gordian.engine.DealIds;
import org.gordian.engine.Engine;
import org.gordian.engine.Verdict;
import org.gordian.model.DealDef;
import org.gordian.model.PositionRef;
import org.gordian.run.CaseRun;
import org.gordian.space.DealSpace;

/**
 * The verdicts of one run kept compactly (one int per generated deal: its set of vetoing positions,
 * numbered by a {@link VetoSets} shared between runs), so that the next run after an edit can say
 * which deals flipped and which positions' vetoes appeared or went. Used by watch mode.
 *
 * <pre>{@code
 * VetoSets sets = new VetoSets();
 * Snapshot before = Gordian.load(dir).snapshot(RunOptions.defaults(), sets);
 * // ... the user edits a rule file ...
 * Snapshot after = Gordian.load(dir).snapshot(RunOptions.defaults(), sets);
 * DiffResult changed = after.since(before, 5);
 * }</pre>
 */
public final class Snapshot {
  private final VetoSets sets;
  private final String caseId;
  private final String scenarioId;
  private final Map<String, Integer> listed;
  private final Map<String, String> titles;
  private final int[] generated;
  private final DealSpace space;
  private final Engine engine;
  private final long listedFeasible;
  private final long generatedFeasible;

  private Snapshot(VetoSets sets, String caseId, String scenarioId, Map<String, Integer> listed,
      Map<String, String> titles, int[] generated, DealSpace space, Engine engine, long listedFeasible,
      long generatedFeasible) {
    this.sets = sets;
    this.caseId = caseId;
    this.scenarioId = scenarioId;
    this.listed = listed;
    this.titles = titles;
    this.generated = generated;
    this.space = space;
    this.engine = engine;
    this.listedFeasible = listedFeasible;
    this.generatedFeasible = generatedFeasible;
  }

  /**
   * Runs a case (its listed deals, and its deal space when asked) and keeps the result.
   *
   * @param space whether to evaluate the deal space
   * @throws GordianException when the space is larger than the limit, a rule fails or the deadline passes
   */
  public static Snapshot take(CaseRun run, boolean space, VetoSets sets) {
    Engine engine = run.engine();
    Map<String, Integer> listed = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    long listedFeasible = 0;
    List<DealDef> deals = run.listedDeals();
    List<Verdict> verdicts = run.evaluateListed();
    for (int i = 0; i < deals.size(); i++) {
      DealDef d = deals.get(i);
      listed.put(d.id(), sets.idOf(verdicts.get(i)));
      titles.put(d.id(), d.title());
      listedFeasible += verdicts.get(i).feasible() ? 1 : 0;
    }
    int[] generated = null;
    DealSpace dealSpace = null;
    long feasible = 0;
    if (space) {
      dealSpace = run.space();
      if (dealSpace.count() > Integer.MAX_VALUE - 8) {
        throw new GordianException(run.bounds().loc().error(Message.SPACE_TOO_LARGE_TO_COMPARE.say(
            Message.count(dealSpace.count()))));
      }
      generated = new int[(int) dealSpace.count()];
      feasible = evaluateSpace(run, dealSpace, sets, generated);
    }
    return new Snapshot(sets, run.caseDef().id(), run.scenarioId(), listed, titles, generated, dealSpace, engine,
        listedFeasible, feasible);
  }

  /** Evaluates every deal of the space into {@code out} (by enumeration order) and returns how many are feasible. */
  private static long evaluateSpace(CaseRun run, DealSpace space, VetoSets sets, int[] out) {
    int[] next = {0};
    run.walk(space, run.engine().judgesFor(space.count()), (judge, deals) -> {
      List<Verdict> verdicts = new ArrayList<>();
      deals.forEach((present, phase) -> {
        verdicts.add(judge.evaluate(present, phase));
        return true;
      });
      int[] ids = new int[verdicts.size()];
      synchronized (sets) {
        for (int k = 0; k < ids.length; k++) {
          ids[k] = sets.idOf(verdicts.get(k));
        }
      }
      return ids;
    }, ids -> {
      System.arraycopy(ids, 0, out, next[0], ids.length);
      next[0] += ids.length;
    });
    long feasible = 0;
    for (int id : out) {
      feasible += id == 0 ? 1 : 0;
    }
    return feasible;
  }

  /** The case's id. */
  public String caseId() {
    return caseId;
  }

  /** The scenario run, or {@code baseline}. */
  public String scenarioId() {
    return scenarioId;
  }

  /** Listed deals run. */
  public int listed() {
    return listed.size();
  }

  /** Listed deals without a veto. */
  public long listedFeasible() {
    return listedFeasible;
  }

  /** Generated deals run, or -1 when the space was not evaluated. */
  public long generated() {
    return generated == null ? -1 : generated.length;
  }

  /** Generated deals without a veto. */
  public long generatedFeasible() {
    return generatedFeasible;
  }

  /**
   * What changed since an earlier snapshot of the same case. Generated deals are compared only when
   * both runs evaluated the same space (the same moves and bounds); otherwise {@code generated()} is null.
   *
   * @param keep how many changed generated deals of each kind to name
   */
  public DiffResult since(Snapshot before, int keep) {
    if (before.sets != sets) {
      throw new IllegalArgumentException("snapshots compared must share one VetoSets"); // internal
    }
    List<DealChange> listedChanges = new ArrayList<>();
    for (var e : before.listed.entrySet()) {
      Integer now = listed.get(e.getKey());
      if (now == null) {
        listedChanges.add(new DealChange(e.getKey(), before.titles.get(e.getKey()), true, Change.REMOVED,
            sets.set(e.getValue()), List.of()));
      } else if (!now.equals(e.getValue())) {
        listedChanges.add(new DealChange(e.getKey(), titles.get(e.getKey()), true,
            DiffResult.classify(sets.set(e.getValue()), sets.set(now)), sets.set(e.getValue()), sets.set(now)));
      }
    }
    for (var e : listed.entrySet()) {
      if (!before.listed.containsKey(e.getKey())) {
        listedChanges.add(new DealChange(e.getKey(), titles.get(e.getKey()), true, Change.ADDED, List.of(),
            sets.set(e.getValue())));
      }
    }
    boolean comparable = generated != null && before.generated != null && generated.length == before.generated.length
        && engine.table().moveIds().equals(before.engine.table().moveIds());
    if (!comparable) {
      return new DiffResult(caseId, before.scenarioId, scenarioId, List.copyOf(listedChanges), null, List.of(), null);
    }
    DiffTally tally = new DiffTally(sets, keep);
    int[] i = {0};
    space.forEach((present, phase) -> {
      int k = i[0]++;
      tally.add(before.generated[k], generated[k], x -> DealIds.of(engine.table(), present, phase));
      return true;
    });
    return new DiffResult(caseId, before.scenarioId, scenarioId, List.copyOf(listedChanges), tally.generated(),
        tally.blocking(before.positions(), positions()), null);
  }

  private List<PositionRef> positions() {
    return engine.positions().all();
  }
}
