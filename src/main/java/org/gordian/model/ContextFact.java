package org.gordian.model;

import java.util.Map;

/**
 * A fact about the world the rules can match, of a type declared in DRL and filled from the case.
 *
 * @param fields field name to value (strings, numbers, booleans), in the order written
 * @param fieldLocs where each field was written
 * @param evidence where the fact comes from, or null when the case gives no source
 */
public record ContextFact(String id, String type, Map<String, Object> fields, Map<String, Loc> fieldLocs, Loc loc,
    Evidence evidence) {
  public ContextFact {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    fieldLocs = Map.copyOf(fieldLocs);
  }
}
