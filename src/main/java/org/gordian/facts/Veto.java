package org.gordian.facts;

import java.util.Objects;
import org.gordian.facts.internal.Facts;
import org.gordian.facts.internal.Firing;

/**
 * A position rejecting the deal under evaluation, with the reason in plain words. A deal with no
 * veto is feasible.
 *
 * <p>Created in a rule's consequence, which supplies party and position from the rule's
 * {@code @party} and {@code @position} metadata:
 *
 * <pre>{@code
 * then
 *   insertLogical(new Veto("sanctions relief in phase " + $d.firstPhaseOfKind("sanctions-relief")
 *       + " comes before any verified dismantlement"));
 * }</pre>
 */
public final class Veto {
  private final RuleRef rule;
  private final String reason;

  /** A veto by the rule now firing. */
  public Veto(String reason) {
    this(Firing.current("Veto"), reason);
  }

  /** A veto with explicit provenance; tools make one through {@link Facts}. */
  Veto(RuleRef rule, String reason) {
    this.rule = Objects.requireNonNull(rule);
    this.reason = Objects.requireNonNull(reason, "a Veto needs a reason");
  }

  /** The party holding the vetoing position. */
  public String getParty() {
    return rule.party();
  }

  /** The vetoing position's id. */
  public String getPosition() {
    return rule.position();
  }

  /** Why the deal is rejected, in plain words. */
  public String getReason() {
    return reason;
  }

  /** The rule that raised the veto. */
  public RuleRef getRule() {
    return rule;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Veto v && v.rule.equals(rule) && v.reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return rule.hashCode() * 31 + reason.hashCode();
  }

  @Override
  public String toString() {
    return "Veto[" + rule.positionKey() + ": " + reason + "]";
  }
}
