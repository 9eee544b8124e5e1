package org.gordian.engine;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.gordian.facts.MoveTable;

/**
 * Verdicts remembered by what the rules asked of a deal, shared by all evaluators of a run.
 *
 * <p>Drools is deterministic: a deal that gives the same answers to the questions the rules asked
 * of an earlier deal takes the same path through the engine and gets the same verdict. The
 * questions come in two sorts. <em>Presence</em> questions (does the deal hold move X, any move of
 * kind K, how many moves of party P) depend only on which moves are present; the union of the moves
 * they look at is the memo's mask, and a deal's presence under that mask picks a bucket. Within a
 * bucket, <em>phase</em> questions (the phase of X, the first phase of kind K) form a small tree whose
 * paths are the questions asked in order with the answers given, ending at a verdict. A deal that
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
  }

  private static final class Level {
    final long mask;
    final ConcurrentHashMap<Long, Node> buckets = new ConcurrentHashMap<>();

    Level(long mask) {
      this.mask = mask;
    }
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
    return op == MoveTable.HAS || op == MoveTable.ANY || op == MoveTable.COUNT || op == MoveTable.SIZE;
  }

  private long maskOf(int op, int arg) {
    return switch (op) {
      case MoveTable.HAS -> arg < 0 ? 0L : 1L << arg;
      case MoveTable.SIZE -> allMoves;
      default -> table.mask(arg);
    };
  }

  /** The remembered verdict for this deal, or null when the rules must be fired. */
  Verdict find(long present, byte[] phase) {
    Level l = level;
    Node n = l.buckets.get(present & l.mask);
    while (n != null) {
      Verdict v = n.leaf;
      if (v != null) {
        return v;
      }
      int op = n.op;
      if (op < 0) {
        return null;
      }
      int answer = table.answer(op, n.arg, present, phase);
      Node[] kids = n.kids;
      n = answer < kids.length ? kids[answer] : null;
    }
    return null;
  }

  /** Remembers the verdict reached after the questions and answers of a trace. */
  void add(long present, Trace trace, Verdict verdict) {
    if (trace.opaque) {
      return;
    }
    // Equal verdicts are kept once; finding the kept one (hashing its lists) needs no lock.
    Verdict kept = verdicts.putIfAbsent(verdict, verdict);
    record(present, trace, kept == null ? verdict : kept);
  }

  private synchronized void record(long present, Trace trace, Verdict verdict) {
    if (nodes >= maxNodes) {
      level = new Level(level.mask);
      nodes = 0;
      verdicts.clear();
      clears++;
    }
    long needed = 0;
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
    Node n = l.buckets.get(present & l.mask);
    if (n == null) {
      n = new Node();
      nodes++;
      l.buckets.put(present & l.mask, n);
    }
    for (int i = 0; i < trace.size; i++) {
      int op = trace.ops[i];
      if (presence(op)) {
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
    n.leaf = verdict;
  }

  synchronized String stats() {
    return nodes + " memo nodes, " + level.buckets.size()
        + " buckets, mask of " + Long.bitCount(level.mask) + " moves, " + resets + " mask growths, " + clears + " clears, " + verdicts.size() + " distinct verdicts, " + conflicts
        + " conflicts";
  }
}
