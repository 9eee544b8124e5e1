package org.gordian.model;

import java.nio.file.Path;
import org.gordian.diag.Diagnostic;

/** Where an entry was written: file, 1-based line and column (0 when unknown). */
public record Loc(Path file, int line, int column) {

  /** A place known only by its file. */
  public static Loc of(Path file) {
    return new Loc(file, 0, 0);
  }

  /** An error diagnostic at this place. */
  public Diagnostic error(String message) {
    return Diagnostic.error(file, line, column, message);
  }

  /** A warning diagnostic at this place. */
  public Diagnostic warning(String message) {
    return Diagnostic.warning(file, line, column, message);
  }

  /** {@code file:line}, for notes in reports. */
  public String shortForm() {
    return org.gordian.diag.Paths2.display(file) + (line > 0 ? ":" + line : "");
  }
}
