package org.gordian.space;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gordian.facts.internal.MoveTable;
import org.gordian.model.Bounds;

/**
 * Every deal a case's bounds allow, enumerated in one fixed order without holding them in memory:
 * by number of moves, then by which moves (in case order), then by number of phases, then by the
 * phase of each move. Phases are canonical: a deal using m phases uses each of 1..m. No deal holds
 * two moves of one group of alternatives.
 */
public final class DealSpace implements DealStream {
  /** Receives deals one at a time; the phase array is reused and valid only during the call. */
  @FunctionalInterface
  public interface Sink {
    /** Takes one deal; return false to stop the enumeration. */
    boolean accept(long present, byte[] phase);
  }

  private final MoveTable table;
  private final int[] allowed;
  private final int[] required;
  private final int[] free;
  private final int maxMoves;
  private final int phases;
  private final int[] partyOf;
  private final int[] partyMin;
  private final int[] partyMax;
  private final boolean impossible;
  /** Each group of alternatives as a bit set over the move table. */
  private final long[] alternatives;

  /** The space of a case's moves under these bounds. */
  public DealSpace(MoveTable table, Bounds bounds) {
    this.table = table;
    this.allowed = bounds.moves().stream().mapToInt(table::indexOf).filter(i -> i >= 0).sorted().toArray();
    this.required = bounds.require().stream().mapToInt(table::indexOf).filter(i -> i >= 0).sorted().toArray();
    this.free = Arrays.stream(allowed).filter(i -> Arrays.binarySearch(required, i) < 0).toArray();
    this.maxMoves = Math.min(bounds.maxMoves(), allowed.length);
    this.phases = bounds.phases();
    Map<String, Integer> parties = new LinkedHashMap<>();
    this.partyOf = new int[table.size()];
    for (int i = 0; i < table.size(); i++) {
      partyOf[i] = parties.computeIfAbsent(table.moves().get(i).getParty(), k -> parties.size());
    }
    this.partyMin = new int[parties.size()];
    this.partyMax = new int[parties.size()];
    Arrays.fill(partyMax, Integer.MAX_VALUE);
    bounds.parties().forEach((party, limit) -> {
      Integer p = parties.get(party);
      if (p != null) {
        partyMin[p] = limit.min();
        partyMax[p] = limit.max();
      }
    });
    this.alternatives = bounds.alternatives().stream().mapToLong(table::maskOf).toArray();
    long req = 0;
    for (int i : required) {
      req |= 1L << i;
    }
    this.impossible = bounds.parties().entrySet().stream()
        .anyMatch(e -> !parties.containsKey(e.getKey()) && e.getValue().min() > 0) || !allows(req);
  }

  /** Whether a deal with these moves holds at most one move of each group of alternatives. */
  public boolean allows(long present) {
    for (long group : alternatives) {
      long held = present & group;
      if ((held & (held - 1)) != 0) {
        return false;
      }
    }
    return true;
  }

  /** How many deals the space holds (saturating at {@link Long#MAX_VALUE}). */
  @Override
  public long count() {
    if (impossible) {
      return 0;
    }
    long[] sets = alternatives.length == 0 ? setsBySize() : setsBySizeWithAlternatives();
    long total = 0;
    for (int k = Math.max(1, required.length); k <= maxMoves && k < sets.length; k++) {
      if (sets[k] == 0) {
        continue;
      }
      long orders = 0;
      for (int m = 1; m <= Math.min(k, phases); m++) {
        orders = addSat(orders, surjectionCount(k, m));
      }
      total = addSat(total, mulSat(sets[k], orders));
    }
    return total;
  }

