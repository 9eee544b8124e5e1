package org.gordian.space.whole;

import java.util.Arrays;
import org.gordian.engine.Evaluator;

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
    Evaluator.Asked leaf;
    /** The sweep whose shape {@link #index} numbers the question in. */
    int indexedFor = -1;
    int index;
  }

  final Node root = new Node();
  long leaves;
  /**
   * Set when two deals that answered alike were asked different next questions. It happens while
   * Drools still interprets a constraint it compiles later (the interpreter may ask more); the
   * later path is then not added, and the deal's own evaluation stands for its state alone.
   */
  boolean inconsistent;

  /** Adds the path one evaluation took, unless it disagrees with a path already added. */
  void add(Evaluator.Asked asked) {
    inconsistent = false;
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
    if (n.question != -1 || (n.leaf != null && !n.leaf.verdict().equals(asked.verdict()))) {
      inconsistent = true;
      return;
    }
    if (n.leaf == null) {
      leaves++;
    }
    n.leaf = asked;
  }
}
