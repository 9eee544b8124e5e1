package org.gordian.model;

import java.util.List;

/**
 * An actor in a negotiation, with its factions (hardliners, hawks …) if any.
 *
 * @param noDeal the party's score when there is no deal (the status quo): a deal is acceptable to
 *     the party only when it scores above it
 * @param bargainer whether the party bargains over the deal (its gains count in the Nash product
 *     and the Pareto front); an outside party (a mediator, a council that ratifies) does not
 * @param positions the positions the case holds with less than certainty, in the order written
 */
public record Party(String id, String name, List<Faction> factions, Loc loc, double noDeal, boolean bargainer,
    List<Held> positions) {
  public Party {
    factions = List.copyOf(factions);
    positions = List.copyOf(positions);
  }

  /** A party whose positions are all held for certain. */
  public Party(String id, String name, List<Faction> factions, Loc loc, double noDeal, boolean bargainer) {
    this(id, name, factions, loc, noDeal, bargainer, List.of());
  }

  /** A bargaining party whose no-deal score is 0. */
  public Party(String id, String name, List<Faction> factions, Loc loc) {
    this(id, name, factions, loc, 0, true);
  }

  /** The faction with this id, if the party has one. */
  public java.util.Optional<Faction> faction(String factionId) {
    return factions.stream().filter(f -> f.id().equals(factionId)).findFirst();
  }

  /**
   * A position the party holds with a probability (default 1): a position not held is switched off.
   *
   * @param position the position's name, as in the rules' {@code @position}
   * @param held the probability that the party holds it, in [0, 1]
   * @param evidence where the probability comes from, or null
   * @param loc where it was written
   */
  public record Held(String position, double held, Evidence evidence, Loc loc) {}

  /** A group inside a party whose views a position may stand for, and where the case declares it. */
  public record Faction(String id, String name, Loc loc) {}
}
