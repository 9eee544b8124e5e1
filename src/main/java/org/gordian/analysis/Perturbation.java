package org.gordian.analysis;

import java.nio.file.Path;
import org.gordian.model.PositionRef;

/**
 * One small change of a model, made on its own to see which conclusions it flips: a position
 * switched off, a veto rule made a concern, a context fact's field set to another value, or a phase
 * comparison in a rule's conditions loosened, tightened or turned from first phase to last.
 *
 * @param kind what sort of change it is
 * @param label the change in words a reader can follow, such as {@code `US/all-or-nothing` off}
 * @param position the position switched off, or the position of the rule changed; null for a context change
 * @param context for a context change, the fact's id; null otherwise
 * @param field for a context change, the field changed; null otherwise
 * @param value for a context change, the field's new value; null otherwise
 * @param file for a rule change, the rule file (never written: the change is made on a copy); null otherwise
 * @param line for a rule change, the 1-based line of the code changed; 0 otherwise
 * @param rule for a rule change, the rule's name; null otherwise
 * @param from for a rule change, the code as written; for a context change, the value as it was
 * @param to for a rule change, the code as changed; for a context change, the new value
 * @param wholePosition whether the change takes away every veto of its position: the position
 *     switched off, or the only veto rule of its position made a concern
 */
public record Perturbation(Kind kind, String label, PositionRef position, String context, String field, Object value,
    Path file, int line, String rule, String from, String to, boolean wholePosition) {

  /** What sort of change a perturbation is. */
  public enum Kind {
    /** A position switched off, as a scenario's {@code disable} does. */
    POSITION_OFF("positions off"),
    /** A rule that inserts a veto made to insert a concern of weight -1 with the same reason. */
    VETO_AS_CONCERN("veto rules as concerns"),
    /** A field of a context fact set to another of its values. */
    CONTEXT("context values"),
    /** A phase comparison made strict or non-strict ({@code <} and {@code <=}, {@code >} and {@code >=}). */
    STRICTNESS("phase comparisons made strict or non-strict"),
    /** A phase read at the other end: {@code firstPhaseOf…} and {@code lastPhaseOf…} swapped. */
    FIRST_LAST("first and last phase swapped");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    /** The kind in words, as reports write it before a count: {@code positions off: 11}. */
    public String words() {
      return words;
    }

    /** The kind as written in JSON: {@code position-off}, {@code veto-as-concern} … */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Whether a change of this kind edits a rule's text (and so needs the rules compiled again). */
    public boolean editsRules() {
      return this == VETO_AS_CONCERN || this == STRICTNESS || this == FIRST_LAST;
    }
  }

  /** A position switched off. */
  public static Perturbation positionOff(PositionRef p) {
    return new Perturbation(Kind.POSITION_OFF, "`" + p + "` off", p, null, null, null, null, 0, null, null, null,
        true);
  }

  /** A context fact's field set to another value. */
  public static Perturbation context(String fact, String field, Object was, Object value) {
    return new Perturbation(Kind.CONTEXT, "context `" + fact + "." + field + "` = " + value, null, fact, field, value,
        null, 0, null, String.valueOf(was), String.valueOf(value), false);
  }
}
