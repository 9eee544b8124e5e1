package org.gordian;

import java.nio.file.Path;
import java.util.List;
import org.gordian.diag.Diagnostic;

/**
 * What {@link Check} found in a case and its rules: every problem, errors and warnings, in the
 * order found.
 *
 * @param caseFile the case file or folder checked, as given
 */
public record CheckResult(Path caseFile, List<Diagnostic> problems) {
  /** Copies the list. */
  public CheckResult {
    problems = List.copyOf(problems);
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
