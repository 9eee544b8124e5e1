package org.gordian.engine;

import org.gordian.facts.MoveTable;

/**
 * Verdicts remembered by what the rules asked of a deal. Each path from the root is a sequence of
 * primitive questions (such as "phase of dismantle-yongbyon?") with the answers one deal gave; its
 * leaf is the verdict the engine reached. Drools is deterministic: another deal giving the same
 * answers to the same questions takes the same path through the engine and gets the same verdict,
 * so it is answered here without firing rules. A deal that leaves the known paths is evaluated by
 * the engine and its path added.
 *
 * <p>Not thread-safe: each evaluator has its own.
 */
final class Memo {
  private static final class Node {
    int op = -1;
    int arg;
    Node[] kids = new Node[2];
    Verdict leaf;
  }

  private final MoveTable table;
  private final int maxNodes;
  private final Node root = new Node();
  private int nodes = 1;
  long hits;
  long misses;
  long conflicts;

  Memo(MoveTable table, int maxNodes) {
    this.table = table;
    this.maxNodes = maxNodes;
  }

  /** The remembered verdict for this deal, or null when the rules must be fired. */
  Verdict find(long present, byte[] phase) {
    Node n = root;
    while (n.leaf == null) {
      if (n.op < 0) {
        misses++;
        return null;
      }
      int answer = table.answer(n.op, n.arg, present, phase);
      n = answer < n.kids.length ? n.kids[answer] : null;
      if (n == null) {
        misses++;
        return null;
      }
    }
    hits++;
    return n.leaf;
  }

  /** Remembers the verdict reached after the given questions and answers. */
  void add(Trace trace, Verdict verdict) {
    if (trace.opaque || nodes >= maxNodes) {
      return;
    }
    Node n = root;
    for (int i = 0; i < trace.size; i++) {
      if (n.leaf != null) {
        conflicts++;
        return;
      }
      int op = trace.ops[i];
      int arg = trace.args[i];
      int answer = trace.answers[i];
      if (n.op < 0) {
        n.op = op;
        n.arg = arg;
      } else if (n.op != op || n.arg != arg) {
        conflicts++;
        return;
      }
      if (answer >= n.kids.length) {
        n.kids = java.util.Arrays.copyOf(n.kids, Math.max(answer + 1, n.kids.length * 2));
      }
      Node next = n.kids[answer];
      if (next == null) {
        next = new Node();
        n.kids[answer] = next;
        nodes++;
      }
      n = next;
    }
    if (n.op >= 0 || (n.leaf != null && !n.leaf.equals(verdict))) {
      conflicts++;
      return;
    }
    n.leaf = verdict;
  }

  int nodes() {
    return nodes;
  }
}
