package org.gordian.facts;

import org.gordian.facts.internal.DealObserver;
import org.gordian.facts.internal.Facts;
import org.gordian.facts.internal.MoveTable;

/**
 * The deal under evaluation, as rules see it: which moves it holds, in which phase, and counts by
 * party, kind and tag. One {@code Deal} is in working memory at a time, beside the case's
 * {@link Move}s and context facts.
 *
 * <p>Rules read a deal only through these methods. Phases are numbered from 1; a method asking for
 * the phase of something the deal does not hold answers 0.
 *
 * <pre>{@code
 * $d : Deal( has("close-the-plant"), !hasKind("verification") )
 * $d : Deal( before("partial-relief", "close-the-plant") )
 * $d : Deal( countBy("A") == 0 || countBy("B") == 0 )
 * $d : Deal( firstPhaseOfKind("relief") <= lastPhaseOfKindBy("dismantlement", "B") )
 * }</pre>
 */
public final class Deal {

  static {
    Facts.lend(new FactsMaker());
  }

  private final MoveTable table;
  private final long present;
  private final byte[] phase;
  private final java.util.function.Supplier<String> id;
  private final java.util.function.Supplier<String> title;
  private final DealObserver observer;

  /** A deal over the given table; the engine makes deals through {@link Facts#deal}. */
  Deal(MoveTable table, long present, byte[] phase, java.util.function.Supplier<String> id,
      java.util.function.Supplier<String> title, DealObserver observer) {
    this.table = table;
    this.present = present;
    this.phase = phase;
    this.id = id;
    this.title = title;
    this.observer = observer;
  }

  private int ask(int op, int arg) {
    int answer = table.answer(op, arg, present, phase);
    observer.seen(op, arg, answer);
    return answer;
  }

  private int move(String moveId) {
    int i = table.indexOf(moveId);
    if (i < 0) {
      observer.unknown("move", moveId);
    }
    return i;
  }

  private int group(String type, String value) {
    int g = table.groupOf(type, value);
    if (g < 0) {
      observer.unknown(type, value);
    }
    return g;
  }

  private int kindBy(String kind, String party) {
    int g = table.groupOf(kind, party, true);
    if (g < 0) {
      if (table.groupOf("kind", kind) < 0) {
        observer.unknown("kind", kind);
      }
      if (table.groupOf("party", party) < 0) {
        observer.unknown("party", party);
      }
    }
    return g;
  }

  /** The deal's id (a rule that reads it cannot share its verdict with other deals). */
  public String getId() {
    observer.opaque("id");
    return id.get();
  }

  /** The deal's title, or its id for a generated deal. */
  public String getTitle() {
    observer.opaque("title");
    return title.get();
  }

  /** Whether the deal holds this move. */
  public boolean has(String moveId) {
    return ask(MoveTable.HAS, move(moveId)) == 1;
  }

  /** The phase of this move, 0 when the deal does not hold it. */
  public int phaseOf(String moveId) {
    return ask(MoveTable.PHASE, move(moveId));
  }

  /** Whether the deal holds both moves and the first comes in an earlier phase. */
  public boolean before(String first, String second) {
    int a = phaseOf(first);
    if (a == 0) {
      return false;
    }
    int b = phaseOf(second);
    return b != 0 && a < b;
  }

  /** Whether the deal holds both moves in the same phase. */
  public boolean samePhase(String first, String second) {
    int a = phaseOf(first);
    return a != 0 && a == phaseOf(second);
  }

  /** Whether the deal holds any move of this kind. */
  public boolean hasKind(String kind) {
    return ask(MoveTable.ANY, group("kind", kind)) == 1;
  }

  /** Whether the deal holds any move of this kind given by this party. */
  public boolean hasKindBy(String kind, String party) {
    return ask(MoveTable.ANY, kindBy(kind, party)) == 1;
  }

  /** Whether the deal holds any move with this tag. */
  public boolean hasTag(String tag) {
    return ask(MoveTable.ANY, group("tag", tag)) == 1;
  }

  /** Whether the deal holds any move of this scope. */
  public boolean hasScope(String scope) {
    return ask(MoveTable.ANY, group("scope", scope)) == 1;
  }

  /** How many moves this party gives. */
  public int countBy(String party) {
    return ask(MoveTable.COUNT, group("party", party));
  }

  /** How many moves of this kind. */
  public int countOfKind(String kind) {
    return ask(MoveTable.COUNT, group("kind", kind));
  }

  /** How many moves of this kind this party gives. */
  public int countOfKindBy(String kind, String party) {
    return ask(MoveTable.COUNT, kindBy(kind, party));
  }

  /** How many moves with this tag. */
  public int countWithTag(String tag) {
    return ask(MoveTable.COUNT, group("tag", tag));
  }

  /** The earliest phase holding a move of this kind, 0 when none. */
  public int firstPhaseOfKind(String kind) {
    return ask(MoveTable.FIRST, group("kind", kind));
  }

  /** The latest phase holding a move of this kind, 0 when none. */
  public int lastPhaseOfKind(String kind) {
    return ask(MoveTable.LAST, group("kind", kind));
  }

  /** The earliest phase holding a move of this kind by this party, 0 when none. */
  public int firstPhaseOfKindBy(String kind, String party) {
    return ask(MoveTable.FIRST, kindBy(kind, party));
  }

  /** The latest phase holding a move of this kind by this party, 0 when none. */
  public int lastPhaseOfKindBy(String kind, String party) {
    return ask(MoveTable.LAST, kindBy(kind, party));
  }

  /** The earliest phase holding a move with this tag, 0 when none. */
  public int firstPhaseOfTag(String tag) {
    return ask(MoveTable.FIRST, group("tag", tag));
  }

  /** The latest phase holding a move with this tag, 0 when none. */
  public int lastPhaseOfTag(String tag) {
    return ask(MoveTable.LAST, group("tag", tag));
  }

  /** The earliest phase holding a move by this party, 0 when none. */
  public int firstPhaseBy(String party) {
    return ask(MoveTable.FIRST, group("party", party));
  }

  /** The latest phase holding a move by this party, 0 when none. */
  public int lastPhaseBy(String party) {
    return ask(MoveTable.LAST, group("party", party));
  }

  /** How many moves the deal holds. */
  public int size() {
    return ask(MoveTable.SIZE, 0);
  }

  /** How many phases the deal uses. */
  public int phaseCount() {
    return ask(MoveTable.PHASES, 0);
  }

  /** The case's plain description of a move (whether or not the deal holds it). */
  public String label(String moveId) {
    int i = move(moveId);
    return i < 0 ? moveId : table.moves().get(i).getDescription();
  }

  /**
   * Whether the other object is a deal with the same moves in the same phases (a rule that asks
   * cannot share its verdict with other deals).
   */
  @Override
  public boolean equals(Object o) {
    observer.opaque("equals");
    return o == this || o instanceof Deal d && d.table == table && d.present == present
        && java.util.Arrays.equals(d.phase, phase);
  }

  /** A hash of the deal's moves and phases (a rule that reads it cannot share its verdict with other deals). */
  @Override
  public int hashCode() {
    observer.opaque("hashCode");
    return Long.hashCode(present) * 31 + java.util.Arrays.hashCode(phase);
  }

  /** {@code Deal[id]} (a rule that writes the deal into a text cannot share its verdict with other deals). */
  @Override
  public String toString() {
    observer.opaque("text");
    return "Deal[" + id.get() + "]";
  }
}
