package org.gordian.facts;

import java.util.Objects;
import org.gordian.facts.internal.Facts;
import org.gordian.facts.internal.Firing;

/**
 * A fact a rule derives about the world if the deal were made, such as a risk of renewed testing.
 * Other rules may match it ({@code Consequence(id == "test-resumption-risk")}).
 */
public final class Consequence {
  private final RuleRef rule;
  private final String id;
  private final String description;

  /** A consequence derived by the rule now firing. */
  public Consequence(String id, String description) {
    this(Firing.current("Consequence"), id, description);
  }

  /** A consequence with explicit provenance; tools make one through {@link Facts}. */
  Consequence(RuleRef rule, String id, String description) {
    this.rule = Objects.requireNonNull(rule);
    this.id = Objects.requireNonNull(id, "a Consequence needs an id");
    this.description = Objects.requireNonNull(description, "a Consequence needs a description");
  }

  /** A short stable id, such as {@code test-resumption-risk}. */
  public String getId() {
    return id;
  }

  /** The consequence in plain words. */
  public String getDescription() {
    return description;
  }

  /** The rule that derived it. */
  public RuleRef getRule() {
    return rule;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Consequence c && c.rule.equals(rule) && c.id.equals(id) && c.description.equals(description);
  }

  @Override
  public int hashCode() {
    return (rule.hashCode() * 31 + id.hashCode()) * 31 + description.hashCode();
  }

  @Override
  public String toString() {
    return "Consequence[" + id + ": " + description + "]";
  }
}