  /**
   * How many sets of moves of each size the bounds allow, counted move by move with, as state, the
   * size so far, each party's count and the groups of alternatives already used.
   */
  private long[] setsBySizeWithAlternatives() {
    int np = partyMin.length;
    java.util.Map<java.util.List<Long>, Long> states = new java.util.HashMap<>();
    states.put(stateKey(0, new int[np], 0L), 1L);
    for (int i : allowed) {
      boolean isRequired = Arrays.binarySearch(required, i) >= 0;
      long groupsOf = 0;
      for (int g = 0; g < alternatives.length; g++) {
        if ((alternatives[g] & (1L << i)) != 0) {
          groupsOf |= 1L << g;
        }
      }
      java.util.Map<java.util.List<Long>, Long> next = new java.util.HashMap<>();
      for (var e : states.entrySet()) {
        java.util.List<Long> key = e.getKey();
        int size = key.get(0).intValue();
        long used = key.get(1);
        if (!isRequired) {
          next.merge(key, e.getValue(), DealSpace::addSat);
        }
        int p = partyOf[i];
        if (size < maxMoves && (used & groupsOf) == 0 && key.get(2 + p) < partyMax[p]) {
          int[] counts = new int[np];
          for (int q = 0; q < np; q++) {
            counts[q] = key.get(2 + q).intValue();
          }
          counts[p]++;
          next.merge(stateKey(size + 1, counts, used | groupsOf), e.getValue(), DealSpace::addSat);
        }
      }
      states = next;
    }
    long[] bySize = new long[maxMoves + 1];
    for (var e : states.entrySet()) {
      java.util.List<Long> key = e.getKey();
      boolean within = true;
      for (int q = 0; q < np; q++) {
        within &= key.get(2 + q) >= partyMin[q];
      }
      if (within) {
        int size = key.get(0).intValue();
        bySize[size] = addSat(bySize[size], e.getValue());
      }
    }
    return bySize;
  }

  private static java.util.List<Long> stateKey(int size, int[] counts, long used) {
    Long[] key = new Long[2 + counts.length];
    key[0] = (long) size;
    key[1] = used;
    for (int q = 0; q < counts.length; q++) {
      key[2 + q] = (long) counts[q];
    }
    return java.util.List.of(key);
  }

  /** How many sets of moves of each size the bounds allow, without alternatives: per-party polynomials. */
  private long[] setsBySize() {
    // Per-party polynomials: coefficient j = ways to pick j free moves of that party within its limits.
    int np = partyMin.length;
    int[] freeByParty = new int[np];
    int[] reqByParty = new int[np];
    for (int i : free) {
      freeByParty[partyOf[i]]++;
    }
    for (int i : required) {
      reqByParty[partyOf[i]]++;
    }
    long[] poly = {1};
    for (int p = 0; p < np; p++) {
      long[] party = new long[freeByParty[p] + 1];
      for (int j = 0; j <= freeByParty[p]; j++) {
        int total = j + reqByParty[p];
        if (total >= partyMin[p] && total <= partyMax[p]) {
          party[j] = binomial(freeByParty[p], j);
        }
      }
      poly = multiply(poly, party);
    }
    long[] bySize = new long[required.length + poly.length];
    for (int j = 0; j < poly.length; j++) {
      bySize[required.length + j] = poly[j];
    }
    return bySize;
  }

  /** Enumerates every deal in the fixed order; stops early when the sink says so. */
  @Override
  public void forEach(Sink sink) {
    if (impossible) {
      return;
    }
    byte[] phase = new byte[table.size()];
    int[] chosen = new int[maxMoves];
    int[] partyCount = new int[partyMin.length];
    Orders orders = new Orders();
    for (int k = Math.max(1, required.length); k <= maxMoves; k++) {
      int pick = k - required.length;
      if (pick > free.length) {
        break;
      }
      int[] combo = new int[pick];
      for (int i = 0; i < pick; i++) {
        combo[i] = i;
      }
      while (true) {
        // chosen = required ∪ free[combo], in case order
        int a = 0;
        int b = 0;
        int c = 0;
        while (a < required.length || b < pick) {
          if (b >= pick || (a < required.length && required[a] < free[combo[b]])) {
            chosen[c++] = required[a++];
          } else {
            chosen[c++] = free[combo[b++]];
          }
        }
        if (withinPartyLimits(chosen, k, partyCount) && (alternatives.length == 0 || allows(chosen, k))
            && !emitOrders(chosen, k, phase, orders, sink)) {
          return;
        }
        if (!nextCombination(combo, free.length)) {
          break;
        }
      }
    }
  }

