package org.gordian.engine;

import org.gordian.facts.internal.DealObserver;
import java.util.Arrays;
import java.util.Set;
import org.gordian.facts.Deal;

/** The questions rules asked of one deal and its answers, in order, each distinct question once. */
final class Trace implements DealObserver {
  int[] ops = new int[32];
  int[] args = new int[32];
  int[] answers = new int[32];
  int size;
  boolean opaque;
  /** Moves whose presence was settled for the memo without a question of its own (a group's memo mask). */
  long presence;
  /** The rule firings the answers led to. */
  int firings;
  private final Set<String> unknownNames;
  /** Set, for the whole engine, when any rule reads something no primitive query covers. */
  private final java.util.concurrent.atomic.AtomicBoolean opaqueRead;

  Trace(Set<String> unknownNames, java.util.concurrent.atomic.AtomicBoolean opaqueRead) {
    this.unknownNames = unknownNames;
    this.opaqueRead = opaqueRead;
  }

  void reset() {
    size = 0;
    opaque = false;
    presence = 0;
    firings = 0;
  }

  /** Adds another trace's questions (each distinct one once), settled moves and firings. */
  void addAll(Trace other) {
    for (int i = 0; i < other.size; i++) {
      seen(other.ops[i], other.args[i], other.answers[i]);
    }
    opaque |= other.opaque;
    presence |= other.presence;
    firings += other.firings;
  }

  @Override
  public void seen(int op, int arg, int answer) {
    for (int i = 0; i < size; i++) {
      if (ops[i] == op && args[i] == arg) {
        return;
      }
    }
    if (size == ops.length) {
      ops = Arrays.copyOf(ops, size * 2);
      args = Arrays.copyOf(args, size * 2);
      answers = Arrays.copyOf(answers, size * 2);
    }
    ops[size] = op;
    args[size] = arg;
    answers[size] = answer;
    size++;
  }

  @Override
  public void opaque(String what) {
    opaque = true;
    opaqueRead.set(true);
  }

  @Override
  public void unknown(String what, String name) {
    unknownNames.add(what + ":" + name);
  }
}
