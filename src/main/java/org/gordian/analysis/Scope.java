package org.gordian.analysis;

import java.util.Locale;
import org.gordian.model.Bounds;

/**
 * What an analysis looked at, so that its result is claimed for that and no more: the deals the run
 * evaluated one by one (the listed deals, the deals asked for, the neighbourhoods searched, the
 * generated space of deals within the bounds), or the whole space of the case up to its phase limit.
 * Only a result over the whole space is a fact of the case; any other holds within its scope.
 *
 * @param kind which deals
 * @param generated how many generated deals the space held (0 when it was not evaluated)
 * @param maxMoves the generated space's move cap (0 for none)
 * @param phases the most phases a deal of the scope uses
 * @param others how many further deals the run evaluated and the analysis also looked at (listed,
 *     asked for, neighbourhood deals)
 */
public record Scope(Kind kind, long generated, int maxMoves, int phases, long others) {

  /** Which deals an analysis looked at. */
  public enum Kind {
    /** The listed deals and the deals asked for, and any deals evaluated around them. */
    EVALUATED,
    /** The generated deals within the bounds, with any further deals the run evaluated. */
    ENUMERATED,
    /** Every deal of the case up to its phase limit, of any size. */
    WHOLE;

    /** The kind as written in JSON. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The generated space within these bounds, with further deals evaluated one by one. */
  public static Scope enumerated(long generated, Bounds bounds, long others) {
    return new Scope(Kind.ENUMERATED, generated, bounds.maxMoves(), bounds.phases(), others);
  }

  /** Only deals evaluated one by one: the listed deals, the deals asked for and their neighbourhoods. */
  public static Scope evaluated(long deals) {
    return new Scope(Kind.EVALUATED, 0, 0, 0, deals);
  }

  /** Every deal of the case up to this many phases. */
  public static Scope whole(long deals, int phases) {
    return new Scope(Kind.WHOLE, deals, 0, phases, 0);
  }

  /** The same scope with more deals evaluated one by one. */
  public Scope plus(long more) {
    return new Scope(kind, generated, maxMoves, phases, others + more);
  }

  /** Whether a result over this scope holds for every deal of the case (up to its phase limit). */
  public boolean whole() {
    return kind == Kind.WHOLE;
  }

  /**
   * The scope in words, to follow "among": {@code the 59,080 generated deals of up to 4 moves in
   * up to 3 phases and 6 other deals this run evaluated}.
   */
  public String describe() {
    return switch (kind) {
      case WHOLE -> "every deal of the case (" + count(generated) + " deals of any size in up to " + phases
          + (phases == 1 ? " phase)" : " phases)");
      case ENUMERATED -> "the " + count(generated) + " generated deals of " + bounds()
          + (others == 0 ? "" : ", and " + count(others) + (others == 1 ? " deal" : " deals")
              + " this run evaluated one by one (listed, asked for, and around them)");
      case EVALUATED -> "the " + count(others) + (others == 1 ? " deal" : " deals") + " this run evaluated one by one";
    };
  }

  /** The generated space's bounds in words: {@code up to 4 moves in up to 3 phases}. */
  public String bounds() {
    return (maxMoves > 0 ? "up to " + maxMoves + (maxMoves == 1 ? " move" : " moves") + " in " : "any number of moves in ")
        + "up to " + phases + (phases == 1 ? " phase" : " phases");
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
