package org.gordian.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One negotiation as written in its case file: parties, moves, context facts, listed deals,
 * deal-space bounds, scenarios, and the rule folders it uses.
 *
 * @param date the case's moment (the day of the summit, say), or null when the case gives none;
 *     dated scenarios are said to lie before or after it
 */
public record CaseDef(
    Path file,
    String id,
    String title,
    String source,
    List<Located<Path>> rules,
    List<Party> parties,
    List<MoveDef> moves,
    List<ContextFact> context,
    List<DealDef> deals,
    Bounds bounds,
    List<Scenario> scenarios,
    LocalDate date) {
  public CaseDef {
    rules = List.copyOf(rules);
    parties = List.copyOf(parties);
    moves = List.copyOf(moves);
    context = List.copyOf(context);
    deals = List.copyOf(deals);
    scenarios = List.copyOf(scenarios);
  }

  /** The same case without a moment of its own. */
  public CaseDef(Path file, String id, String title, String source, List<Located<Path>> rules, List<Party> parties,
      List<MoveDef> moves, List<ContextFact> context, List<DealDef> deals, Bounds bounds, List<Scenario> scenarios) {
    this(file, id, title, source, rules, parties, moves, context, deals, bounds, scenarios, null);
  }

  /** The scenario with this id, if the case defines one. */
  public Optional<Scenario> scenario(String scenarioId) {
    return scenarios.stream().filter(s -> s.id().equals(scenarioId)).findFirst();
  }

  /** The move with this id, if the case defines one. */
  public Optional<MoveDef> move(String moveId) {
    return moves.stream().filter(m -> m.id().equals(moveId)).findFirst();
  }
}
