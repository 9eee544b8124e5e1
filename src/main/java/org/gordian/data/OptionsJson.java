package org.gordian.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.gordian.RunOptions;

/**
 * A run's options as one line of JSON, keys in a fixed order: what decides its results (bounds, limits,
 * engine, analyses), not how it ran (threads, progress). Shards of one batch must agree on it.
 */
public final class OptionsJson {
  private OptionsJson() {}

  /** The options of a run (its scenario left out: that is the run's key) and whether every deal is written. */
  public static String of(RunOptions o, boolean allDeals) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeBooleanField("space", o.space());
      g.writeNumberField("limit", o.limit());
      g.writeNumberField("maxMoves", o.maxMoves());
      g.writeNumberField("phases", o.phases());
      g.writeNumberField("timeLimitMillis", o.timeLimitMillis());
      g.writeNumberField("maxFirings", o.engine().firingLimit());
      g.writeBooleanField("memo", o.engine().memo());
      g.writeNumberField("groupsFrom", o.engine().splitFrom());
      g.writeNumberField("verify", o.engine().verifyEvery());
      RunOptions.Analysis a = o.analysis();
      g.writeNumberField("keepFeasible", a.keepFeasible());
      g.writeNumberField("keepNearMisses", a.keepNearMisses());
      g.writeBooleanField("analyses", a.analyses());
      g.writeNumberField("maxRelaxation", a.maxRelaxation());
      g.writeArrayFieldStart("explain");
      for (String id : a.explain()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeNumberField("neighbourhoodBudget", a.neighbourhoodBudget());
      g.writeBooleanField("wholeSpace", a.wholeSpace());
      g.writeObjectFieldStart("uncertainty");
      g.writeBooleanField("on", a.uncertainty().on());
      g.writeNumberField("exactUpTo", a.uncertainty().exactLimit());
      g.writeNumberField("samples", a.uncertainty().samples());
      g.writeNumberField("seed", a.uncertainty().seed());
      g.writeEndObject();
      g.writeBooleanField("allDeals", allDeals);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
