package org.gordian;

import java.nio.file.Path;
import java.util.List;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.Hint;

/**
 * What {@link Check} found in a case and its rules: every problem, errors and warnings, in the
 * order found.
 *
 * @param caseFile the case file or folder checked, as given
 * @param hints the settings the problems point to (a time limit to raise, rules outside the project to allow)
 */
public record CheckResult(Path caseFile, List<Diagnostic> problems, List<Hint> hints) {
  /** Copies the lists. */
  public CheckResult {
    problems = List.copyOf(problems);
    hints = List.copyOf(hints);
  }

  /** How many problems are errors. */
  public long errors() {
    return problems.stream().filter(Diagnostic::isError).count();
  }

  /** How many problems are warnings. */
  public long warnings() {
    return problems.size() - errors();
  }
}
