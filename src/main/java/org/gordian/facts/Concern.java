package org.gordian.facts;

import java.util.Objects;
import org.gordian.facts.internal.Facts;
import org.gordian.facts.internal.Firing;

/**
 * A soft objection (negative weight) or support (positive weight) of the rule's party for the deal
 * under evaluation. Concerns rank feasible deals; they never block one.
 */
public final class Concern {
  private final RuleRef rule;
  private final double weight;
  private final String reason;

  /** A concern of the rule now firing. */
  public Concern(double weight, String reason) {
    this(Firing.current("Concern"), weight, reason);
  }

  /** A concern with explicit provenance; tools make one through {@link Facts}. */
  Concern(RuleRef rule, double weight, String reason) {
    this.rule = Objects.requireNonNull(rule);
    this.weight = weight;
    this.reason = Objects.requireNonNull(reason, "a Concern needs a reason");
  }

  /** The party whose concern this is. */
  public String getParty() {
    return rule.party();
  }

  /** The position the concern belongs to. */
  public String getPosition() {
    return rule.position();
  }

  /** Positive for support, negative for objection. */
  public double getWeight() {
    return weight;
  }

  /** The concern in plain words. */
  public String getReason() {
    return reason;
  }

  /** The rule that raised the concern. */
  public RuleRef getRule() {
    return rule;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Concern c
        && c.rule.equals(rule)
        && Double.compare(c.weight, weight) == 0
        && c.reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return (rule.hashCode() * 31 + Double.hashCode(weight)) * 31 + reason.hashCode();
  }

  @Override
  public String toString() {
    return "Concern[" + rule.positionKey() + " " + weight + ": " + reason + "]";
  }
}
