package org.gordian.model;

import java.util.List;

/** An actor in a negotiation, with its factions (hardliners, hawks …) if any. */
public record Party(String id, String name, List<Faction> factions, Loc loc) {
  public Party {
    factions = List.copyOf(factions);
  }

  /** A group inside a party whose views a position may stand for. */
  public record Faction(String id, String name) {}
}
