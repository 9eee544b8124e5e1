package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import org.gordian.CheckResult;
import org.gordian.diag.Diagnostic;

/** A check as text: one {@code path:line:col: message} line per problem, then the counts. */
public final class CheckText implements Reporter<CheckResult> {
  @Override
  public void write(CheckResult r, Writer w) throws IOException {
    for (Diagnostic d : r.problems()) {
      w.write(d + "\n");
    }
    w.write(r.errors() + (r.errors() == 1 ? " error, " : " errors, ") + r.warnings()
        + (r.warnings() == 1 ? " warning" : " warnings") + "\n");
  }
}
