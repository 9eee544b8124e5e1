package org.gordian.space.whole;

import java.util.Arrays;
import org.gordian.engine.Evaluator;
import org.gordian.engine.Verdict;

/**
 * The paths the rules took through the deals fired so far: each node is the next question the
 * rules asked, its children the answers given, its leaves the verdicts reached. Drools is
 * deterministic, so any deal that answers a path's questions as the path did takes that path and
 * gets its verdict, whatever it answers to questions the path never asks.
 */
final class PathTree {
  static final class Node {
    long question = -1;
    Node[] kids = new Node[0];
    Verdict leaf;
    boolean opaque;
  }

  final Node root = new Node();
  long leaves;
  /** Set when two deals that answered alike were asked different next questions. */
  boolean inconsistent;

  /** Adds the path one evaluation took. */
  void add(Evaluator.Asked asked) {
    Node n = root;
    for (int i = 0; i < asked.ops().length; i++) {
      long q = Shape.key(asked.ops()[i], asked.args()[i]);
      int a = asked.answers()[i];
      if (n.leaf != null || (n.question != -1 && n.question != q)) {
        inconsistent = true;
        return;
      }
      n.question = q;
      if (a >= n.kids.length) {
        n.kids = Arrays.copyOf(n.kids, a + 1);
      }
      if (n.kids[a] == null) {
        n.kids[a] = new Node();
      }
      n = n.kids[a];
    }
    if (n.question != -1 || (n.leaf != null && !n.leaf.equals(asked.verdict()))) {
      inconsistent = true;
      return;
    }
    if (n.leaf == null) {
      leaves++;
    }
    n.leaf = asked.verdict();
    n.opaque = asked.opaque();
  }
}
