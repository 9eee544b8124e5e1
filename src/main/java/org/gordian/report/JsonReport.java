package org.gordian.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.SpaceSummary;
import org.gordian.diag.Diagnostic;
import org.gordian.facts.Concern;
import org.gordian.facts.Consequence;
import org.gordian.facts.RuleRef;
import org.gordian.facts.Veto;
import org.gordian.model.PositionRef;

/**
 * The feasibility report as JSON, for tools: keys always in the same order, deals in the case's
 * order then enumeration order, so the same inputs give the same bytes. The layout is described
 * by {@code schema/report.schema.json}; {@link #SCHEMA_VERSION} changes when it does.
 */
public final class JsonReport implements Reporter<RunResult> {
  /** The version of the report layout. */
  public static final String SCHEMA_VERSION = "2.1";

  private final Instant generatedAt;

  /** A reporter stamping reports with this time. */
  public JsonReport(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  /** A reporter stamping reports with {@link Text#generatedAt()}. */
  public JsonReport() {
    this(Text.generatedAt());
  }

  /** A generator writing indented JSON with Unix line ends. */
  public static JsonGenerator generator(Writer w) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(w);
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    g.setPrettyPrinter(pp);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  @Override
  public void write(RunResult r, Writer w) throws IOException {
    try (JsonGenerator g = generator(w)) {
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("generatedAt", Text.timestamp(generatedAt));
      g.writeStringField("generator", "Gordian " + Text.VERSION);
      g.writeObjectFieldStart("case");
      g.writeStringField("id", r.caseDef().id());
      g.writeStringField("title", r.caseDef().title());
      if (r.caseDef().date() != null) {
        g.writeStringField("date", r.caseDef().date().toString());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("scenario");
      g.writeStringField("id", r.scenarioId());
      g.writeStringField("description", r.scenario() == null ? "the case as written" : r.scenario().description());
      if (r.scenario() != null && r.scenario().dating() != null) {
        org.gordian.model.Dating d = r.scenario().dating();
        g.writeStringField("date", d.date().toString());
        if (r.caseDef().date() != null) {
          g.writeStringField("relativeToCase", d.date().equals(r.caseDef().date()) ? "same-day"
              : d.before(r.caseDef().date()) ? "before" : "after");
        }
        if (d.source() != null) {
          g.writeStringField("dateSource", d.source());
        }
      }
      g.writeArrayFieldStart("disabled");
      for (PositionRef p : r.disabled()) {
        g.writeString(p.toString());
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeArrayFieldStart("rules");
      for (String f : r.ruleFiles()) {
        g.writeString(f);
      }
      g.writeEndArray();
      sources(r, g);
      summary(r, g);
      g.writeArrayFieldStart("deals");
      for (DealOutcome d : r.listed()) {
        deal(d, g);
      }
      g.writeEndArray();
      SpaceSummary s = r.space();
      if (s != null) {
        g.writeArrayFieldStart("blocking");
        for (SpaceSummary.Blocking b : s.blocking()) {
          g.writeStartObject();
          g.writeStringField("party", b.position().party());
          g.writeStringField("position", b.position().position());
          if (!r.sources().factionOf(b.position()).isEmpty()) {
            g.writeStringField("faction", r.sources().factionOf(b.position()));
          }
          g.writeNumberField("vetoes", b.vetoes());
          g.writeNumberField("pivotal", b.pivotal());
          g.writeNumberField("othersAccept", b.othersAccept());
          g.writeNumberField("blocksOfOthersAccept", b.blocksOfOthersAccept());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("feasible");
        for (DealOutcome d : s.feasibleDeals()) {
          deal(d, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("nearMisses");
        for (SpaceSummary.Blocking b : s.blocking()) {
          if (b.pivotal() == 0) {
            continue;
          }
          g.writeStartObject();
          g.writeStringField("party", b.position().party());
          g.writeStringField("position", b.position().position());
          g.writeNumberField("count", b.pivotal());
          g.writeArrayFieldStart("deals");
          for (DealOutcome d : b.nearMisses()) {
            deal(d, g);
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!r.explained().isEmpty()) {
        g.writeArrayFieldStart("explained");
        for (DealOutcome d : r.explained()) {
          deal(d, g);
        }
        g.writeEndArray();
      }
      if (r.analyses() != null) {
        AnalysesJson.write(r.analyses(), g);
      }
      SensitivityJson.addTo(r, g);
      UncertaintyJson.addTo(r, g);
      g.writeArrayFieldStart("warnings");
      for (Diagnostic d : r.warnings()) {
        g.writeString(d.toString());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    w.write('\n');
  }

  /** The context facts of the run and the evidence of its rules, each with where it comes from. */
  private static void sources(RunResult r, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("context");
    for (org.gordian.model.ContextFact c : r.sources().context()) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("type", c.type());
      g.writeObjectFieldStart("fields");
      for (var f : c.fields().entrySet()) {
        g.writeObjectField(f.getKey(), f.getValue());
      }
      g.writeEndObject();
      evidence(c.evidence(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("ruleEvidence");
    for (var e : r.sources().rules().entrySet()) {
      g.writeStartObject();
      g.writeStringField("party", e.getKey().party());
      g.writeStringField("position", e.getKey().position());
      rule(e.getKey(), g);
      evidence(e.getValue(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void evidence(org.gordian.model.Evidence e, JsonGenerator g) throws IOException {
    if (e == null) {
      return;
    }
    g.writeStringField("source", e.source());
    if (!e.text().isEmpty()) {
      g.writeStringField("evidence", e.text());
    }
    if (e.confidence() != null) {
      g.writeStringField("confidence", e.confidence().label());
    }
  }

  private static void summary(RunResult r, JsonGenerator g) throws IOException {
    long listedFeasible = r.listed().stream().filter(DealOutcome::feasible).count();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("listed", r.listed().size());
    g.writeNumberField("listedFeasible", listedFeasible);
    SpaceSummary s = r.space();
    if (s != null) {
      g.writeNumberField("generated", s.size());
      g.writeNumberField("evaluated", s.evaluated());
      g.writeNumberField("feasible", s.feasible());
      g.writeNumberField("infeasible", s.infeasible());
      scope("scope", s.scope(), g);
      java.util.Optional<SpaceSummary.Blocking> decisive = s.mostDecisive();
      if (decisive.isPresent()) {
        g.writeStringField("mostOftenOnlyObstacle", decisive.get().position().toString());
      }
    }
    g.writeEndObject();
  }

  /** Writes what an analysis looked at, as {@code {"kind", "generated", "maxMoves", "phases", "others", "text"}}. */
  static void scope(String field, org.gordian.analysis.Scope scope, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("kind", scope.kind().label());
    g.writeNumberField("generated", scope.generated());
    if (scope.maxMoves() > 0) {
      g.writeNumberField("maxMoves", scope.maxMoves());
    }
    g.writeNumberField("phases", scope.phases());
    g.writeNumberField("others", scope.others());
    g.writeStringField("text", scope.describe());
    g.writeEndObject();
  }

  /** Writes one deal object. */
  static void deal(DealOutcome d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    g.writeStringField("title", d.title());
    g.writeBooleanField("listed", d.listed());
    if (d.source() != null) {
      g.writeStringField("source", d.source());
    }
    g.writeBooleanField("feasible", d.feasible());
    g.writeArrayFieldStart("moves");
    for (DealOutcome.PhasedMove m : d.moves()) {
      g.writeStartObject();
      g.writeStringField("move", m.move());
      g.writeNumberField("phase", m.phase());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("vetoes");
    for (Veto v : d.verdict().vetoes()) {
      g.writeStartObject();
      g.writeStringField("party", v.getParty());
      g.writeStringField("position", v.getPosition());
      rule(v.getRule(), g);
      g.writeStringField("reason", v.getReason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("concerns");
    for (Concern c : d.verdict().concerns()) {
      g.writeStartObject();
      g.writeStringField("party", c.getParty());
      g.writeStringField("position", c.getPosition());
      g.writeNumberField("weight", c.getWeight());
      rule(c.getRule(), g);
      g.writeStringField("reason", c.getReason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("consequences");
    for (Consequence c : d.verdict().consequences()) {
      g.writeStartObject();
      g.writeStringField("id", c.getId());
      g.writeStringField("description", c.getDescription());
      rule(c.getRule(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void rule(RuleRef r, JsonGenerator g) throws IOException {
    g.writeStringField("rule", r.rule());
    g.writeStringField("file", r.file());
    g.writeNumberField("line", r.line());
    if (!r.place().isEmpty()) {
      g.writeStringField("cell", r.place());
    }
  }

}
