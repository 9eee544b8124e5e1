package org.gordian.facts.internal;

import org.gordian.diag.Message;
import org.gordian.facts.Concern;
import org.gordian.facts.Consequence;
import org.gordian.facts.RuleRef;
import org.gordian.facts.Veto;

/**
 * The rule whose consequence is running on this thread, so that {@link Veto}, {@link Concern} and
 * {@link Consequence} can record where they came from. Set by the engine around each firing.
 */
public final class Firing {
  private static final ThreadLocal<RuleRef> CURRENT = new ThreadLocal<>();

  private Firing() {}

  /** Marks the start of a rule's consequence on this thread. */
  public static void enter(RuleRef rule) {
    CURRENT.set(rule);
  }

  /** Marks the end of a rule's consequence on this thread. */
  public static void exit() {
    CURRENT.set(null);
  }

  /** The rule now firing on this thread, or null. */
  public static RuleRef now() {
    return CURRENT.get();
  }

  /**
   * The rule now firing on this thread, for the result a rule is making.
   *
   * @param what the kind of result, for the message when no rule is firing
   * @throws IllegalStateException when no rule's consequence is running on this thread
   */
  public static RuleRef current(String what) {
    RuleRef rule = CURRENT.get();
    if (rule == null) {
      throw new IllegalStateException(
          Message.FACT_OUTSIDE_CONSEQUENCE.say(what));
    }
    return rule;
  }
}
