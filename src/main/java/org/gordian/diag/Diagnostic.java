package org.gordian.diag;

import java.nio.file.Path;

/**
 * One problem found in a user's file, printed as {@code path:line:col: severity: message}.
 *
 * <p>Line and column are 1-based; 0 means unknown and is left out of the printed form.
 */
public record Diagnostic(Severity severity, Path file, int line, int column, String message) {

  /** How bad a problem is. */
  public enum Severity {
    /** Stops the run: nothing is evaluated and no report is written. */
    ERROR,
    /** Worth a look; the run goes on. */
    WARNING
  }

  /** An error at a known place. */
  public static Diagnostic error(Path file, int line, int column, String message) {
    return new Diagnostic(Severity.ERROR, file, line, column, message);
  }

  /** A warning at a known place. */
  public static Diagnostic warning(Path file, int line, int column, String message) {
    return new Diagnostic(Severity.WARNING, file, line, column, message);
  }

  /** Whether this problem stops the run. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The {@code path:line:col: message} form, with the path as given and unknown parts left out. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (file != null) {
      out.append(Paths2.display(file));
      if (line > 0) {
        out.append(':').append(line);
        if (column > 0) {
          out.append(':').append(column);
        }
      }
      out.append(": ");
    }
    if (severity == Severity.WARNING) {
      out.append("warning: ");
    }
    return out.append(message).toString();
  }
}
