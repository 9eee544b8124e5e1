package org.gordian.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import org.gordian.CheckResult;
import org.gordian.diag.Diagnostic;

/**
 * A check as JSON, for editors and CI annotations. Layout: {@code schemaVersion},
 * {@code generatedAt}, {@code case}, {@code errors}, {@code warnings}, and {@code problems}, each
 * with {@code severity}, {@code file} (or null), {@code line} and {@code column} (0 when unknown)
 * and {@code message}.
 */
public final class CheckJson implements Reporter<CheckResult> {
  /** The version of the check layout. */
  public static final String SCHEMA_VERSION = "1.0";

  private final Instant generatedAt;

  /** A reporter stamping its output with this time. */
  public CheckJson(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  @Override
  public void write(CheckResult r, Writer w) throws IOException {
    try (JsonGenerator g = JsonReport.generator(w)) {
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("generatedAt", Text.timestamp(generatedAt));
      g.writeStringField("case", org.gordian.diag.Paths2.display(r.caseFile()));
      g.writeNumberField("errors", r.errors());
      g.writeNumberField("warnings", r.warnings());
      g.writeArrayFieldStart("problems");
      for (Diagnostic d : r.problems()) {
        g.writeStartObject();
        g.writeStringField("severity", d.isError() ? "error" : "warning");
        if (d.file() == null) {
          g.writeNullField("file");
        } else {
          g.writeStringField("file", org.gordian.diag.Paths2.display(d.file()));
        }
        g.writeNumberField("line", d.line());
        g.writeNumberField("column", d.column());
        g.writeStringField("message", d.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    w.write('\n');
  }
}
