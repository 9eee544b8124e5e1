package org.gordian.analysis;

import java.util.ArrayList;
import java.util.List;
import org.gordian.engine.Engine;
import org.gordian.engine.Evaluator;
import org.gordian.engine.Verdict;
import org.gordian.model.PositionRef;

/**
 * Finds minimal relaxations: sets of positions that, switched off together, make a deal feasible
 * while no smaller part of the set does. Sets are tried by increasing size, in position order, up
 * to a size cap; supersets of a set already found for a deal are not tried for it. Each set gets
 * one engine and one evaluator, shared by every deal that still needs it.
 */
public final class RelaxationSearch {
  /** A deal to relax: its id and its moves' phases by move index. */
  public record Target(String id, long present, byte[] phase) {}

  private final Engine engine;
  private Evaluator evaluator;
  private final List<PositionRef> candidates;
  private final int maxSize;
  private long setsTried;

  /**
   * A search.
   *
   * @param engine the run's engine; each set is switched off on top of what it already has off
   * @param candidates the positions that may be switched off, sorted
   * @param maxSize the largest set to try
   */
  public RelaxationSearch(Engine engine, List<PositionRef> candidates, int maxSize) {
    this.engine = engine;
    this.candidates = List.copyOf(candidates);
    this.maxSize = Math.min(maxSize, candidates.size());
  }

  /** The default cap: every size when there are six positions or fewer, else three. */
  public static int defaultMaxSize(int candidates) {
    return candidates <= 6 ? candidates : 3;
  }

  /** The relaxations of these deals, in their order. */
  public List<Relaxation> run(List<Target> deals) {
    try (Evaluator ev = engine.newEvaluator()) {
      evaluator = ev;
      return search(deals);
    } finally {
      evaluator = null;
    }
  }

  private List<Relaxation> search(List<Target> deals) {
    int n = deals.size();
    List<List<Long>> found = new ArrayList<>();
    List<List<List<PositionRef>>> sets = new ArrayList<>();
    boolean[] done = new boolean[n];
    List<List<org.gordian.facts.Veto>> remaining = new ArrayList<>();
    Verdict[] allOff = evaluate(candidates, deals, null);
    for (int d = 0; d < n; d++) {
      found.add(new ArrayList<>());
      sets.add(new ArrayList<>());
      remaining.add(allOff[d].vetoes());
      done[d] = !allOff[d].feasible();
    }
    int c = candidates.size();
    for (int size = 1; size <= maxSize; size++) {
      int[] combo = new int[size];
      for (int i = 0; i < size; i++) {
        combo[i] = i;
      }
      do {
        long mask = 0;
        for (int i : combo) {
          mask |= 1L << i;
        }
        boolean[] needed = new boolean[n];
        boolean any = false;
        for (int d = 0; d < n; d++) {
          if (done[d]) {
            continue;
          }
          boolean superset = false;
          for (long f : found.get(d)) {
            superset |= (f & mask) == f;
          }
          needed[d] = !superset;
          any |= needed[d];
        }
        if (!any) {
          continue;
        }
        List<PositionRef> off = new ArrayList<>();
        for (int i : combo) {
          off.add(candidates.get(i));
        }
        Verdict[] verdicts = evaluate(off, deals, needed);
        for (int d = 0; d < n; d++) {
          if (needed[d] && verdicts[d].feasible()) {
            found.get(d).add(mask);
            sets.get(d).add(List.copyOf(off));
          }
        }
      } while (org.gordian.space.DealSpace.nextCombination(combo, c));
    }
    List<Relaxation> out = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      boolean unrelaxable = !allOff[d].feasible();
      List<PositionRef> beyond = List.of();
      if (!unrelaxable && sets.get(d).isEmpty() && maxSize < c) {
        beyond = shrink(deals.get(d));
        if (beyond.size() == maxSize + 1) {
          // Every proper subset is within the cap and was tried: the set is minimal.
          sets.get(d).add(beyond);
          beyond = List.of();
        }
      }
      out.add(new Relaxation(deals.get(d).id(), List.copyOf(sets.get(d)), maxSize, c,
          unrelaxable || maxSize == c, unrelaxable, unrelaxable ? remaining.get(d) : List.of(), beyond));
    }
    return out;
  }

  /**
   * A set beyond the size cap: starting from every position switched off, switches each back on
   * in turn (in position order) and keeps it on when the deal stays feasible. What is left cannot
   * lose any one position and still work.
   */
  private List<PositionRef> shrink(Target deal) {
    List<PositionRef> off = new ArrayList<>(candidates);
    for (PositionRef p : candidates) {
      List<PositionRef> without = new ArrayList<>(off);
      without.remove(p);
      if (evaluate(without, List.of(deal), null)[0].feasible()) {
        off = without;
      }
    }
    return List.copyOf(off);
  }

  /** How many position sets were evaluated (each with its own engine), counting the all-off set. */
  public long setsTried() {
    return setsTried;
  }

  private Verdict[] evaluate(List<PositionRef> off, List<Target> deals, boolean[] only) {
    setsTried++;
    Verdict[] out = new Verdict[deals.size()];
    java.util.Set<String> offRules = engine.rulesHeldBy(off);
    for (int d = 0; d < deals.size(); d++) {
      if (only == null || only[d]) {
        Target t = deals.get(d);
        out[d] = evaluator.evaluateWithout(offRules, t.present(), t.phase(), t.id());
      }
    }
    return out;
  }
}
