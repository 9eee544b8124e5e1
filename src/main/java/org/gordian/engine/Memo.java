package org.gordian.engine;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.gordian.facts.internal.MoveTable;

/**
 * Verdicts remembered by what the rules asked of a deal, shared by all evaluators of a run.
 *
 * <p>Drools is deterministic: a deal that gives the same answers to the questions the rules asked
 * of an earlier deal takes the same path through the engine and gets the same verdict. The
 * questions come in two sorts. <em>Presence</em> questions (does the deal hold move X, any move of
 * kind K) depend only on whether some moves are present; the union of the moves they look at is
 * the memo's mask, and a deal's presence under that mask picks a bucket. Within a bucket, the other
 * questions (the phase of X, the first phase of kind K, how many moves party P gives) form a small
 * tree whose paths are the questions asked in order with the answers given, ending at a verdict. A
 * count is a question of the tree rather than of the mask, since it tells apart only deals whose
 * counts differ where the mask would tell apart every set of the moves it counts; but when the mask
 * holds all the moves it counts anyway, the bucket settles it and the tree leaves it out. A deal that
 * leaves the known paths is evaluated by the engine and its path added. When a deal's rules look at
 * a move outside the mask, the mask grows and a new, empty set of buckets starts; readers still
 * holding the old set stay correct, since each set only holds paths recorded under its own mask.
 *
 * <p>Memory is bounded: equal verdicts are stored once, and when the memo holds its maximum of
 * questions it starts afresh (deals come in enumeration order, so the paths that matter next are
 * relearnt quickly).
 *
 * <p>Thread-safe: lookups take no lock; additions are serialised.
 */
final class Memo {
  private static final class Node {
    volatile int op = -1;
    int arg;
    volatile Node[] kids = new Node[0];
    volatile Verdict leaf;
    /** The rule firings the leaf's verdict took. */
    int firings;
  }

  /**
   * The buckets of one mask, each found by the deal's presence under the mask with its bits packed
   * together, so that keys are small numbers that spread well in the map.
   */
  private static final class Level {
    final long mask;
    private final ConcurrentHashMap<Long, Node> buckets = new ConcurrentHashMap<>();

    Level(long mask) {
      this.mask = mask;
    }

    /** The bits of {@code present} under the mask, packed into the lowest bits. */
    private long pack(long present) {
      long packed = 0;
      int bit = 0;
      for (long m = mask; m != 0; m &= m - 1, bit++) {
        if ((present & m & -m) != 0) {
          packed |= 1L << bit;
        }
      }
      return packed;
    }

    Node get(long present) {
      return buckets.get(pack(present));
    }

    /** Adds a bucket; only under the memo's lock. */
    void put(long present, Node n) {
      buckets.put(pack(present), n);
    }

    int size() {
      return buckets.size();
    }
  }

  /**
   * Where one reader's last lookup found its bucket. Deals come in runs with the same moves (all
   * their phase orders, one after the other), so most lookups land where the last one did.
   */
  static final class Cursor {
    private Level level;
    private long key;
    private Node node;
  }

  private final MoveTable table;
  private final long allMoves;
  private final int maxNodes;
  private volatile Level level = new Level(0L);
  private int nodes;
  private final ConcurrentHashMap<Verdict, Verdict> verdicts = new ConcurrentHashMap<>();
  long conflicts;
  long resets;
  long clears;

  Memo(MoveTable table, int maxNodes) {
    this.table = table;
    this.allMoves = table.size() == 64 ? -1L : (1L << table.size()) - 1;
    this.maxNodes = maxNodes;
  }

  private static boolean presence(int op) {
    return op == MoveTable.HAS || op == MoveTable.ANY;
  }

  /**
   * Whether the bucket of a set with this mask settles the question's answer: a presence question
   * always (its moves are in the mask), a count when the mask holds every move it counts.
   */
  private boolean settled(int op, int arg, long mask) {
    return switch (op) {
      case MoveTable.HAS, MoveTable.ANY -> true;
      case MoveTable.COUNT -> (table.mask(arg) & ~mask) == 0;
      case MoveTable.SIZE -> (allMoves & ~mask) == 0;
      default -> false;
    };
  }

