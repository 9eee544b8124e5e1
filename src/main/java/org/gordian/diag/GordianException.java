package org.gordian.diag;

import java.util.List;

/**
 * Thrown when input cannot be used: carries every problem found, each with file, line and message.
 *
 * <p>The message summarises ("3 problems in rules/my-case/positions.drl"); {@link #diagnostics()} lists them.
 */
public class GordianException extends RuntimeException {
  private final List<Diagnostic> diagnostics;
  private Hint hint;

  /** An exception for the given problems (at least one). */
  public GordianException(List<Diagnostic> diagnostics) {
    super(summary(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** An exception for one problem. */
  public GordianException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  /** An exception for one problem, keeping its cause for the log. */
  public GordianException(Diagnostic diagnostic, Throwable cause) {
    super(summary(List.of(diagnostic)), cause);
    this.diagnostics = List.of(diagnostic);
  }

  /** Says which setting the user may change to get past this failure; returns this exception. */
  public GordianException withHint(Hint h) {
    this.hint = h;
    return this;
  }

  /** The setting the user may change to get past this failure, or null. */
  public Hint hint() {
    return hint;
  }

  /** Every problem, in the order found. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    if (diagnostics.size() == 1) {
      return diagnostics.get(0).toString();
    }
    var files = diagnostics.stream().map(Diagnostic::file).filter(f -> f != null).distinct().toList();
    String where = files.size() == 1 ? " in " + Paths2.display(files.get(0)) : "";
    return errors + (errors == 1 ? " problem" : " problems") + where;
  }
}