  private boolean emitOrders(int[] chosen, int k, byte[] phase, Orders orders, Sink sink) {
    long present = 0;
    for (int i = 0; i < k; i++) {
      present |= 1L << chosen[i];
    }
    for (int m = 1; m <= Math.min(k, phases); m++) {
      orders.start(k, m);
      do {
        for (int i = 0; i < k; i++) {
          phase[chosen[i]] = orders.phase[i];
        }
        if (!sink.accept(present, phase)) {
          return false;
        }
      } while (orders.next());
    }
    for (int i = 0; i < k; i++) {
      phase[chosen[i]] = 0;
    }
    return true;
  }

  private boolean allows(int[] chosen, int k) {
    long present = 0;
    for (int i = 0; i < k; i++) {
      present |= 1L << chosen[i];
    }
    return allows(present);
  }

  private boolean withinPartyLimits(int[] chosen, int k, int[] count) {
    Arrays.fill(count, 0);
    for (int i = 0; i < k; i++) {
      count[partyOf[chosen[i]]]++;
    }
    for (int p = 0; p < count.length; p++) {
      if (count[p] < partyMin[p] || count[p] > partyMax[p]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Steps {@code combo} (ascending indices into 0..n-1) to the next combination of its size in
   * lexicographic order; false when it was the last.
   */
  public static boolean nextCombination(int[] combo, int n) {
    int k = combo.length;
    int i = k - 1;
    while (i >= 0 && combo[i] == n - k + i) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    combo[i]++;
    for (int j = i + 1; j < k; j++) {
      combo[j] = combo[j - 1] + 1;
    }
    return true;
  }

  /**
   * The assignments of k moves onto phases 1..m that use every phase, stepped one at a time in
   * lexicographic order (the order of counting up through all assignments and keeping the onto
   * ones), in memory of k + m whatever the number of assignments.
   */
  static final class Orders {
    byte[] phase = new byte[0];
    private int[] uses = new int[1];
    private int k;
    private int m;
    private int missing;

    /** Sets the first assignment of k moves onto m phases (1 ≤ m ≤ k). */
    void start(int k, int m) {
      this.k = k;
      this.m = m;
      if (phase.length < k) {
        phase = new byte[k];
      }
      if (uses.length < m + 1) {
        uses = new int[m + 1];
      }
      Arrays.fill(uses, 0);
      missing = m;
      fill(0);
    }

    /** Steps to the next assignment; false when the last was reached. */
    boolean next() {
      for (int i = k - 1; i >= 0; i--) {
        take(i);
        for (int v = phase[i] + 1; v <= m; v++) {
          int after = uses[v] == 0 ? missing - 1 : missing;
          if (after <= k - i - 1) {   // the moves after i can still cover the phases not used
            put(i, v);
            fill(i + 1);
            return true;
          }
        }
      }
      return false;
    }

    /** The smallest completion from position {@code from}: phase 1 while there is room, then the unused phases in order. */
    private void fill(int from) {
      for (int j = from; j < k; j++) {
        int v = 1;
        if (missing > k - j - 1) {
          while (uses[v] > 0) {
            v++;
          }
        }
        put(j, v);
      }
    }

    private void put(int i, int v) {
      phase[i] = (byte) v;
      if (uses[v]++ == 0) {
        missing--;
      }
    }

    private void take(int i) {
      if (--uses[phase[i]] == 0) {
        missing++;
      }
    }
  }

  /** The number of ways to place k moves onto phases 1..m using every phase. */
  static long surjectionCount(int k, int m) {
    long total = 0;
    for (int i = 0; i <= m; i++) {
      long term = mulSat(binomial(m, i), powSat(m - i, k));
      total += (i % 2 == 0) ? term : -term;
    }
    return total;
  }

  private static long binomial(int n, int k) {
    long r = 1;
    for (int i = 1; i <= k; i++) {
      r = r * (n - k + i) / i;
    }
    return r;
  }

  private static long powSat(long b, int e) {
    long r = 1;
    for (int i = 0; i < e; i++) {
      r = mulSat(r, b);
    }
    return r;
  }

  private static long[] multiply(long[] a, long[] b) {
    long[] out = new long[a.length + b.length - 1];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        out[i + j] = addSat(out[i + j], mulSat(a[i], b[j]));
      }
    }
    return out;
  }

  private static long addSat(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  private static long mulSat(long a, long b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }
}
