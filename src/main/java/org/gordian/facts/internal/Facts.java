package org.gordian.facts.internal;

import java.util.function.Supplier;
import org.gordian.facts.Concern;
import org.gordian.facts.Consequence;
import org.gordian.facts.Deal;
import org.gordian.facts.RuleRef;
import org.gordian.facts.Veto;

/**
 * Makes the facts of {@code org.gordian.facts} whose constructors rules must not reach: deals (a
 * deal is the engine's view of one candidate) and results with a given provenance (for tools and
 * tests; in a rule, a result takes its provenance from the rule firing).
 *
 * <p>The facts package lends its makers here once, when {@link Deal} is first loaded. A rule that
 * calls this class anyway gains nothing: the engine checks that every result inserted by a rule
 * names that rule, and stops the run when one does not.
 */
public final class Facts {
  /** The constructors the facts package lends. */
  public interface Maker {
    /** A deal over the table; see {@link Facts#deal}. */
    Deal deal(MoveTable table, long present, byte[] phase, Supplier<String> id, Supplier<String> title,
        DealObserver observer);

    /** A veto of the given rule. */
    Veto veto(RuleRef rule, String reason);

    /** A concern of the given rule. */
    Concern concern(RuleRef rule, double weight, String reason);

    /** A consequence derived by the given rule. */
    Consequence consequence(RuleRef rule, String id, String description);
  }

  private static Maker maker;

  private Facts() {}

  /**
   * Takes the facts package's makers; only the first call counts.
   *
   * @throws IllegalStateException on any later call
   */
  public static synchronized void lend(Maker m) {
    if (maker != null) {
      throw new IllegalStateException("the facts' makers are lent once"); // internal
    }
    maker = m;
  }

  private static synchronized Maker maker() {
    if (maker == null) {
      try {
        Class.forName(Deal.class.getName(), true, Deal.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return maker;
  }

  /**
   * A deal over the given table.
   *
   * @param present bit i set when move i is in the deal
   * @param phase phase of each move by index, 0 when absent
   * @param id the deal's id, computed only if a rule reads it
   * @param title the deal's title, computed only if a rule reads it
   * @param observer sees every question the rules ask of the deal
   */
  public static Deal deal(MoveTable table, long present, byte[] phase, Supplier<String> id, Supplier<String> title,
      DealObserver observer) {
    return maker().deal(table, present, phase, id, title, observer);
  }

  /** A veto with explicit provenance. */
  public static Veto veto(RuleRef rule, String reason) {
    return maker().veto(rule, reason);
  }

  /** A concern with explicit provenance. */
  public static Concern concern(RuleRef rule, double weight, String reason) {
    return maker().concern(rule, weight, reason);
  }

  /** A consequence with explicit provenance. */
  public static Consequence consequence(RuleRef rule, String id, String description) {
    return maker().consequence(rule, id, description);
  }
}
