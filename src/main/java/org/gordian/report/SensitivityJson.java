package org.gordian.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.gordian.analysis.Perturbation;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.Sensitivity;
import org.gordian.diag.Paths2;

/** The {@code sensitivity} member of the JSON run report (layout in {@code schema/report.schema.json}). */
final class SensitivityJson {
  private SensitivityJson() {}

  /** Writes the member when the run has a sensitivity analysis; the run report's one hook. */
  static void addTo(RunResult r, JsonGenerator g) throws IOException {
    if (r.sensitivity() != null) {
      write(r.sensitivity(), g);
    }
  }

  static void write(Sensitivity s, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("sensitivity");
    g.writeStringField("scenario", s.scenario());
    g.writeNumberField("robust", s.robust().size());
    g.writeNumberField("fragile", s.fragile().size());
    if (s.generated() >= 0 && s.baseline().feasible() >= 0) {
      g.writeObjectFieldStart("feasibleRange");
      g.writeNumberField("asItStands", s.baseline().feasible());
      g.writeNumberField("min", s.feasibleMin());
      g.writeNumberField("max", s.feasibleMax());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("changes");
    for (Perturbation p : s.tried()) {
      change(p, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("untested");
    for (Sensitivity.Untested u : s.untested()) {
      g.writeStartObject();
      g.writeStringField("change", u.change().label());
      g.writeStringField("reason", u.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    conclusions("conclusions", s.conclusions(), g);
    conclusions("newKnots", s.newKnots(), g);
    g.writeEndObject();
  }

  private static void conclusions(String name, java.util.List<Sensitivity.Conclusion> list, JsonGenerator g)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Sensitivity.Conclusion c : list) {
      g.writeStartObject();
      g.writeStringField("subject", c.subject().key());
      g.writeStringField("about", c.about());
      g.writeStringField("holds", c.holds());
      g.writeBooleanField("robust", c.robust());
      g.writeArrayFieldStart("flips");
      for (Sensitivity.Flip f : c.flips()) {
        g.writeStartObject();
        g.writeStringField("change", f.change().label());
        g.writeStringField("kind", f.change().kind().key());
        g.writeStringField("becomes", f.becomes());
        if (c.subject() == Sensitivity.Subject.FEASIBLE_COUNT) {
          g.writeNumberField("delta", f.delta());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void change(Perturbation p, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", p.kind().key());
    g.writeStringField("label", p.label());
    if (p.position() != null) {
      g.writeStringField("position", p.position().toString());
    }
    if (p.context() != null) {
      g.writeStringField("context", p.context());
      g.writeStringField("field", p.field());
      if (p.value() instanceof Boolean b) {
        g.writeBooleanField("value", b);
      } else {
        g.writeStringField("value", String.valueOf(p.value()));
      }
    }
    if (p.file() != null) {
      g.writeStringField("file", Paths2.display(p.file()));
      g.writeNumberField("line", p.line());
      g.writeStringField("rule", p.rule());
      g.writeStringField("from", p.from());
      g.writeStringField("to", p.to());
    }
    g.writeEndObject();
  }
}
