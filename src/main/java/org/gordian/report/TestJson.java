package org.gordian.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import org.gordian.facts.RuleRef;
import org.gordian.model.PositionRef;
import org.gordian.tester.TestReport;
import org.gordian.tester.TestReport.Outcome;

/**
 * A test run as JSON, for CI dashboards. Layout: {@code schemaVersion}, {@code generatedAt},
 * {@code passed}, {@code failed}, {@code scenarios}, {@code dealsEvaluated}, {@code expectations}
 * (each with {@code file}, {@code line}, {@code scenario}, {@code passed}, {@code summary},
 * {@code expected}, {@code actual}, {@code note}), {@code silentPositions} and {@code silentRules}.
 */
public final class TestJson implements Reporter<TestReport> {
  /** The version of the test layout. */
  public static final String SCHEMA_VERSION = "1.0";

  private final Instant generatedAt;

  /** A reporter stamping its output with this time. */
  public TestJson(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  @Override
  public void write(TestReport r, Writer w) throws IOException {
    try (JsonGenerator g = JsonReport.generator(w)) {
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("generatedAt", Text.timestamp(generatedAt));
      g.writeNumberField("passed", r.passed());
      g.writeNumberField("failed", r.failed());
      g.writeArrayFieldStart("scenarios");
      for (String s : r.scenarios()) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeNumberField("dealsEvaluated", r.dealsEvaluated());
      g.writeArrayFieldStart("expectations");
      for (Outcome o : r.outcomes()) {
        g.writeStartObject();
        var loc = o.expectation().loc();
        g.writeStringField("file", loc.file() == null ? null : org.gordian.diag.Paths2.display(loc.file()));
        g.writeNumberField("line", loc.line());
        g.writeStringField("scenario", o.expectation().scenarioId());
        g.writeBooleanField("passed", o.passed());
        g.writeStringField("summary", o.summary());
        g.writeStringField("expected", o.expected());
        g.writeStringField("actual", o.actual());
        g.writeStringField("note", o.expectation().note());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("silentPositions");
      for (PositionRef p : r.silentPositions()) {
        g.writeString(p.toString());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("silentRules");
      for (RuleRef rule : r.silentRules()) {
        g.writeStartObject();
        g.writeStringField("rule", rule.rule());
        g.writeStringField("where", rule.where());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      for (org.gordian.diag.Diagnostic d : r.warnings()) {
        g.writeString(d.toString());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    w.write('\n');
  }
}
