package org.gordian.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.gordian.analysis.DiffResult.BlockingChange;
import org.gordian.analysis.DiffResult.Change;
import org.gordian.analysis.DiffResult.DealChange;
import org.gordian.model.PositionRef;

/**
 * Compares two runs over the same generated deals as they stream by, one pair of veto-set ids per
 * deal: counts flips, keeps the first few of each kind, and counts deals per veto set on each side
 * (from which the blocking map of each side follows). Memory does not grow with the space.
 */
public final class DiffTally {
  private final VetoSets sets;
  private final int keep;
  private long evaluated;
  private long[] fromCounts = new long[8];
  private long[] toCounts = new long[8];
  private final Map<Change, Long> changes = new EnumMap<>(Change.class);
  private final Map<Change, List<DealChange>> examples = new EnumMap<>(Change.class);

  /**
   * An empty tally.
   *
   * @param keep how many changed deals of each kind to keep as examples
   */
  public DiffTally(VetoSets sets, int keep) {
    this.sets = sets;
    this.keep = keep;
  }

  /**
   * Counts one deal.
   *
   * @param id names the deal when it is kept as an example (called only then)
   * @return how the deal changed, or null
   */
  public Change add(int fromSet, int toSet, IntFunction<String> id) {
    evaluated++;
    fromCounts = count(fromCounts, fromSet);
    toCounts = count(toCounts, toSet);
    if (fromSet == toSet) {
      return null;
    }
    List<PositionRef> from = sets.set(fromSet);
    List<PositionRef> to = sets.set(toSet);
    Change c = DiffResult.classify(from, to);
    changes.merge(c, 1L, Long::sum);
    List<DealChange> kept = examples.computeIfAbsent(c, k -> new ArrayList<>());
    if (kept.size() < keep) {
      String name = id.apply(0);
      kept.add(new DealChange(name, name, false, c, from, to));
    }
    return c;
  }

  private static long[] count(long[] counts, int set) {
    long[] c = set < counts.length ? counts : java.util.Arrays.copyOf(counts, Math.max(set + 1, counts.length * 2));
    c[set]++;
    return c;
  }

  /** Deals counted. */
  public long evaluated() {
    return evaluated;
  }

  /** The generated part of a diff. */
  public DiffResult.Generated generated() {
    List<DealChange> all = new ArrayList<>();
    for (Change c : Change.values()) {
      all.addAll(examples.getOrDefault(c, List.of()));
    }
    return new DiffResult.Generated(evaluated, fromCounts[0], toCounts[0], changes.getOrDefault(Change.BECAME_FEASIBLE,
        0L), changes.getOrDefault(Change.BECAME_INFEASIBLE, 0L), changes.getOrDefault(Change.VETOES_CHANGED, 0L),
        List.copyOf(all));
  }

  /** Both sides' blocking maps over every position either side holds. */
  public List<BlockingChange> blocking(List<PositionRef> fromPositions, List<PositionRef> toPositions) {
    TreeSet<PositionRef> all = new TreeSet<>(fromPositions);
    all.addAll(toPositions);
    Map<PositionRef, long[]> counts = new TreeMap<>();
    all.forEach(p -> counts.put(p, new long[4]));
    tallySide(fromCounts, counts, 0);
    tallySide(toCounts, counts, 1);
    List<BlockingChange> out = new ArrayList<>();
    counts.forEach((p, c) -> out.add(new BlockingChange(p, c[0], c[1], c[2], c[3])));
    return List.copyOf(out);
  }

  private void tallySide(long[] bySet, Map<PositionRef, long[]> counts, int side) {
    for (int s = 1; s < bySet.length; s++) {
      if (bySet[s] == 0) {
        continue;
      }
      List<PositionRef> set = sets.set(s);
      for (PositionRef p : set) {
        long[] c = counts.computeIfAbsent(p, k -> new long[4]);
        c[side] += bySet[s];
        if (set.size() == 1) {
          c[2 + side] += bySet[s];
        }
      }
    }
  }
}
