package org.gordian.model;

import java.util.List;
import java.util.Map;

/**
 * Which deals the deal space holds: the moves that may appear, how many, in how many phases.
 *
 * @param moves the moves that may appear, in case order (all when the case names none)
 * @param maxMoves the most moves one deal may hold
 * @param phases the most phases one deal may use
 * @param parties per-party least and most moves
 * @param require moves every generated deal holds
 * @param limit the largest space a run evaluates without being told to go further
 * @param alternatives groups of moves that exclude each other: no deal of the space holds two moves
 *     of one group (an enrichment cap of 0, 3.67 or 20 %)
 */
public record Bounds(
    List<String> moves,
    int maxMoves,
    int phases,
    Map<String, PartyLimit> parties,
    List<String> require,
    long limit,
    Loc loc,
    List<List<String>> alternatives) {

  /** The default refusal threshold: larger spaces need an explicit {@code --limit}. */
  public static final long DEFAULT_LIMIT = 2_000_000L;

  public Bounds {
    moves = List.copyOf(moves);
    parties = Map.copyOf(parties);
    require = List.copyOf(require);
    alternatives = alternatives.stream().map(List::copyOf).toList();
  }

  /** Bounds without alternatives. */
  public Bounds(List<String> moves, int maxMoves, int phases, Map<String, PartyLimit> parties, List<String> require,
      long limit, Loc loc) {
    this(moves, maxMoves, phases, parties, require, limit, loc, List.of());
  }

  /** Least and most moves a party gives in one deal. */
  public record PartyLimit(int min, int max) {}

  /** The same bounds with another move cap and phase count (for benchmarks and flags). */
  public Bounds with(int newMaxMoves, int newPhases) {
    return new Bounds(moves, newMaxMoves, newPhases, parties, require, limit, loc, alternatives);
  }

  /** The same bounds with these groups of moves that exclude each other. */
  public Bounds withAlternatives(List<List<String>> groups) {
    return new Bounds(moves, maxMoves, phases, parties, require, limit, loc, groups);
  }

  /** The same bounds requiring these moves in every deal. */
  public Bounds withRequire(List<String> newRequire) {
    return new Bounds(moves, maxMoves, phases, parties, newRequire, limit, loc, alternatives);
  }

  /** The same bounds with another refusal threshold. */
  public Bounds withLimit(long newLimit) {
    return new Bounds(moves, maxMoves, phases, parties, require, newLimit, loc, alternatives);
  }
}
