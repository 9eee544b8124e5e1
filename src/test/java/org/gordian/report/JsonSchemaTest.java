package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gordian.analysis.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every JSON report the Hanoi case produces matches {@code schema/report.schema.json}, and the schema is strict. */
class JsonSchemaTest {
  static final Path SCHEMA = Path.of("schema/report.schema.json");
  static final ObjectMapper JSON = new ObjectMapper();
  static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
  }

  static Stream<Arguments> runs() {
    return Stream.of(
        Arguments.of("baseline, listed deals only", (Supplier<RunResult>) ReportRuns::listedOnly),
        Arguments.of("baseline with the deal space", (Supplier<RunResult>) ReportRuns::space),
        Arguments.of("scenario us-drops-all-or-nothing", (Supplier<RunResult>) ReportRuns::scenario));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void reportMatchesTheSchema(String name, Supplier<RunResult> run) {
    String report = ReportRuns.render(Format.JSON, run.get());
    List<Error> errors = schema.validate(report, InputFormat.JSON);
    assertThat(errors).as("schema errors for %s", name).isEmpty();
  }

  @Test
  void schemaPinsTheVersionTheReporterWrites() throws IOException {
    JsonNode s = JSON.readTree(SCHEMA.toFile());
    assertThat(s.at("/properties/schemaVersion/const").asText()).isEqualTo(JsonReport.SCHEMA_VERSION);
    assertThat(s.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void schemaIsAValidDraft202012Schema() throws IOException {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(Files.readString(SCHEMA), InputFormat.JSON)).isEmpty();
    assertThat(meta.validate("{\"type\": \"no-such-type\"}", InputFormat.JSON)).as("the meta-schema is strict")
        .isNotEmpty();
  }

  @Test
  void scenarioReportNamesTheSwitchedOffPosition() throws IOException {
    JsonNode report = JSON.readTree(ReportRuns.render(Format.JSON, ReportRuns.scenario()));
    assertThat(report.at("/scenario/id").asText()).isEqualTo("us-drops-all-or-nothing");
    assertThat(report.at("/scenario/disabled/0").asText()).isEqualTo("US/all-or-nothing");
  }

  static Stream<Arguments> tamperings() {
    return Stream.of(
        Arguments.of("an unknown top-level key", (Consumer<ObjectNode>) r -> r.put("extra", 1)),
        Arguments.of("another schema version", (Consumer<ObjectNode>) r -> r.put("schemaVersion", "2.0")),
        Arguments.of("a deal without its verdict",
            (Consumer<ObjectNode>) r -> ((ObjectNode) r.withArray("deals").get(0)).remove("feasible")),
        Arguments.of("a veto without its rule line",
            (Consumer<ObjectNode>) r -> ((ObjectNode) r.withArray("nearMisses").get(0).withArray("deals").get(0)
                .withArray("vetoes").get(0)).remove("line")),
        Arguments.of("a phase given as text",
            (Consumer<ObjectNode>) r -> ((ObjectNode) r.withArray("deals").get(0).withArray("moves").get(0))
                .put("phase", "1")),
        Arguments.of("a feasible generated deal with a veto",
            (Consumer<ObjectNode>) r -> ((ArrayNode) r.withArray("feasible").get(0).withArray("vetoes"))
                .add(r.withArray("deals").get(0).withArray("vetoes").get(0))),
        Arguments.of("the blocking map without the space counts",
            (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("summary")).remove("evaluated")),
        Arguments.of("a time stamp that is not UTC to the second",
            (Consumer<ObjectNode>) r -> r.put("generatedAt", "28 Feb 2019")));
  }

  @ParameterizedTest(name = "rejects {0}")
  @MethodSource("tamperings")
  void rejectsReportsThatDoNotMatchTheLayout(String name, Consumer<ObjectNode> tamper) throws IOException {
    ObjectNode report = (ObjectNode) JSON.readTree(ReportRuns.render(Format.JSON, ReportRuns.space()));
    assertThat(schema.validate(report)).as("the untouched report").isEmpty();
    tamper.accept(report);
    assertThat(schema.validate(report)).as("errors for %s", name).isNotEmpty();
  }
}
