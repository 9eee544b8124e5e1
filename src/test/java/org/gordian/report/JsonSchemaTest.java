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
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.TestCases;
import org.gordian.analysis.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON report the example cases produce — with and without the deal space, the analyses and
 * deals asked for by id — matches {@code schema/report.schema.json}, and the schema is strict.
 */
class JsonSchemaTest {
  static final Path SCHEMA = Path.of("schema/report.schema.json");
  static final Path REYKJAVIK = Path.of("examples/reykjavik-1986");
  static final ObjectMapper JSON = new ObjectMapper();
  static Schema schema;
  private static RunResult reykjavik;

  /** The Reykjavik baseline with the deal space and the analyses, as {@code gordian run} makes it. */
  static synchronized RunResult reykjavik() {
    if (reykjavik == null) {
      reykjavik = Gordian.load(REYKJAVIK).run(ReportRuns.SPACE);
    }
    return reykjavik;
  }

  @BeforeAll
  static void loadSchema() throws IOException {
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
  }

  static Stream<Arguments> runs() {
    return Stream.of(
        Arguments.of("baseline, listed deals only", (Supplier<RunResult>) ReportRuns::listedOnly),
        Arguments.of("baseline with the deal space", (Supplier<RunResult>) ReportRuns::space),
        Arguments.of("scenario us-drops-all-or-nothing", (Supplier<RunResult>) ReportRuns::scenario),
        Arguments.of("listed deals only, without the analyses", (Supplier<RunResult>) () -> TestCases.hanoi()
            .run(RunOptions.defaults().withSpace(false).withAnalyses(false, 0))),
        Arguments.of("listed deals only, and a deal asked for by id", (Supplier<RunResult>) () -> TestCases.hanoi()
            .run(RunOptions.defaults().withSpace(false)
                .withExplain(List.of("partial-sanctions-easing/dismantle-yongbyon")))),
        Arguments.of("Reykjavik baseline with the deal space", (Supplier<RunResult>) JsonSchemaTest::reykjavik),
        Arguments.of("a 25-move case whose nearest deals lie in the listed deals' neighbourhoods",
            (Supplier<RunResult>) () -> Gordian.load(Path.of("src/test/resources/analysis/accord"))
                .run(RunOptions.defaults().withThreads(1, 64))),
        Arguments.of("a small case answered over every deal of the case",
            (Supplier<RunResult>) () -> Gordian.load(Path.of("src/test/resources/analysis/beyond-bounds"))
                .run(RunOptions.defaults().toBuilder().wholeSpace(true).build().withThreads(1, 64))),
        Arguments.of("a case with uncertain facts and positions, exact",
            (Supplier<RunResult>) () -> Gordian.load(Path.of("src/test/resources/uncertainty"))
                .run(RunOptions.defaults().withThreads(1, 64))),
        Arguments.of("a case with uncertain facts and positions, sampled, under a faction scenario",
            (Supplier<RunResult>) () -> Gordian.load(Path.of("src/test/resources/uncertainty"))
                .run(RunOptions.defaults().toBuilder().scenario("hawks-weakened").uncertainty(
                    new org.gordian.analysis.Uncertainty.Options(true, 1, 500, 3, true)).build().withThreads(1, 64))),
        Arguments.of("a case whose rules read the deal's id: the whole space sampled",
            (Supplier<RunResult>) () -> Gordian.load(Path.of("src/test/resources/analysis/reads-id"))
                .run(RunOptions.defaults().toBuilder().wholeSpace(true).build().withThreads(1, 64))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void reportMatchesTheSchema(String name, Supplier<RunResult> run) {
    String report = ReportRuns.render(Format.JSON, run.get());
    List<Error> errors = schema.validate(report, InputFormat.JSON);
    assertThat(errors).as("schema errors for %s", name).isEmpty();
  }

  @Test
  void reykjavikReportHasEveryAnalysisSectionAndMatchesTheSchema() throws IOException {
    String text = ReportRuns.render(Format.JSON, reykjavik());
    JsonNode report = JSON.readTree(text);
    assertThat(report.at("/case/id").asText()).isEqualTo("reykjavik-1986");
    assertThat(report.fieldNames()).toIterable().contains("blocking", "feasible", "nearMisses", "relaxations",
        "relaxationSearch", "nearest", "knots", "pareto", "ranking", "analysisNotes");
    assertThat(report.get("relaxations").size()).as("infeasible listed deals relaxed").isPositive();
    // In 1986 no feasible deal leaves both sides better off than no deal: there is no Nash deal to name.
    assertThat(report.at("/ranking/feasible").asLong()).isEqualTo(7);
    assertThat(report.at("/ranking/acceptable").asLong()).isZero();
    assertThat(report.at("/ranking/nash").isMissingNode()).isTrue();
    assertThat(schema.validate(text, InputFormat.JSON)).as("schema errors for the Reykjavik report").isEmpty();
  }

  @Test
  void aWholeSpaceTheRulesDefeatIsReportedWithTheReasonAndASampledShare() throws IOException {
    RunResult r = Gordian.load(Path.of("src/test/resources/analysis/reads-id"))
        .run(RunOptions.defaults().toBuilder().wholeSpace(true).build().withThreads(1, 64));
    JsonNode whole = JSON.readTree(ReportRuns.render(Format.JSON, r)).get("wholeSpace");
    assertThat(whole.get("exact").asBoolean()).isFalse();
    assertThat(whole.get("defeated").asText()).isNotEmpty();
    // Every deal without b1 is vetoed. Of the 19 deals of three moves in up to two phases (3 of one
    // move, 9 of two, 7 of three), the 14 holding b1 are feasible: the interval holds 14/19.
    JsonNode sample = whole.get("sample");
    assertThat(sample.get("samples").asInt()).isEqualTo(10_000);
    assertThat(sample.get("deals").asLong()).isEqualTo(19);
    assertThat(sample.get("low").asDouble()).isLessThanOrEqualTo(14.0 / 19);
    assertThat(sample.get("high").asDouble()).isGreaterThanOrEqualTo(14.0 / 19);
    assertThat(sample.get("low").asDouble()).isLessThanOrEqualTo(sample.get("share").asDouble());
    assertThat(sample.get("high").asDouble()).isGreaterThanOrEqualTo(sample.get("share").asDouble());
    assertThat(ReportRuns.render(Format.MARKDOWN, r)).contains("not answered exactly")
        .contains("deals drawn uniformly at random (seed 20190228)");
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
        Arguments.of("another schema version", (Consumer<ObjectNode>) r -> r.put("schemaVersion", "1.1")),
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
            (Consumer<ObjectNode>) r -> r.put("generatedAt", "28 Feb 2019")),
        Arguments.of("a knot of an unknown kind",
            (Consumer<ObjectNode>) r -> ((ObjectNode) r.withArray("knots").get(0)).put("kind", "tangled")),
        Arguments.of("a knot of two moves with an order that is not before, same or after",
            (Consumer<ObjectNode>) r -> ((ObjectNode) r.withArray("knots").get(0).get("orders")).putArray("never")),
        Arguments.of("one analysis section without the others", (Consumer<ObjectNode>) r -> r.remove("knots")),
        Arguments.of("a ranking without its Pareto front", (Consumer<ObjectNode>) r -> r.remove("pareto")),
        Arguments.of("a relaxation set naming a position without its party",
            (Consumer<ObjectNode>) r -> ((ArrayNode) r.get("relaxations").elements().next().get(0))
                .set(0, JSON.getNodeFactory().textNode("all-or-nothing"))),
        Arguments.of("an edit removing a move to a phase",
            (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("nearest").findParents("edit").stream()
                .filter(e -> e.get("edit").asText().equals("remove")).findFirst().orElseThrow()).put("toPhase", 1)),
        Arguments.of("a nearest deal found neither in a neighbourhood nor in the space",
            (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("nearest").elements().next().get(0))
                .put("foundIn", "elsewhere")),
        Arguments.of("nearest deals without the scope of their search",
            (Consumer<ObjectNode>) r -> r.remove("nearestSearch")),
        Arguments.of("a relaxation search that is not unrelaxable but keeps vetoes",
            (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("relaxationSearch").elements().next())
                .withArray("remainingVetoes").addObject().put("rule", "r").put("file", "f.drl").put("line", 1)
                .put("reason", "why")));
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
