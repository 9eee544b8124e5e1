package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import org.gordian.facts.RuleRef;
import org.gordian.model.PositionRef;
import org.gordian.tester.TestReport;
import org.gordian.tester.TestReport.Outcome;

/**
 * A test run as plain text, in the style of a test runner: one {@code PASS}/{@code FAIL} line per
 * expectation with its {@code file:line}, expected and actual for failures, coverage, and the
 * summary line {@code N passed, N failed} last.
 */
public final class TestText implements Reporter<TestReport> {
  /** Writes the whole run. */
  @Override
  public void write(TestReport r, Writer w) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Outcome o : r.outcomes()) {
      outcome(o, out);
    }
    out.append('\n');
    out.append("Coverage over ").append(Text.count(r.dealsEvaluated())).append(" deals in ")
        .append(r.scenarios().size()).append(r.scenarios().size() == 1 ? " scenario" : " scenarios").append(" (")
        .append(String.join(", ", r.scenarios())).append("):\n");
    out.append("  positions that vetoed nothing and raised no concern: ")
        .append(r.silentPositions().isEmpty() ? "none" : r.silentPositions().stream().map(PositionRef::toString)
            .collect(Collectors.joining(", "))).append('\n');
    out.append("  rules that produced no veto, concern or consequence: ")
        .append(r.silentRules().isEmpty() ? "none" : "").append('\n');
    for (RuleRef rule : r.silentRules()) {
      out.append("    ").append(rule.where()).append(" '").append(rule.rule()).append("'\n");
    }
    out.append("  (a rule that fires but only inserts other facts counts as producing no result)\n");
    out.append('\n');
    for (org.gordian.diag.Diagnostic d : r.warnings()) {
      out.append(d).append('\n');
    }
    if (!r.warnings().isEmpty()) {
      out.append('\n');
    }
    out.append(r.passed()).append(" passed, ").append(r.failed()).append(" failed\n");
    w.write(out.toString());
  }

  /** Writes only the failed expectations, each as in the whole run: for {@code --quiet}. */
  public static void failures(TestReport r, Writer w) throws IOException {
    StringBuilder out = new StringBuilder();
    r.outcomes().stream().filter(o -> !o.passed()).forEach(o -> outcome(o, out));
    w.write(out.toString());
  }

  private static void outcome(Outcome o, StringBuilder out) {
    out.append(o.passed() ? "PASS " : "FAIL ").append(o.expectation().loc().shortForm()).append(' ')
        .append(o.summary());
    if (o.expectation().note() != null) {
      out.append(" (").append(o.expectation().note()).append(')');
    }
    out.append('\n');
    if (!o.passed()) {
      out.append("     expected: ").append(o.expected()).append('\n');
      out.append("     actual:   ").append(o.actual()).append('\n');
    }
  }
}
