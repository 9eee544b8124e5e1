package org.gordian.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gordian.engine.Verdict;
import org.gordian.facts.Concern;
import org.gordian.facts.internal.MoveTable;

/**
 * What the analyses need from every deal of a space, gathered as the deals stream past and merged
 * in enumeration order: which moves, pairs and triples of moves appear, and appear in feasible deals; every
 * feasible deal in compact form (for the nearest-deal search); how many feasible deals are
 * acceptable (every bargainer scores above its no-deal value) and the Pareto front of those by the
 * bargainers' scores; and the best-scoring deal overall. Nothing here fires rules.
 */
public final class SpaceFacts {
  /** The most feasible deals kept for the nearest-deal search. */
  public static final int MAX_FEASIBLE_KEPT = 2_000_000;
  /** The most deals kept on the Pareto front. */
  public static final int MAX_FRONT = 2_000;

  private final MoveTable table;
  private final Bargaining bargaining;
  final MoveSets sets;
  private long[] keptPresent = new long[0];
  private long[] keptPhases = new long[0];
  private int kept;
  long feasibleNotKept;
  final List<RankedDeal> front = new ArrayList<>();
  private final Map<Map<String, Double>, Integer> profiles = new HashMap<>();
  boolean frontTruncated;
  long feasibleDeals;
  long acceptableDeals;
  double bestSum = Double.NEGATIVE_INFINITY;
  boolean anyConcern;
  DealOutcome best;

  SpaceFacts(MoveTable table, Bargaining bargaining) {
    this.table = table;
    this.bargaining = bargaining;
    this.sets = new MoveSets(table.size());
  }

  void add(long present, byte[] phase, Verdict verdict) {
    boolean feasible = verdict.feasible();
    sets.add(present, feasible);
    double sum = verdict.concernTotal();
    if (!anyConcern) {
      anyConcern = !verdict.concerns().isEmpty();
    }
    if (sum > bestSum) {
      bestSum = sum;
      best = DealOutcome.generated(table, present, phase, verdict);
    }
    if (!feasible) {
      return;
    }
    feasibleDeals++;
    long packed = pack(present, phase);
    if (packed == -1 || kept >= MAX_FEASIBLE_KEPT) {
      feasibleNotKept++;
    } else {
      keep(present, packed);
    }
    Map<String, Double> scores = scores(verdict);
    if (bargaining.acceptable(scores)) {
      acceptableDeals++;
      offer(new RankedDeal(null, bargaining.ofBargainers(scores)), present, phase, verdict);
    }
  }

  private void offer(RankedDeal candidate, long present, byte[] phase, Verdict verdict) {
    // Deals with the same scores stand or fall together, so dominance is checked per score profile.
    Integer same = profiles.get(candidate.scores());
    if (same == null) {
      for (Map<String, Double> p : profiles.keySet()) {
        if (dominates(p, candidate.scores())) {
          return;
        }
      }
      List<Map<String, Double>> beaten = profiles.keySet().stream().filter(p -> dominates(candidate.scores(), p))
          .toList();
      if (!beaten.isEmpty()) {
        beaten.forEach(profiles::remove);
        front.removeIf(f -> beaten.contains(f.scores()));
      }
    }
    if (front.size() >= MAX_FRONT) {
      frontTruncated = true;
      return;
    }
    profiles.merge(candidate.scores(), 1, Integer::sum);
    front.add(candidate.deal() != null ? candidate
        : new RankedDeal(DealOutcome.generated(table, present, phase, verdict), candidate.scores()));
  }

  private static boolean dominates(Map<String, Double> a, Map<String, Double> b) {
    return new RankedDeal(null, a).dominates(new RankedDeal(null, b));
  }

  private void keep(long present, long packed) {
    if (kept == keptPresent.length) {
      int size = Math.max(64, kept * 2);
      keptPresent = Arrays.copyOf(keptPresent, size);
      keptPhases = Arrays.copyOf(keptPhases, size);
    }
    keptPresent[kept] = present;
    keptPhases[kept] = packed;
    kept++;
  }

  /** The phases of a deal's moves, 4 bits each in move order; -1 when they do not fit. */
  static long pack(long present, byte[] phase) {
    long packed = 0;
    int shift = 0;
    for (long rest = present; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      if (shift >= 64 || phase[i] > 15 || phase[i] < 1) {
        return -1;
      }
      packed |= (long) phase[i] << shift;
      shift += 4;
    }
    return packed;
  }

  /** Unpacks {@link #pack} into a phase array indexed by move. */
  static void unpack(long present, long packed, byte[] phase) {
    Arrays.fill(phase, (byte) 0);
    int shift = 0;
    for (long rest = present; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      phase[i] = (byte) ((packed >>> shift) & 0xF);
      shift += 4;
    }
  }

  /** Each party's summed concern weights in a verdict, by party id (parties scoring 0 left out). */
  public static Map<String, Double> scores(Verdict verdict) {
    Map<String, Double> out = new TreeMap<>();
    for (Concern c : verdict.concerns()) {
      out.merge(c.getParty(), c.getWeight(), Double::sum);
    }
    out.values().removeIf(v -> v == 0);
    return out;
  }

  void merge(SpaceFacts later) {
    sets.merge(later.sets);
    for (int j = 0; j < later.kept; j++) {
      if (kept >= MAX_FEASIBLE_KEPT) {
        feasibleNotKept += later.kept - j;
        break;
      }
      keep(later.keptPresent[j], later.keptPhases[j]);
    }
    feasibleNotKept += later.feasibleNotKept;
    for (RankedDeal d : later.front) {
      offer(d, 0, null, null);
    }
    frontTruncated |= later.frontTruncated;
    feasibleDeals += later.feasibleDeals;
    acceptableDeals += later.acceptableDeals;
    anyConcern |= later.anyConcern;
    if (later.bestSum > bestSum) {
      bestSum = later.bestSum;
      best = later.best;
    }
  }

  /** The move table the deals are made of. */
  public MoveTable table() {
    return table;
  }

  /** Which moves, pairs and triples some deal, and some feasible deal, of the space holds. */
  public MoveSets sets() {
    return sets;
  }

  /** How many feasible deals are kept for searching, in enumeration order. */
  public int feasibleKept() {
    return kept;
  }

  /** How many feasible deals were not kept (too many, or phases beyond 15 or more than 16 moves). */
  public long feasibleNotKept() {
    return feasibleNotKept;
  }

  /** The moves of kept feasible deal j, as a bit set over the move table. */
  public long keptPresent(int j) {
    return keptPresent[j];
  }

  /** Fills {@code phase} with the phases of kept feasible deal j. */
  public void keptPhases(int j, byte[] phase) {
    unpack(keptPresent[j], keptPhases[j], phase);
  }

  /** Who bargains, and what each gets without a deal. */
  public Bargaining bargaining() {
    return bargaining;
  }

  /** How many feasible deals every bargainer scores above its no-deal value. */
  public long acceptableDeals() {
    return acceptableDeals;
  }

  /** The Pareto-optimal acceptable deals by the bargainers' scores, in enumeration order. */
  public List<RankedDeal> front() {
    return List.copyOf(front);
  }

  /** Whether the front grew past {@link #MAX_FRONT} and deals were left off it. */
  public boolean frontTruncated() {
    return frontTruncated;
  }

  /**
   * The deal with the highest summed score over all deals, feasible or not (first in enumeration
   * order); null when no deal raises a concern, as every deal then scores the same.
   */
  public DealOutcome best() {
    return anyConcern ? best : null;
  }
}
