package org.gordian.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.Uncertainty;

/** The {@code uncertainty} member of the JSON run report (layout in {@code schema/report.schema.json}). */
final class UncertaintyJson {
  private UncertaintyJson() {}

  /** Writes the member when the run has an uncertainty analysis; the run report's one hook. */
  static void addTo(RunResult r, JsonGenerator g) throws IOException {
    Uncertainty u = r.uncertainty();
    if (u == null) {
      return;
    }
    g.writeObjectFieldStart("uncertainty");
    g.writeStringField("method", u.method().label());
    g.writeNumberField("combinations", u.combinations());
    if (u.method() == Uncertainty.Method.SAMPLED) {
      g.writeNumberField("samples", u.samples());
      g.writeNumberField("seed", u.seed());
    }
    g.writeNumberField("worlds", u.worlds());
    g.writeArrayFieldStart("variables");
    for (Uncertainty.Variable v : u.variables()) {
      g.writeStartObject();
      g.writeStringField("kind", v.kind().label());
      g.writeStringField("name", v.name());
      if (!v.faction().isEmpty()) {
        g.writeStringField("faction", v.faction());
      }
      g.writeArrayFieldStart("values");
      for (Uncertainty.Value x : v.values()) {
        g.writeStartObject();
        g.writeStringField("label", x.label());
        g.writeNumberField("probability", x.probability());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("deals");
    for (Uncertainty.DealChance d : u.deals()) {
      g.writeStartObject();
      g.writeStringField("id", d.id());
      g.writeBooleanField("feasible", d.feasible());
      g.writeNumberField("probability", d.probability());
      g.writeNumberField("low", d.low());
      g.writeNumberField("high", d.high());
      if (d.mattersMost().isPresent()) {
        g.writeStringField("mattersMost", d.mattersMost().get().variable());
      } else {
        g.writeNullField("mattersMost");
      }
      g.writeArrayFieldStart("influences");
      for (Uncertainty.Influence i : d.influences()) {
        g.writeStartObject();
        g.writeStringField("variable", i.variable());
        g.writeArrayFieldStart("given");
        for (double x : i.given()) {
          if (Double.isNaN(x)) {
            g.writeNull();
          } else {
            g.writeNumber(x);
          }
        }
        g.writeEndArray();
        g.writeNumberField("spread", i.spread());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    if (u.space() != null) {
      Uncertainty.SpaceChance s = u.space();
      g.writeObjectFieldStart("space");
      g.writeStringField("scope", s.scope());
      g.writeNumberField("size", s.size());
      g.writeNumberField("expectedFeasible", s.expectedFeasible());
      g.writeNumberField("fewest", s.fewest());
      g.writeNumberField("most", s.most());
      g.writeNumberField("anyFeasible", s.anyFeasible());
      g.writeNumberField("low", s.low());
      g.writeNumberField("high", s.high());
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
