package org.gordian.model;

import java.util.List;

/**
 * An actor in a negotiation, with its factions (hardliners, hawks …) if any.
 *
 * @param noDeal the party's score when there is no deal (the status quo): a deal is acceptable to
 *     the party only when it scores above it
 * @param bargainer whether the party bargains over the deal (its gains count in the Nash product
 *     and the Pareto front); an outside party (a mediator, a council that ratifies) does not
 */
public record Party(String id, String name, List<Faction> factions, Loc loc, double noDeal, boolean bargainer) {
  public Party {
    factions = List.copyOf(factions);
  }

  /** A bargaining party whose no-deal score is 0. */
  public Party(String id, String name, List<Faction> factions, Loc loc) {
    this(id, name, factions, loc, 0, true);
  }

  /** A group inside a party whose views a position may stand for. */
  public record Faction(String id, String name) {}
}
