package org.gordian.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gordian.engine.DealJudge;
import org.gordian.engine.Engine;
import org.gordian.space.Deadline;
import org.gordian.space.DealSpace;
import org.gordian.space.DealStream;
import org.gordian.space.Progress;
import org.gordian.space.SpaceRunner;

/**
 * The neighbourhood of a deal: every deal a few edits away from it, evaluated with the run's engine
 * (and so its memo). One edit adds one of the case's moves (to an existing phase, or to a new phase
 * at any place in the order), removes a move, or re-phases a move (to another existing phase, or to
 * a new phase at any place). Phases stay canonical (renumbered 1..m) and within a phase limit; the
 * empty deal is left out. The search goes level by level (all deals one edit away, then two …) and
 * evaluates a level only when the whole level fits in the budget of deals, so that "every deal within
 * k edits" is true of the k it reports. A deal reached by several paths is evaluated once, at the
 * level of its shortest path, which is its edit distance ({@link Nearest}).
 *
 * <pre>{@code
 * Neighbourhood.Searched near = Neighbourhood.search(engine, present, phase, 3, Neighbourhood.DEFAULT_BUDGET, 2);
 * near.complete();   // every deal within this many edits was evaluated
 * near.feasible();   // the feasible ones, nearest first
 * }</pre>
 */
