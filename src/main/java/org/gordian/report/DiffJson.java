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
  public static final String SCHEMA_VERSION = "1.1";

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
      changes(d, g);
      g.writeEndObject();
    }
    w.write("\n");
  }

  /**
   * The members of a diff after its sides' names, into an open object: {@code listed},
   * {@code generated}, {@code blocking} and, when the analyses ran, {@code analyses}.
   */
  static void changes(DiffResult d, JsonGenerator g) throws IOException {
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
    if (d.analyses() != null) {
      analyses(d.analyses(), g);
    }
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

  /** How the conclusions of the analyses changed: {@code knotsAppeared}, {@code knotsVanished}, {@code knotsChanged}, {@code relaxations}, {@code headlines}. */
  private static void analyses(org.gordian.analysis.AnalysisChanges a, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("analyses");
    g.writeBooleanField("unchanged", a.unchanged());
    g.writeArrayFieldStart("knotsAppeared");
    for (org.gordian.analysis.Knot k : a.knotsAppeared()) {
      knot(k, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("knotsVanished");
    for (org.gordian.analysis.Knot k : a.knotsVanished()) {
      knot(k, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("knotsChanged");
    for (org.gordian.analysis.AnalysisChanges.KnotChange c : a.knotsChanged()) {
      g.writeStartObject();
      g.writeFieldName("from");
      knot(c.from(), g);
      g.writeFieldName("to");
      knot(c.to(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relaxations");
    for (org.gordian.analysis.AnalysisChanges.RelaxationChange r : a.relaxations()) {
      g.writeStartObject();
      g.writeStringField("deal", r.dealId());
      sets("from", r.from(), g);
      sets("to", r.to(), g);
      g.writeBooleanField("fromFeasible", r.fromFeasible());
      g.writeBooleanField("toFeasible", r.toFeasible());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("headlines");
    for (org.gordian.analysis.AnalysisChanges.Headline h : a.headlines()) {
      g.writeStartObject();
      g.writeStringField("name", h.name());
      g.writeStringField("from", h.from());
      g.writeStringField("to", h.to());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void knot(org.gordian.analysis.Knot k, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("moves");
    for (String m : k.moves()) {
      g.writeString(m);
    }
    g.writeEndArray();
    g.writeStringField("kind", k.kind().label());
    positions("positions", k.positions(), g);
    g.writeEndObject();
  }

  private static void sets(String name, List<List<PositionRef>> sets, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(name);
    for (List<PositionRef> set : sets) {
      g.writeStartArray();
      for (PositionRef p : set) {
        g.writeString(p.toString());
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private static void positions(String name, List<PositionRef> ps, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(name);
    for (PositionRef p : ps) {
      g.writeString(p.toString());
    }
    g.writeEndArray();
  }
}
