package org.gordian.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A named hypothesis compared against the baseline: positions switched off, context changed,
 * rule files added, deals added.
 *
 * @param context fact id to its new fields (merged over the baseline's), or to null to remove it
 * @param bounds the scenario's own deal-space bounds, or null for the case's
 * @param dating the day the scenario describes and its source, or null for a hypothesis of no date
 */
public record Scenario(
    String id,
    String description,
    List<Located<PositionRef>> disable,
    Map<String, ContextFact> context,
    List<Located<Path>> rules,
    List<DealDef> deals,
    Loc loc,
    Bounds bounds,
    Dating dating) {
  public Scenario {
    disable = List.copyOf(disable);
    context = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context));
    rules = List.copyOf(rules);
    deals = List.copyOf(deals);
  }

  /** An undated scenario. */
  public Scenario(String id, String description, List<Located<PositionRef>> disable, Map<String, ContextFact> context,
      List<Located<Path>> rules, List<DealDef> deals, Loc loc, Bounds bounds) {
    this(id, description, disable, context, rules, deals, loc, bounds, null);
  }
}
