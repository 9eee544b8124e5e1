package org.gordian.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gordian.batch.BatchEntry;
import org.gordian.batch.BatchId;
import org.gordian.batch.BatchIndex;
import org.gordian.batch.ListedVerdict;
import org.gordian.batch.Shard;

/**
 * A batch index as JSON, written and read back (to merge shards). Keys always in the same order;
 * {@code generatedAt} is the only line that differs between two batches of the same inputs.
 *
 * <p>Since layout 1.1 each entry also holds the extensions of the reports written and each listed
 * deal's verdict ({@code listedVerdicts}), from which the batch page shows the deals that flip
 * against the baseline. An index of layout 1.0 is still read: its runs have Markdown and JSON
 * reports and no recorded verdicts.
 */
public final class IndexJson implements Reporter<BatchIndex> {
  /** The version of the index layout. */
  public static final String SCHEMA_VERSION = "1.1";

  private final Instant generatedAt;

  /** A writer stamping indexes with this time. */
  public IndexJson(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  /** Writes the index. */
  @Override
  public void write(BatchIndex index, Writer w) throws IOException {
    try (JsonGenerator g = JsonReport.generator(w)) {
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("generatedAt", Text.timestamp(generatedAt));
      g.writeNumberField("runs", index.runs());
      if (index.shard() != null) {
        g.writeStringField("shard", index.shard().toString());
      }
      if (index.id() != null) {
        g.writeObjectFieldStart("batch");
        g.writeStringField("inputs", index.id().inputs());
        g.writeArrayFieldStart("runs");
        for (String run : index.id().runs()) {
          g.writeString(run);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("files");
        for (var f : index.id().files().entrySet()) {
          g.writeStringField(f.getKey(), f.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeArrayFieldStart("entries");
      for (BatchEntry e : index.entries()) {
        g.writeStartObject();
        g.writeNumberField("ordinal", e.ordinal());
        g.writeStringField("caseFile", e.caseFile());
        g.writeStringField("case", e.caseId());
        g.writeStringField("scenario", e.scenario());
        g.writeStringField("description", e.description());
        g.writeBooleanField("ok", e.ok());
        g.writeStringField("message", e.message());
        g.writeNumberField("listed", e.listed());
        g.writeNumberField("listedFeasible", e.listedFeasible());
        g.writeNumberField("generated", e.generated());
        g.writeNumberField("generatedFeasible", e.generatedFeasible());
        g.writeStringField("report", e.report());
        g.writeArrayFieldStart("extensions");
        for (String x : e.extensions()) {
          g.writeString(x);
        }
        g.writeEndArray();
        if (e.verdicts() != null) {
          g.writeArrayFieldStart("listedVerdicts");
          for (ListedVerdict v : e.verdicts()) {
            g.writeStartObject();
            g.writeStringField("deal", v.deal());
            g.writeBooleanField("feasible", v.feasible());
            g.writeArrayFieldStart("vetoes");
            for (String p : v.vetoes()) {
              g.writeString(p);
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    w.write("\n");
  }

  /**
   * Reads an index written by {@link #write}.
   *
   * @throws IOException when the text is not such an index
   */
  public static BatchIndex read(Reader r) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(r)) {
      expect(p.nextToken(), JsonToken.START_OBJECT, "an object");
      int runs = -1;
      Shard shard = null;
      BatchId id = null;
      List<BatchEntry> entries = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.getCurrentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "runs" -> runs = p.getIntValue();
          case "shard" -> {
            try {
              shard = Shard.parse(p.getText());
            } catch (IllegalArgumentException e) {
              throw new IOException(e.getMessage());
            }
          }
          case "batch" -> id = batchId(p, t);
          case "entries" -> {
            expect(t, JsonToken.START_ARRAY, "'entries' as a list");
            while (p.nextToken() == JsonToken.START_OBJECT) {
              entries.add(entry(p));
            }
          }
          default -> p.skipChildren();
        }
      }
      if (runs < 0) {
        throw new IOException("not a batch index: no 'runs'");
      }
      return new BatchIndex(runs, shard, id, entries);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException("not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static BatchId batchId(JsonParser p, JsonToken start) throws IOException {
    expect(start, JsonToken.START_OBJECT, "'batch' as an object");
    String inputs = null;
    List<String> runs = null;
    Map<String, String> files = new java.util.LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.getCurrentName();
      JsonToken t = p.nextToken();
      if (field.equals("inputs") && t == JsonToken.VALUE_STRING) {
        inputs = p.getText();
      } else if (field.equals("runs")) {
        expect(t, JsonToken.START_ARRAY, "'batch.runs' as a list");
        runs = new ArrayList<>();
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
          runs.add(p.getText());
        }
        expect(t, JsonToken.END_ARRAY, "'batch.runs' to hold only text");
      } else if (field.equals("files")) {
        expect(t, JsonToken.START_OBJECT, "'batch.files' as an object");
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = p.getCurrentName();
          expect(p.nextToken(), JsonToken.VALUE_STRING, "'batch.files' to hold only text");
          files.put(name, p.getText());
        }
        expect(t, JsonToken.END_OBJECT, "'batch.files' to hold only names and digests");
      } else {
        p.skipChildren();
      }
    }
    if (inputs == null || runs == null) {
      throw new IOException("not a batch index: 'batch' needs 'inputs' and 'runs'");
    }
    return new BatchId(runs, inputs, files);
  }

  private static BatchEntry entry(JsonParser p) throws IOException {
    Map<String, Object> m = new HashMap<>();
    List<String> extensions = null;
    List<ListedVerdict> verdicts = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.getCurrentName();
      JsonToken t = p.nextToken();
      if (field.equals("extensions")) {
        extensions = strings(p, t, "'extensions'");
        for (String x : extensions) {
          if (!BatchEntry.KNOWN.contains(x)) {
            throw new IOException("not a batch index: report extension '" + x + "' is not one of "
                + String.join(", ", BatchEntry.KNOWN));
          }
        }
        continue;
      }
      if (field.equals("listedVerdicts")) {
        verdicts = verdicts(p, t);
        continue;
      }
      if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
        p.skipChildren();   // a member a later layout adds; a required one then counts as missing
        continue;
      }
      m.put(field, switch (t) {
        case VALUE_NUMBER_INT -> p.getLongValue();
        case VALUE_TRUE -> Boolean.TRUE;
        case VALUE_FALSE -> Boolean.FALSE;
        case VALUE_NULL -> null;
        default -> p.getText();
      });
    }
    try {
      return new BatchEntry(num(m, "ordinal").intValue(), (String) m.get("caseFile"), (String) m.get("case"),
          (String) m.get("scenario"), (String) m.get("description"), (Boolean) m.get("ok"),
          (String) m.get("message"), num(m, "listed").intValue(), num(m, "listedFeasible").intValue(),
          num(m, "generated"), num(m, "generatedFeasible"), (String) m.get("report"),
          // An index of layout 1.0 names no extensions: its runs wrote Markdown and JSON.
          extensions != null ? extensions : (Boolean) m.get("ok") ? BatchEntry.ALWAYS : List.of(), verdicts);
    } catch (ClassCastException | NullPointerException e) {
      throw new IOException("not a batch index: an entry lacks a field or has the wrong type");
    }
  }

  private static List<ListedVerdict> verdicts(JsonParser p, JsonToken start) throws IOException {
    expect(start, JsonToken.START_ARRAY, "'listedVerdicts' as a list");
    List<ListedVerdict> out = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
      String deal = null;
      Boolean feasible = null;
      List<String> vetoes = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.getCurrentName();
        JsonToken v = p.nextToken();
        switch (field) {
          case "deal" -> deal = v == JsonToken.VALUE_STRING ? p.getText() : null;
          case "feasible" -> feasible = v == JsonToken.VALUE_TRUE ? Boolean.TRUE : v == JsonToken.VALUE_FALSE
              ? Boolean.FALSE : null;
          case "vetoes" -> vetoes = strings(p, v, "'vetoes'");
          default -> p.skipChildren();
        }
      }
      if (deal == null || feasible == null || vetoes == null) {
        throw new IOException("not a batch index: a listed verdict needs 'deal', 'feasible' and 'vetoes'");
      }
      out.add(new ListedVerdict(deal, feasible, vetoes));
    }
    expect(t, JsonToken.END_ARRAY, "'listedVerdicts' to hold only objects");
    return out;
  }

  private static List<String> strings(JsonParser p, JsonToken start, String what) throws IOException {
    expect(start, JsonToken.START_ARRAY, what + " as a list");
    List<String> out = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
      out.add(p.getText());
    }
    expect(t, JsonToken.END_ARRAY, what + " to hold only text");
    return out;
  }

  private static Long num(Map<String, Object> m, String key) {
    return (Long) m.get(key);
  }

  private static void expect(JsonToken t, JsonToken want, String what) throws IOException {
    if (t != want) {
      throw new IOException("not a batch index: expected " + what);
    }
  }
}
