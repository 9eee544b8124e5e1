package org.gordian.analysis;

import java.util.List;
import org.gordian.model.PositionRef;

/**
 * Two moves of different parties (or three moves of at least two parties, every pair of which is
 * feasible somewhere) that appear together in deals of the space but never in a feasible one, with
 * the positions that tie them.
 *
 * @param moves the two or three moves, in case order
 * @param parties the party giving each move
 * @param kind {@link Kind#SEQUENCING} when every relative order of the moves is vetoed by a position
 *     that lets another order pass, and no one party vetoes every order; {@link Kind#INCOMPATIBLE}
 *     when each move is feasible in some deal but the two never are together, whatever the order
 * @param positions the positions responsible, sorted
 * @param orders for each relative order, the positions that veto it
 * @param feasibleApart whether each move appears in some feasible deal of the space
 * @param tiedAlone whether the knot's positions tie it on their own: with every other position
 *     switched off, every deal tried to tell the kind (each order, next to each companion) is still
 *     vetoed
 * @param whole whether it holds over every deal of the case, as far as that was examined
 */
public record Knot(List<String> moves, List<String> parties, Kind kind, List<PositionRef> positions,
    List<OrderVetoes> orders, boolean feasibleApart, boolean tiedAlone, Whole whole) {

  /** A knot found within its scope, not examined over every deal of the case. */
  public Knot(List<String> moves, List<String> parties, Kind kind, List<PositionRef> positions,
      List<OrderVetoes> orders, boolean feasibleApart, boolean tiedAlone) {
    this(moves, parties, kind, positions, orders, feasibleApart, tiedAlone, Whole.NOT_EXAMINED);
  }

  /** Whether a knot holds over every deal of the case, up to its phase limit, of any size. */
  public enum Whole {
    /** No feasible deal of the case holds its moves together: a fact of the case, not of the scope. */
    HOLDS,
    /** Not examined over every deal of the case (not asked for, not exact, or a set of three). */
    NOT_EXAMINED;

    /** As written in reports: {@code holds} or {@code not examined}. */
    public String label() {
      return this == HOLDS ? "holds" : "not examined";
    }
  }

  /** The same knot, examined over every deal of the case. */
  public Knot with(Whole examined) {
    return new Knot(moves, parties, kind, positions, orders, feasibleApart, tiedAlone, examined);
  }

  /** What ties the knot. */
  public enum Kind {
    /** Every order of the two moves is vetoed, the orders by different sides. */
    SEQUENCING,
    /** The moves cannot go together in any order. */
    INCOMPATIBLE;

    /** The kind as written in reports: {@code sequencing} or {@code incompatible}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The positions that veto one relative order of the two moves.
   *
   * @param order for a pair, {@code before} (the first move in an earlier phase), {@code same} (the
   *     same phase) or {@code after} (the first move in a later phase); for a triple, the id of the
   *     deal holding the three in that order, such as {@code a+b/c}
   * @param positions the positions vetoing that order, sorted
   */
  public record OrderVetoes(String order, List<PositionRef> positions) {
    /** The order in words, such as {@code partial-relief before dismantle-site}. */
    public String describe(List<String> moves) {
      return switch (order) {
        case "before" -> "`" + moves.get(0) + "` before `" + moves.get(1) + "`";
        case "same" -> "`" + moves.get(0) + "` with `" + moves.get(1) + "` in one phase";
        case "after" -> "`" + moves.get(0) + "` after `" + moves.get(1) + "`";
        default -> "`" + order + "`";
      };
    }
  }

  /** The positions as {@code party/position} strings. */
  public List<String> positionNames() {
    return positions.stream().map(PositionRef::toString).toList();
  }
}
