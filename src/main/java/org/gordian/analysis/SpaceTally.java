package org.gordian.analysis;

import java.util.ArrayList;
import java.util.List;
import org.gordian.engine.Verdict;
import org.gordian.facts.internal.MoveTable;

/**
 * Counts over part of a deal space, built deal by deal and merged in enumeration order, so the
 * whole space is never held: deals, feasible deals, vetoes and sole vetoes per position, the deals
 * each party alone vetoes and how many of those each position vetoes, and the
 * first few feasible deals and near misses kept for the report, and the {@link SpaceFacts} the
 * analyses read.
 */
public final class SpaceTally {
  private final MoveTable table;
  private final int keepFeasible;
  private final int keepNearMisses;
  private final int[] partyOf;
  private final Bargaining bargaining;
  long evaluated;
  long feasible;
  final long[] vetoes;
  final long[] pivotal;
  /** Per party: the deals vetoed by positions of that party only. */
  final long[] partyAlone;
  /** Per position: the deals it vetoes that no position of another party vetoes. */
  final long[] ownSide;
  final List<DealOutcome> feasibleKept = new ArrayList<>();
  final List<List<DealOutcome>> nearMissesKept = new ArrayList<>();
  final SpaceFacts facts;

  /**
   * Walks a run's deal space with the engine's judges and tallies it, on the run's threads, keeping
   * the first feasible deals and near misses per position.
   */
  public static SpaceTally walk(org.gordian.run.CaseRun run, org.gordian.space.DealSpace space, int keepFeasible,
      int keepNearMisses) {
    SpaceTally tally = new SpaceTally(run.engine().table(), run.engine().positions().all(),
        Bargaining.of(run.caseDef().parties()), keepFeasible, keepNearMisses);
    run.walk(space, run.engine().judgesFor(space.count()), tally.chunkWork(), tally::merge);
    return tally;
  }

  /** The work of tallying one chunk of deals alike, to be merged into this tally in enumeration order. */
  public org.gordian.space.SpaceRunner.ChunkWork<org.gordian.engine.DealJudge, SpaceTally> chunkWork() {
    return (judge, deals) -> {
      SpaceTally t = new SpaceTally(table, partyOf, bargaining, keepFeasible, keepNearMisses);
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
   * @param positions the run's positions, in index order
   * @param bargaining who bargains and what each gets without a deal, for the ranking
   * @param keepFeasible how many feasible deals to keep for the report
   * @param keepNearMisses how many near misses to keep per position
   */
  public SpaceTally(MoveTable table, java.util.List<org.gordian.model.PositionRef> positions, Bargaining bargaining,
      int keepFeasible, int keepNearMisses) {
    this(table, partiesOf(positions), bargaining, keepFeasible, keepNearMisses);
  }

  private SpaceTally(MoveTable table, int[] partyOf, Bargaining bargaining, int keepFeasible, int keepNearMisses) {
    this.bargaining = bargaining;
    int positions = partyOf.length;
    this.table = table;
    this.partyOf = partyOf;
    this.keepFeasible = keepFeasible;
    this.keepNearMisses = keepNearMisses;
    this.vetoes = new long[positions];
    this.pivotal = new long[positions];
    this.ownSide = new long[positions];
    this.partyAlone = new long[java.util.Arrays.stream(partyOf).max().orElse(-1) + 1];
    this.facts = new SpaceFacts(table, bargaining);
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
    int party = -1;
    for (int p : vp) {
      if (p >= 0) {
        vetoes[p]++;
        party = party == -1 || party == partyOf[p] ? partyOf[p] : -2;
      } else {
        party = -2;
      }
    }
    if (party >= 0) {
      partyAlone[party]++;
      for (int p : vp) {
        ownSide[p]++;
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
      ownSide[i] += later.ownSide[i];
      List<DealOutcome> kept = nearMissesKept.get(i);
      for (DealOutcome d : later.nearMissesKept.get(i)) {
        if (kept.size() < keepNearMisses) {
          kept.add(d);
        }
      }
    }
    for (int i = 0; i < partyAlone.length; i++) {
      partyAlone[i] += later.partyAlone[i];
    }
    for (DealOutcome d : later.feasibleKept) {
      if (feasibleKept.size() < keepFeasible) {
        feasibleKept.add(d);
      }
    }
  }

  /** Each position's party, numbered in order of first appearance. */
  private static int[] partiesOf(java.util.List<org.gordian.model.PositionRef> positions) {
    java.util.Map<String, Integer> parties = new java.util.HashMap<>();
    int[] out = new int[positions.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = parties.computeIfAbsent(positions.get(i).party(), k -> parties.size());
    }
    return out;
  }

  /** The deals no position of another party than this position's vetoes. */
  long othersAccept(int position) {
    return feasible + partyAlone[partyOf[position]];
  }

  /** Deals counted so far. */
  public long evaluated() {
    return evaluated;
  }
}
