package org.gordian.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Message;
import org.gordian.diag.Suggest;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.engine.Rulebook;
import org.gordian.load.RuleLoader;
import org.gordian.model.Bounds;
import org.gordian.model.CaseDef;
import org.gordian.model.ContextFact;
import org.gordian.model.DealDef;
import org.gordian.model.Located;
import org.gordian.model.PositionRef;
import org.gordian.model.Scenario;
import org.gordian.space.Deadline;

/**
 * A case as loaded: its definition, the rule folders it names and their compiled rules. Binds a
 * scenario and options into a {@link CaseRun}.
 *
 * @param ruleSources the rule folders the baseline rules were compiled from
 * @param rulebook the compiled baseline rules
 * @param loadOptions how the rules a scenario adds are loaded
 */
public record LoadedCase(CaseDef caseDef, List<Located<Path>> ruleSources, Rulebook rulebook,
    org.gordian.load.LoadOptions loadOptions) {
  /** Copies the list. */
  public LoadedCase {
    ruleSources = List.copyOf(ruleSources);
  }

  /** The scenario with this id, or null for null or {@code baseline}; an unknown id is an error naming the known ones. */
  public Scenario scenario(String id) {
    if (id == null || id.equals("baseline")) {
      return null;
    }
    List<String> ids = caseDef.scenarios().stream().map(Scenario::id).toList();
    return caseDef.scenario(id).orElseThrow(() -> new GordianException(Diagnostic.error(caseDef.file(), 0, 0,
        Message.UNKNOWN_SCENARIO.say(id, Suggest.didYouMean(id, ids),
            (ids.isEmpty() ? "none" : String.join(", ", ids))))));
  }

  /** The rules, context and switched-off positions of a scenario (null: the baseline) bound into an engine. */
  public Engine engine(Scenario scenario, EngineOptions options) {
    Rulebook rules = rulebook(scenario);
    List<ContextFact> context = caseDef.context();
    List<Located<PositionRef>> disable = List.of();
    if (scenario != null) {
      context = context(scenario);
      disable = disabled(scenario, rules);
    }
    return Engine.prepare(rules, caseDef, context, disable, options);
  }

  /**
   * The positions a scenario switches off: those it names, and every position of a faction it
   * switches off (each placed at the faction's entry in the scenario).
   */
  public static List<Located<PositionRef>> disabled(Scenario scenario, Rulebook rules) {
    if (scenario == null) {
      return List.of();
    }
    List<Located<PositionRef>> out = new ArrayList<>(scenario.disable());
    Map<PositionRef, String> factions = rules.factions();
    for (Scenario.FactionChange f : scenario.factions()) {
      if (f.off()) {
        factions.forEach((position, faction) -> {
          if (position.party().equals(f.party()) && faction.equals(f.faction())) {
            out.add(new Located<>(position, f.loc()));
          }
        });
      }
    }
    return List.copyOf(out);
  }

  /**
   * The compiled rules of a scenario (null: the baseline): the case's, or, when the scenario adds
   * rule files, the case's and those compiled together.
   *
   * @throws GordianException when the added rules do not compile or name parties the case lacks
   */
  public Rulebook rulebook(Scenario scenario) {
    if (scenario == null || scenario.rules().isEmpty()) {
      return rulebook;
    }
    List<Located<Path>> sources = new ArrayList<>(ruleSources);
    sources.addAll(scenario.rules());
    Rulebook rules = RuleLoader.load(sources, loadOptions);
    List<Diagnostic> strangers = org.gordian.load.CaseChecks.parties(caseDef, rules);
    if (!strangers.isEmpty()) {
      throw new GordianException(strangers);
    }
    return rules;
  }

  /**
   * The context facts under a scenario (null: the case's own). A fact the scenario adds or changes
   * without a source of its own comes from the scenario's hypothesis, and says so.
   */
  public List<ContextFact> context(Scenario scenario) {
    List<ContextFact> base = caseDef.context();
    if (scenario == null) {
      return base;
    }
    Map<String, ContextFact> facts = new LinkedHashMap<>();
    base.forEach(f -> facts.put(f.id(), f));
    scenario.context().forEach((id, change) -> {
      if (change == null) {
        facts.remove(id);
        return;
      }
      ContextFact old = facts.get(id);
      org.gordian.model.Evidence hypothesis = change.evidence() != null ? change.evidence()
          : new org.gordian.model.Evidence("scenario '" + scenario.id() + "'", scenario.description(), null);
      if (old == null || change.type() != null) {
        facts.put(id, new ContextFact(id, change.type(), change.fields(), change.fieldLocs(), change.loc(), hypothesis));
        return;
      }
      Map<String, Object> fields = new LinkedHashMap<>(old.fields());
      fields.putAll(change.fields());
      Map<String, org.gordian.model.Loc> locs = new LinkedHashMap<>(old.fieldLocs());
      locs.putAll(change.fieldLocs());
      // A scenario that sets a field the outcomes vary fixes the fact; otherwise the outcomes stand.
      boolean fixes = old.outcomes().stream().anyMatch(o -> o.fields().keySet().stream()
          .anyMatch(change.fields()::containsKey));
      facts.put(id, new ContextFact(id, old.type(), fields, locs, change.loc(), hypothesis,
          fixes ? List.of() : old.outcomes()));
    });
    return List.copyOf(facts.values());
  }

  /** The listed deals of a run: the case's, then the scenario's. */
  public List<DealDef> listedDeals(Scenario scenario) {
    List<DealDef> deals = new ArrayList<>(caseDef.deals());
    if (scenario != null) {
      deals.addAll(scenario.deals());
    }
    return List.copyOf(deals);
  }

  /** The bounds of a run: the scenario's (the case's when it has none of its own), with the walk's overrides. */
  public Bounds bounds(Scenario scenario, WalkOptions walk) {
    Bounds b = scenario != null && scenario.bounds() != null ? scenario.bounds() : caseDef.bounds();
    if (walk.maxMoves() > 0 || walk.phases() > 0) {
      b = b.with(walk.maxMoves() > 0 ? walk.maxMoves() : b.maxMoves(), walk.phases() > 0 ? walk.phases() : b.phases());
    }
    return walk.limit() > 0 ? b.withLimit(walk.limit()) : b;
  }

  /**
   * Binds a scenario (null or {@code baseline}: the case as written) and options into a run.
   *
   * @throws GordianException when the scenario is unknown or its rules do not compile
   */
  public CaseRun bind(String scenarioId, EngineOptions engine, WalkOptions walk, Deadline deadline) {
    return bind(scenario(scenarioId), engine, walk, deadline);
  }

  /**
   * Binds a scenario given as such (null: the case as written), one that the case file need not
   * hold, such as a variant of one of its scenarios with one more change, and options into a run.
   *
   * @throws GordianException when the scenario's rules do not compile or its context does not fit them
   */
  public CaseRun bind(Scenario s, EngineOptions engine, WalkOptions walk, Deadline deadline) {
    return new CaseRun(this, s, engine(s, engine), listedDeals(s), bounds(s, walk), walk, deadline);
  }
}