  private long maskOf(int op, int arg) {
    return op == MoveTable.HAS ? (arg < 0 ? 0L : 1L << arg) : table.mask(arg);
  }

  /**
   * The remembered verdict for this deal, or null when the rules must be fired.
   *
   * @param path when not null, gets the questions asked on the way with their answers, the moves
   *     whose presence picked the bucket and, on a hit, the firings the verdict took; on a miss it
   *     may hold some of the questions
   * @param cursor the caller's own, kept from one lookup to the next
   */
  Verdict find(long present, byte[] phase, Trace path, Cursor cursor) {
    Level l = level;
    long key = present & l.mask;
    Node n;
    if (cursor.level == l && cursor.key == key && cursor.node != null) {
      n = cursor.node;
    } else {
      n = l.get(present);
      cursor.level = l;
      cursor.key = key;
      cursor.node = n;
    }
    while (n != null) {
      Verdict v = n.leaf;
      if (v != null) {
        if (path != null) {
          path.presence |= l.mask;
          path.firings += n.firings;
        }
        return v;
      }
      int op = n.op;
      if (op < 0) {
        return null;
      }
      int answer = table.answer(op, n.arg, present, phase);
      if (path != null) {
        path.seen(op, n.arg, answer);
      }
      Node[] kids = n.kids;
      n = answer < kids.length ? kids[answer] : null;
    }
    return null;
  }

  /** Remembers a verdict {@link #keep} returned, reached after the questions and answers of a trace. */
  void addKept(long present, Trace trace, Verdict kept) {
    if (!trace.opaque) {
      record(present, trace, kept);
    }
  }

  /**
   * The one instance kept of verdicts equal to this one (it, when it is the first). Finding it
   * hashes the verdict's lists, and needs no lock.
   */
  Verdict keep(Verdict verdict) {
    Verdict kept = verdicts.putIfAbsent(verdict, verdict);
    return kept == null ? verdict : kept;
  }

  private synchronized void record(long present, Trace trace, Verdict verdict) {
    if (nodes >= maxNodes) {
      level = new Level(level.mask);
      nodes = 0;
      verdicts.clear();
      clears++;
    }
    long needed = trace.presence;
    for (int i = 0; i < trace.size; i++) {
      if (presence(trace.ops[i])) {
        needed |= maskOf(trace.ops[i], trace.args[i]);
      }
    }
    Level l = level;
    if ((needed & ~l.mask) != 0) {
      l = new Level(l.mask | needed);
      level = l;
      resets++;
    }
    Node n = l.get(present);
    if (n == null) {
      n = new Node();
      nodes++;
      l.put(present, n);
    }
    for (int i = 0; i < trace.size; i++) {
      int op = trace.ops[i];
      if (settled(op, trace.args[i], l.mask)) {
        continue;
      }
      if (n.leaf != null) {
        conflicts++;
        return;
      }
      int arg = trace.args[i];
      int answer = trace.answers[i];
      if (n.op < 0) {
        n.arg = arg;
        n.op = op;
      } else if (n.op != op || n.arg != arg) {
        conflicts++;
        return;
      }
      Node[] kids = n.kids;
      Node next = answer < kids.length ? kids[answer] : null;
      if (next == null) {
        next = new Node();
        nodes++;
        Node[] grown = Arrays.copyOf(kids, Math.max(kids.length, answer + 1));
        grown[answer] = next;
        n.kids = grown;
      }
      n = next;
    }
    if (n.op >= 0 || (n.leaf != null && !n.leaf.equals(verdict))) {
      conflicts++;
      return;
    }
    n.firings = trace.firings;
    n.leaf = verdict;
  }

  synchronized String stats() {
    return nodes + " memo nodes, " + level.size()
        + " buckets, mask of " + Long.bitCount(level.mask) + " moves, " + resets + " mask growths, " + clears + " clears, " + verdicts.size() + " distinct verdicts, " + conflicts
        + " conflicts";
  }
}
