package org.gordian.model;

import java.util.Map;

/**
 * A deal listed in the case file: its moves, each with the phase (1..k) it happens in.
 *
 * @param phases move id to phase, in the order written
 */
public record DealDef(String id, String title, String source, Map<String, Integer> phases, Loc loc) {
  public DealDef {
    phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
  }
}
