package org.gordian.model;

import java.util.Map;

/**
 * A fact about the world the rules can match, of a type declared in DRL and filled from the case.
 *
 * @param fields field name to value (strings, numbers, booleans), in the order written
 * @param fieldLocs where each field was written
 * @param evidence where the fact comes from, or null when the case gives no source
 * @param outcomes what else the fact may be, each with its probability (summing to 1); empty when the
 *     fact is certain. The plain run uses {@code fields}; uncertainty analysis replaces fields by each outcome's.
 */
public record ContextFact(String id, String type, Map<String, Object> fields, Map<String, Loc> fieldLocs, Loc loc,
    Evidence evidence, java.util.List<Outcome> outcomes) {
  public ContextFact {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    fieldLocs = Map.copyOf(fieldLocs);
    outcomes = java.util.List.copyOf(outcomes);
  }

  /** A certain fact: no other outcomes. */
  public ContextFact(String id, String type, Map<String, Object> fields, Map<String, Loc> fieldLocs, Loc loc,
      Evidence evidence) {
    this(id, type, fields, fieldLocs, loc, evidence, java.util.List.of());
  }

  /** Whether the case gives other outcomes for this fact. */
  public boolean uncertain() {
    return !outcomes.isEmpty();
  }

  /** The fact with an outcome's fields over its own, and no outcomes: what the rules see in that outcome. */
  public ContextFact in(Outcome o) {
    Map<String, Object> f = new java.util.LinkedHashMap<>(fields);
    f.putAll(o.fields());
    Map<String, Loc> l = new java.util.LinkedHashMap<>(fieldLocs);
    l.putAll(o.fieldLocs());
    return new ContextFact(id, type, f, l, o.loc(), evidence);
  }

  /**
   * One value a fact may take: the fields it changes and its probability.
   *
   * @param fields field name to value, over the fact's own fields
   * @param fieldLocs where each field was written
   * @param probability the chance of this outcome, in [0, 1]
   * @param loc where the outcome was written
   */
  public record Outcome(Map<String, Object> fields, Map<String, Loc> fieldLocs, double probability, Loc loc) {
    public Outcome {
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
      fieldLocs = Map.copyOf(fieldLocs);
    }

    /** The fields as {@code level=low, push=true}. */
    public String label() {
      return fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(java.util.stream.Collectors.joining(", "));
    }
  }
}
