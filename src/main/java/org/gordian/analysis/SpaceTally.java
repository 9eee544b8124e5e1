package org.gordian.analysis;

import java.util.ArrayList;
import java.util.List;
import org.gordian.engine.Verdict;
import org.gordian.facts.internal.MoveTable;

/**
 * Counts over part of a deal space, built deal by deal and merged in enumeration order, so the
 * whole space is never held: deals, feasible deals, vetoes and sole vetoes per position, and the
 * first few feasible deals and near misses kept for the report, and the {@link SpaceFacts} the
 * analyses read.
 */
public final class SpaceTally {
  private final MoveTable table;
  private final int keepFeasible;
  private final int keepNearMisses;
  long evaluated;
  long feasible;
  final long[] vetoes;
  final long[] pivotal;
  final List<DealOutcome> feasibleKept = new ArrayList<>();
  final List<List<DealOutcome>> nearMissesKept = new ArrayList<>();
  final SpaceFacts facts;

  /**
   * Walks a run's deal space with the engine's judges and tallies it, on the run's threads, keeping
   * the first feasible deals and near misses per position.
   */
  public static SpaceTally walk(org.gordian.run.CaseRun run, org.gordian.space.DealSpace space, int keepFeasible,
      int keepNearMisses) {
    SpaceTally tally = new SpaceTally(run.engine().table(), run.engine().positions().size(), keepFeasible,
        keepNearMisses);
    run.walk(space, run.engine().judgesFor(space.count()), tally.chunkWork(), tally::merge);
    return tally;
  }

  /** The work of tallying one chunk of deals alike, to be merged into this tally in enumeration order. */
  public org.gordian.space.SpaceRunner.ChunkWork<org.gordian.engine.DealJudge, SpaceTally> chunkWork() {
    return (judge, deals) -> {
      SpaceTally t = new SpaceTally(table, vetoes.length, keepFeasible, keepNearMisses);
      deals.forEach((present, phase) -> {
        t.add(present, phase, judge.evaluate(present, phase));
        return true;
      });
      return t;
    };
  }

  /**
   * An empty tally.
   *
   * @param positions how many positions the run has
   * @param keepFeasible how many feasible deals to keep for the report
   * @param keepNearMisses how many near misses to keep per position
   */
  public SpaceTally(MoveTable table, int positions, int keepFeasible, int keepNearMisses) {
    this.table = table;
    this.keepFeasible = keepFeasible;
    this.keepNearMisses = keepNearMisses;
    this.vetoes = new long[positions];
    this.pivotal = new long[positions];
    this.facts = new SpaceFacts(table);
    for (int i = 0; i < positions; i++) {
      nearMissesKept.add(new ArrayList<>());
    }
  }

  /** Counts one deal. */
  public void add(long present, byte[] phase, Verdict verdict) {
    evaluated++;
    facts.add(present, phase, verdict);
    int[] vp = verdict.vetoPositions();
    if (vp.length == 0) {
      feasible++;
      if (feasibleKept.size() < keepFeasible) {
        feasibleKept.add(DealOutcome.generated(table, present, phase, verdict));
      }
      return;
    }
    for (int p : vp) {
      if (p >= 0) {
        vetoes[p]++;
      }
    }
    if (vp.length == 1 && vp[0] >= 0) {
      int p = vp[0];
      pivotal[p]++;
      List<DealOutcome> kept = nearMissesKept.get(p);
      if (kept.size() < keepNearMisses) {
        kept.add(DealOutcome.generated(table, present, phase, verdict));
      }
    }
  }

  /** Adds a later part of the space to this one. */
  public void merge(SpaceTally later) {
    evaluated += later.evaluated;
    feasible += later.feasible;
    facts.merge(later.facts);
    for (int i = 0; i < vetoes.length; i++) {
      vetoes[i] += later.vetoes[i];
      pivotal[i] += later.pivotal[i];
      List<DealOutcome> kept = nearMissesKept.get(i);
      for (DealOutcome d : later.nearMissesKept.get(i)) {
        if (kept.size() < keepNearMisses) {
          kept.add(d);
        }
      }
    }
    for (DealOutcome d : later.feasibleKept) {
      if (feasibleKept.size() < keepFeasible) {
        feasibleKept.add(d);
      }
    }
  }

  /** Deals counted so far. */
  public long evaluated() {
    return evaluated;
  }
}
