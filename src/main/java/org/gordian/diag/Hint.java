package org.gordian.diag;

/**
 * Which setting a failure asks the user to change, so that each interface can say how in its own
 * words (the command line names its flag, a Java caller its option).
 *
 * @param value the setting's value that would do, or 0 when none is known
 */
public record Hint(Kind kind, long value) {
  /** The settings a failure can point to. */
  public enum Kind {
    /** The largest deal space a run evaluates. */
    SPACE_LIMIT,
    /** The longest a run may take. */
    TIME_LIMIT,
    /** The most rule firings one deal may cause. */
    FIRING_LIMIT,
    /** Whether a case may name rule folders outside its project. */
    RULES_OUTSIDE
  }
}
