package org.gordian.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import org.gordian.facts.RuleRef;
import org.gordian.diag.Message;

/**
 * What each evaluating thread is doing now: the deal it evaluates and the rule firing on it, so that
 * a run stopped from outside (its time limit passed) can say which rule on which deal held it up.
 * Written by the evaluating thread, read by any.
 */
public final class Activity {
  private static final Map<Thread, Activity> ALL = Collections.synchronizedMap(new WeakHashMap<>());

  final Thread thread;
  private volatile Supplier<String> deal;
  private volatile RuleRef rule;

  private Activity(Thread thread) {
    this.thread = thread;
  }

  /** The activity of the calling thread. */
  static Activity ofThisThread() {
    Thread t = Thread.currentThread();
    synchronized (ALL) {
      return ALL.computeIfAbsent(t, Activity::new);
    }
  }

  void enter(Supplier<String> dealId) {
    rule = null;
    deal = dealId;
  }

  void firing(RuleRef ref) {
    rule = ref;
  }

  void exit() {
    deal = null;
    rule = null;
  }

  /**
   * A thread evaluating a deal now.
   *
   * @param what a phrase such as {@code rule 'R' (rules/a.drl:12) on deal 'x'}
   */
  public record Busy(Thread thread, String what) {}

  /** The threads evaluating a deal now, in order of what they do; empty when none is. */
  public static List<Busy> busy() {
    List<Activity> now;
    synchronized (ALL) {
      now = new ArrayList<>(ALL.values());
    }
    List<Busy> out = new ArrayList<>();
    for (Activity a : now) {
      Supplier<String> d = a.deal;
      RuleRef r = a.rule;
      if (d == null || !a.thread.isAlive()) {
        continue;
      }
      String deal;
      try {
        deal = d.get();
      } catch (RuntimeException e) {
        deal = "?";
      }
      out.add(new Busy(a.thread, (r == null ? Message.BUSY_CONDITIONS.say(deal)
          : Message.BUSY_RULE.say(r.rule(), r.where(), deal))));
    }
    out.sort(java.util.Comparator.comparing(Busy::what));
    return out;
  }
}
