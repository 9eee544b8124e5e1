package org.gordian.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A named hypothesis compared against the baseline: positions switched off, context changed,
 * rule files added, deals added; or a dated scenario, the case set in another day's context.
 *
 * @param context fact id to its new fields (merged over the baseline's), or to null to remove it
 * @param bounds the scenario's own deal-space bounds, or null for the case's
 * @param factions how the scenario changes factions' say, in the order written
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
    List<FactionChange> factions,
    Dating dating) {
  public Scenario {
    disable = List.copyOf(disable);
    context = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context));
    rules = List.copyOf(rules);
    deals = List.copyOf(deals);
    factions = List.copyOf(factions);
  }

  /** An undated scenario that leaves factions alone. */
  public Scenario(String id, String description, List<Located<PositionRef>> disable, Map<String, ContextFact> context,
      List<Located<Path>> rules, List<DealDef> deals, Loc loc, Bounds bounds) {
    this(id, description, disable, context, rules, deals, loc, bounds, List.of(), null);
  }

  /** An undated scenario. */
  public Scenario(String id, String description, List<Located<PositionRef>> disable, Map<String, ContextFact> context,
      List<Located<Path>> rules, List<DealDef> deals, Loc loc, Bounds bounds, List<FactionChange> factions) {
    this(id, description, disable, context, rules, deals, loc, bounds, factions, null);
  }

  /** The same scenario with other positions switched off and other context. */
  public Scenario with(List<Located<PositionRef>> newDisable, Map<String, ContextFact> newContext) {
    return new Scenario(id, description, newDisable, newContext, rules, deals, loc, bounds, factions, dating);
  }

  /**
   * A change of one faction's say: every position whose rules name the faction switched off, or held
   * with a probability.
   *
   * @param held the probability each of the faction's positions is held, or null: switched off
   */
  public record FactionChange(String party, String faction, Double held, Loc loc) {
    /** Whether the faction's positions are switched off. */
    public boolean off() {
      return held == null;
    }

    /** {@code party/faction}. */
    public String name() {
      return party + "/" + faction;
    }
  }
}
