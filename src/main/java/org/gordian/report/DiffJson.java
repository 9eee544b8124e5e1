package org.gordian.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.DiffResult.BlockingChange;
import org.gordian.analysis.DiffResult.DealChange;
import org.gordian.model.PositionRef;

/**
 * A diff of two runs as JSON, keys always in the same order. Layout: {@code schemaVersion},
 * {@code generatedAt}, {@code case}, {@code from}, {@code to}, {@code listed} (changed deals),
 * {@code generated} (counts and examples, or null), {@code blocking} (every position, both sides).
 */
public final class DiffJson implements Reporter<DiffResult> {
  /** The version of the diff layout. */
  public static final String SCHEMA_VERSION = "1.0";

  private final Instant generatedAt;

  /** A reporter stamping its output with this time. */
  public DiffJson(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  /** Writes the whole diff. */
  @Override
  public void write(DiffResult d, Writer w) throws IOException {
    try (JsonGenerator g = JsonReport.generator(w)) {
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("generatedAt", Text.timestamp(generatedAt));
      g.writeStringField("case", d.caseId());
      g.writeStringField("from", d.from());
      g.writeStringField("to", d.to());
      g.writeArrayFieldStart("listed");
      for (DealChange c : d.listed()) {
        deal(c, g);
      }
      g.writeEndArray();
      DiffResult.Generated gen = d.generated();
      if (gen == null) {
        g.writeNullField("generated");
      } else {
        g.writeObjectFieldStart("generated");
        g.writeNumberField("evaluated", gen.evaluated());
        g.writeNumberField("fromFeasible", gen.fromFeasible());
        g.writeNumberField("toFeasible", gen.toFeasible());
        g.writeNumberField("becameFeasible", gen.becameFeasible());
        g.writeNumberField("becameInfeasible", gen.becameInfeasible());
        g.writeNumberField("vetoesChanged", gen.vetoesChanged());
        g.writeArrayFieldStart("examples");
        for (DealChange c : gen.examples()) {
          deal(c, g);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeArrayFieldStart("blocking");
      for (BlockingChange b : d.blocking()) {
        g.writeStartObject();
        g.writeStringField("position", b.position().toString());
        g.writeNumberField("fromVetoes", b.fromVetoes());
        g.writeNumberField("toVetoes", b.toVetoes());
        g.writeNumberField("fromPivotal", b.fromPivotal());
        g.writeNumberField("toPivotal", b.toPivotal());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    w.write("\n");
  }

  private static void deal(DealChange c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("title", c.title());
    g.writeStringField("change", c.change().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    positions("fromVetoes", c.fromVetoes(), g);
    positions("toVetoes", c.toVetoes(), g);
    positions("appeared", c.appeared(), g);
    positions("disappeared", c.disappeared(), g);
    g.writeEndObject();
  }

  private static void positions(String name, List<PositionRef> ps, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(name);
    for (PositionRef p : ps) {
      g.writeString(p.toString());
    }
    g.writeEndArray();
  }
}
