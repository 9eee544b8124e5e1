package org.gordian.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import org.gordian.analysis.Comparison;
import org.gordian.analysis.Comparison.Cell;
import org.gordian.analysis.Comparison.Column;
import org.gordian.analysis.Comparison.Row;
import org.gordian.model.PositionRef;

/**
 * Scenarios side by side as JSON, keys always in the same order; layout in
 * {@code schema/compare.schema.json}: {@code schemaVersion}, {@code generatedAt}, {@code case},
 * {@code title}, {@code date}, {@code scenarios} (one per column, the baseline first, each with
 * its counts and, after the baseline, its {@code changes} in the diff report's layout) and
 * {@code deals} (one per listed deal, with one cell per scenario).
 */
public final class CompareJson implements Reporter<Comparison> {
  /** The version of the comparison layout. */
  public static final String SCHEMA_VERSION = "1.0";

  private final Instant generatedAt;

  /** A reporter stamping its output with this time. */
  public CompareJson(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  @Override
  public void write(Comparison c, Writer w) throws IOException {
    try (JsonGenerator g = JsonReport.generator(w)) {
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("generatedAt", Text.timestamp(generatedAt));
      g.writeStringField("case", c.caseId());
      g.writeStringField("title", c.title());
      g.writeStringField("date", c.date() == null ? null : c.date().toString());
      g.writeArrayFieldStart("scenarios");
      for (Column col : c.columns()) {
        column(col, g);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("deals");
      for (Row r : c.rows()) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("title", r.title());
        g.writeArrayFieldStart("cells");
        for (int i = 0; i < r.cells().size(); i++) {
          Cell cell = r.cells().get(i);
          g.writeStartObject();
          g.writeStringField("scenario", c.columns().get(i).scenario());
          g.writeStringField("verdict", !cell.listed() ? "not-listed" : cell.feasible() ? "feasible" : "vetoed");
          g.writeArrayFieldStart("vetoes");
          for (PositionRef p : cell.vetoes()) {
            g.writeString(p.toString());
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    w.write("\n");
  }

  private static void column(Column col, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", col.scenario());
    g.writeStringField("description", col.description());
    g.writeStringField("date", col.date() == null ? null : col.date().toString());
    g.writeArrayFieldStart("premises");
    for (String p : col.premises()) {
      g.writeString(p.replace("`", ""));
    }
    g.writeEndArray();
    g.writeNumberField("listed", col.listed());
    g.writeNumberField("listedFeasible", col.listedFeasible());
    if (col.space() == null) {
      g.writeNullField("space");
    } else {
      g.writeObjectFieldStart("space");
      g.writeNumberField("evaluated", col.space().evaluated());
      g.writeNumberField("feasible", col.space().feasible());
      g.writeEndObject();
    }
    if (col.changes() == null) {
      g.writeNullField("changes");
    } else {
      g.writeObjectFieldStart("changes");
      g.writeStringField("from", col.changes().from());
      g.writeStringField("to", col.changes().to());
      DiffJson.changes(col.changes(), g);
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