public final class Neighbourhood {
  /** The most deals evaluated around one deal unless told otherwise. */
  public static final long DEFAULT_BUDGET = 10_000;
  /** Levels smaller than this are judged on the calling thread by a judge kept across searches. */
  public static final int ONE_JUDGE_BELOW = 20_000;
  /**
   * A run evaluates at most this many times the budget of one deal over all its deals' neighbourhoods;
   * deals met later get what is left (and say so in their scope).
   */
  public static final int RUN_BUDGET_FACTOR = 20;
  /** The most feasible deals of one neighbourhood kept for other analyses. */
  public static final int MAX_FEASIBLE_KEPT = 100_000;
  /** The most phases a neighbourhood deal may use, whatever the case allows (phases are bytes, doubled while editing). */
  static final int MAX_PHASES = 100;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Neighbourhood.class);

  private Neighbourhood() {}

  /**
   * What the search around one deal evaluated.
   *
   * @param complete every deal within this many edits was evaluated (0 when not even the deals one
   *     edit away fitted in the budget)
   * @param exhausted whether no deal lies beyond {@code complete} edits (the whole reachable set was evaluated)
   * @param evaluated how many deals were evaluated, the deal itself not counted
   * @param budget the most deals the search could evaluate
   * @param phaseLimit the most phases a deal of the neighbourhood may use
   * @param feasible the feasible deals found, in the order they were reached (nearest first)
   */
  public record Searched(int complete, boolean exhausted, long evaluated, long budget, int phaseLimit,
      FeasibleDeals feasible) {}

  /**
   * Feasible deals in compact form: each a bit set of the case's moves and a phase per move, with its
   * edit distance from the searched deal; at most {@link #MAX_FEASIBLE_KEPT}, the rest counted as dropped.
   * Other analyses may read them as evidence that moves can be feasible together.
   */
  public static final class FeasibleDeals {
    private final int moves;
    private long[] present = new long[16];
    private byte[] phases;
    private byte[] distance = new byte[16];
    private int size;
    private long dropped;

    FeasibleDeals(int moves) {
      this.moves = moves;
      this.phases = new byte[16 * moves];
    }

    void add(long p, byte[] phase, int d) {
      if (size == MAX_FEASIBLE_KEPT) {
        dropped++;
        return;
      }
      if (size == present.length) {
        present = Arrays.copyOf(present, size * 2);
        distance = Arrays.copyOf(distance, size * 2);
        phases = Arrays.copyOf(phases, size * 2 * moves);
      }
      present[size] = p;
      distance[size] = (byte) d;
      System.arraycopy(phase, 0, phases, size * moves, moves);
      size++;
    }

    /** How many deals are kept. */
    public int size() {
      return size;
    }

    /** How many feasible deals were found beyond the cap and not kept. */
    public long dropped() {
      return dropped;
    }

    /** The moves of kept deal j, as a bit set over the case's moves. */
    public long present(int j) {
      return present[j];
    }

    /** Fills {@code phase} (one entry per case move, 0 where absent) with the phases of kept deal j. */
    public void phases(int j, byte[] phase) {
      System.arraycopy(phases, j * moves, phase, 0, moves);
    }

    /** How many edits away from the searched deal kept deal j is. */
    public int distance(int j) {
      return distance[j];
    }
  }

  /**
   * Evaluates the neighbourhood of a deal with the engine's judges.
   *
   * @param present the deal's moves
   * @param phase the deal's phases by move index
   * @param phaseLimit the most phases a neighbour may use (raised to the deal's own count when it uses more)
   * @param budget the most deals to evaluate
   * @param threads how many threads evaluate; the result is the same for any number
   */
  public static Searched search(Engine engine, long present, byte[] phase, int phaseLimit, long budget, int threads) {
    return search(engine, present, phase, phaseLimit, budget, threads, moves -> true);
  }

  /**
   * The same search among the deals whose moves {@code admits} accepts (a deal holding two
   * alternatives of one group is no deal of the case, and the search does not pass through it).
   */
  public static Searched search(Engine engine, long present, byte[] phase, int phaseLimit, long budget, int threads,
      java.util.function.LongPredicate admits) {
    return search(engine, present, phase, phaseLimit, budget, threads, admits, null);
  }

  /**
   * The same search; levels of fewer than {@link #ONE_JUDGE_BELOW} deals are judged in order by
   * {@code judge} when one is given (a judge kept across searches spares starting sessions for each
   * small level), larger levels on the run's threads. The result is the same either way.
   */
  public static Searched search(Engine engine, long present, byte[] phase, int phaseLimit, long budget, int threads,
      java.util.function.LongPredicate admits, DealJudge judge) {
    int n = engine.table().size();
    byte[] start = Nearest.canonical(present, phase);
    int own = phases(present, start);
    int limit = Math.min(MAX_PHASES, Math.max(phaseLimit, own));
    FeasibleDeals feasible = new FeasibleDeals(n);
    if (own > MAX_PHASES) {
      return new Searched(0, false, 0, budget, limit, feasible);
    }
    long all = n == 64 ? -1L : (1L << n) - 1;
    Set<Key> seen = new HashSet<>();
    seen.add(new Key(present, start));
    List<Key> frontier = List.of(new Key(present, start));
    long evaluated = 0;
    int level = 0;
    boolean exhausted = false;
    while (true) {
      long g0 = System.nanoTime();
      List<Key> next = new ArrayList<>();
      long room = budget - evaluated;
      boolean fits = true;
      Editor editor = new Editor(n, limit, all);
      for (Key k : frontier) {
        if (Thread.currentThread().isInterrupted()) {
          throw new java.util.concurrent.CancellationException("interrupted");
        }
        fits = editor.neighbours(k.present, k.expand(n), (p, ph) -> {
          if (!admits.test(p)) {
            return true;
          }
          Key key = new Key(p, ph);
          if (seen.add(key)) {
            next.add(key);
          }
          return next.size() <= room;
        });
        if (!fits) {
          break;
        }
      }
      LOG.debug("Neighbourhood level {}: {} new deals made in {} ms{}", level + 1, next.size(),
          (System.nanoTime() - g0) / 1_000_000, fits ? "" : ", over the budget");
      if (!fits) {
        break;
      }
      if (next.isEmpty()) {
        exhausted = true;
        break;
      }
      level++;
      long t0 = System.nanoTime();
      if (judge != null && next.size() < ONE_JUDGE_BELOW) {
        for (Key k : next) {
          byte[] ph = k.expand(n);
          if (judge.evaluate(k.present, ph).feasible()) {
            feasible.add(k.present, ph, level);
          }
        }
      } else {
        evaluate(engine, next, n, threads, level, feasible);
      }
      evaluated += next.size();
      LOG.debug("Neighbourhood level {}: {} deals evaluated in {} ms", level, next.size(),
          (System.nanoTime() - t0) / 1_000_000);
      frontier = next;
    }
    return new Searched(level, exhausted, evaluated, budget, limit, feasible);
  }

  private static void evaluate(Engine engine, List<Key> deals, int n, int threads, int level, FeasibleDeals out) {
    DealStream stream = new DealStream() {
      @Override
      public long count() {
        return deals.size();
      }

      @Override
      public void forEach(DealSpace.Sink sink) {
        for (Key k : deals) {
          if (!sink.accept(k.present, k.expand(n))) {
            return;
          }
        }
      }
    };
    java.util.function.Supplier<DealJudge> judges = engine.judgesFor(deals.size());
    // Each chunk gathers its feasible deals; the chunks are merged in order, whatever the threads.
    new SpaceRunner(n, threads, 4096, Deadline.NONE).run(stream, Progress.NONE, judges,
        (DealJudge judge, SpaceRunner.ChunkDeals chunk) -> {
          FeasibleDeals found = new FeasibleDeals(n);
          chunk.forEach((p, ph) -> {
            if (judge.evaluate(p, ph).feasible()) {
              found.add(p, ph, level);
            }
            return true;
          });
          return found;
        },
        found -> {
          byte[] ph = new byte[n];
          for (int j = 0; j < found.size(); j++) {
            found.phases(j, ph);
            out.add(found.present(j), ph, level);
          }
        });
  }

  private static int phases(long present, byte[] phase) {
    int m = 0;
    for (long rest = present; rest != 0; rest &= rest - 1) {
      m = Math.max(m, phase[Long.numberOfTrailingZeros(rest)]);
    }
    return m;
  }

  /**
   * Every deal one edit away from a deal, canonical and within the phase limit, in a fixed order:
   * removals, then additions (each move to each existing phase, then to a new phase before phase 1,
   * between each two phases and after the last), then re-phasings (likewise); the same deal may come
   * more than once, and the deal itself may come back (re-phasing a move alone in its phase to a new
   * phase beside it). Package-private for tests.
   */
  static void neighbours(int moves, int phaseLimit, long allowed, long present, byte[] phase, DealSpace.Sink each) {
    new Editor(moves, Math.min(MAX_PHASES, phaseLimit), allowed).neighbours(present, Nearest.canonical(present, phase),
        each);
  }

  /** Makes the neighbours of deals, reusing its scratch arrays. */
  private static final class Editor {
    private final int n;
    private final int limit;
    private final long allowed;
    private final byte[] out;
    private final int[] renumber = new int[2 * MAX_PHASES + 3];

    Editor(int n, int limit, long allowed) {
      this.n = n;
      this.limit = limit;
      this.allowed = allowed;
      this.out = new byte[n];
    }

    /** Hands each neighbour to the sink (the array is reused); false when the sink stopped it. */
    boolean neighbours(long present, byte[] phase, DealSpace.Sink each) {
      int m = phases(present, phase);
      for (long rest = present; rest != 0; rest &= rest - 1) {
        int i = Long.numberOfTrailingZeros(rest);
        long p = present & ~(1L << i);
        if (p != 0 && !emit(p, phase, i, 0, each)) {
          return false;
        }
      }
      for (long rest = allowed & ~present; rest != 0; rest &= rest - 1) {
        int j = Long.numberOfTrailingZeros(rest);
        if (!place(present | (1L << j), phase, j, 0, m, each)) {
          return false;
        }
      }
      for (long rest = present; rest != 0; rest &= rest - 1) {
        int i = Long.numberOfTrailingZeros(rest);
        if (!place(present, phase, i, phase[i], m, each)) {
          return false;
        }
      }
      return true;
    }

    /** Move i to every existing phase but {@code from}, then to a new phase at every place. */
    private boolean place(long present, byte[] phase, int i, int from, int m, DealSpace.Sink each) {
      for (int p = 1; p <= m; p++) {
        if (p != from && !emit(present, phase, i, 2 * p, each)) {
          return false;
        }
      }
      for (int q = 0; q <= m; q++) {
        if (!emit(present, phase, i, 2 * q + 1, each)) {
          return false;
        }
      }
      return true;
    }

    /**
     * The deal with move i at doubled phase {@code to} (existing phase p is 2p, a new phase after
     * phase q is 2q + 1), renumbered; skipped when it uses more phases than the limit.
     */
    private boolean emit(long present, byte[] phase, int i, int to, DealSpace.Sink each) {
      int top = 2 * limit + 2;
      Arrays.fill(renumber, 0, top, 0);
      Arrays.fill(out, (byte) 0);
      for (long rest = present; rest != 0; rest &= rest - 1) {
        int k = Long.numberOfTrailingZeros(rest);
        renumber[k == i ? to : 2 * phase[k]] = 1;
      }
      int next = 0;
      for (int d = 0; d < top; d++) {
        if (renumber[d] != 0) {
          renumber[d] = ++next;
        }
      }
      if (next > limit) {
        return true;
      }
      for (long rest = present; rest != 0; rest &= rest - 1) {
        int k = Long.numberOfTrailingZeros(rest);
        out[k] = (byte) renumber[k == i ? to : 2 * phase[k]];
      }
      return each.accept(present, out);
    }
  }

  /** A deal as a key: its moves and their canonical phases, in move order. */
  private static final class Key {
    final long present;
    final byte[] phases;
    final int hash;

    Key(long present, byte[] phase) {
      this.present = present;
      this.phases = new byte[Long.bitCount(present)];
      int at = 0;
      for (long rest = present; rest != 0; rest &= rest - 1) {
        phases[at++] = phase[Long.numberOfTrailingZeros(rest)];
      }
      this.hash = 31 * Long.hashCode(present) + Arrays.hashCode(phases);
    }

    byte[] expand(int n) {
      byte[] phase = new byte[n];
      int at = 0;
      for (long rest = present; rest != 0; rest &= rest - 1) {
        phase[Long.numberOfTrailingZeros(rest)] = phases[at++];
      }
      return phase;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.present == present && Arrays.equals(k.phases, phases);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
