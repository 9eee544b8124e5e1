package org.gordian.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@code schema/case.schema.json} and {@code schema/expectations.schema.json} accept every shipped
 * and test case and expectations file, reject the broken cases whose defect a schema can see, and
 * are what the shipped files name on their first line.
 */
class CaseSchemaTest {
  static final Path CASE_SCHEMA = Path.of("schema/case.schema.json");
  static final Path EXPECTATIONS_SCHEMA = Path.of("schema/expectations.schema.json");
  static final Path BROKEN = Path.of("src/test/resources/broken");

  /**
   * The broken cases whose defect is a matter of shape (an unknown key, a wrong type, a value out of
   * range, a missing key; unknown top-level keys such as an alias bomb's): the schema rejects them. The others need the files around the case
   * (rule folders, declared types, ids defined elsewhere) or are not YAML at all.
   */
  static final Set<String> SHAPE_DEFECTS = Set.of(
      "case-bad-id", "case-empty", "case-kind-is-list", "case-limit-zero", "case-max-moves-not-number",
      "case-max-moves-zero", "case-missing-kind", "case-only-comments", "case-parties-not-list",
      "case-phase-negative", "case-phase-not-number", "case-phase-too-large", "case-phase-zero",
      "case-scenario-named-baseline", "case-tags-not-list", "case-top-level-list", "case-top-level-text",
      "case-unknown-key-bounds", "case-unknown-key-move", "case-unknown-key-scenario", "case-unknown-key-top",
      "case-phases-negative", "case-alias-bomb");

  static final ObjectMapper JSON = new ObjectMapper();

  static Schema schema(Path file) throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(file), InputFormat.JSON);
  }

  /** YAML as the case loader reads it: YAML 1.1 booleans, and dates left as text. */
  static JsonNode yaml(Path file) throws IOException {
    Resolver noDates = new Resolver() {
      @Override
      public void addImplicitResolver(org.yaml.snakeyaml.nodes.Tag tag, java.util.regex.Pattern regexp, String first,
          int limit) {
        if (!tag.equals(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP)) {
          super.addImplicitResolver(tag, regexp, first, limit);
        }
      }
    };
    LoaderOptions options = new LoaderOptions();
    var y = new org.yaml.snakeyaml.Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
        new DumperOptions(), options, noDates);
    Object value = y.load(Files.readString(file, StandardCharsets.UTF_8));
    return JSON.valueToTree(value);
  }

  static List<String> errors(Schema schema, Path file) throws IOException {
    return schema.validate(yaml(file)).stream().map(Error::toString).toList();
  }

  static Stream<Path> goodFiles(String name) throws IOException {
    List<Path> roots = List.of(Path.of("examples"), Path.of("src/test/resources"));
    List<Path> all = new java.util.ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.getFileName().toString().equals(name)).filter(p -> !p.startsWith(BROKEN))
            .sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  static Stream<Path> cases() throws IOException {
    return goodFiles("case.yaml");
  }

  static Stream<Path> expectations() throws IOException {
    return goodFiles("expectations.yaml");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyShippedAndTestCaseMatchesTheCaseSchema(Path file) throws IOException {
    assertThat(errors(schema(CASE_SCHEMA), file)).as(file.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("expectations")
  void everyExpectationsFileMatchesTheExpectationsSchema(Path file) throws IOException {
    assertThat(errors(schema(EXPECTATIONS_SCHEMA), file)).as(file.toString()).isEmpty();
  }

  @Test
  void theSchemaRejectsExactlyTheBrokenCasesWhoseDefectIsOfShape() throws IOException {
    Schema schema = schema(CASE_SCHEMA);
    Set<String> rejected = new TreeSet<>();
    Set<String> unreadable = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(BROKEN)) {
      for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("case-")).sorted().toList()) {
        Path file = dir.resolve("case.yaml");
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
          continue;
        }
        List<String> errors;
        try {
          errors = errors(schema, file);
        } catch (RuntimeException | IOException e) {
          unreadable.add(dir.getFileName().toString());
          continue;
        }
        if (!errors.isEmpty()) {
          rejected.add(dir.getFileName().toString());
        }
      }
    }
    Set<String> expected = new TreeSet<>(SHAPE_DEFECTS);
    expected.removeAll(unreadable);
    assertThat(rejected).isEqualTo(expected);
  }

  @Test
  void aCaseMadeByInitMatchesBothSchemas(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("new-case");
    assertThat(org.gordian.cli.Cli.run("init", dir.toString(), "--parties", "A,B,C", "--quiet").code()).isZero();
    assertThat(errors(schema(CASE_SCHEMA), dir.resolve("case.yaml"))).isEmpty();
    assertThat(errors(schema(EXPECTATIONS_SCHEMA), dir.resolve("expectations.yaml"))).isEmpty();
  }

  @Test
  void theOptionalKeysOfUncertainAndDatedCasesAreAccepted(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws IOException {
    Path file = Files.writeString(tmp.resolve("case.yaml"), """
        id: dated
        rules: [rules]
        parties:
          - id: US
            factions: [{id: hawks}]
            positions:
              all-or-nothing: {held: 0.7, source: "para. 3", confidence: hedged}
        moves:
          - {id: relief, party: US, kind: relief}
        context:
          - id: pressure
            type: Pressure
            fields: {level: high}
            outcomes:
              - {fields: {level: high}, probability: 0.6}
              - {fields: {level: low}, probability: 0.4}
        date: 2019-02-28
        scenarios:
          - id: later
            date: 2019-06-30
            source: what happened that day
            factions:
              US/hawks: off
          - id: doubtful
            factions:
              US/hawks: {held: 0.3}
        """);
    assertThat(errors(schema(CASE_SCHEMA), file)).isEmpty();
    // The loader reads the same keys: schema and loader agree on what a case may say.
    Files.createDirectories(tmp.resolve("rules"));
    org.gordian.model.CaseDef read = org.gordian.load.CaseLoader.load(file);
    assertThat(read.scenario("later").orElseThrow().dating().source()).isEqualTo("what happened that day");
    Path wrong = Files.writeString(tmp.resolve("wrong.yaml"), Files.readString(file).replace("held: 0.7", "held: 7"));
    assertThat(errors(schema(CASE_SCHEMA), wrong)).isNotEmpty();
    Path dated = Files.writeString(tmp.resolve("expectations.yaml"), """
        expectations:
          - scenario: later
            deal: relief
            feasible: true
          - scenario: later
            deal: relief
            not-vetoed-by: [US/all-or-nothing]
          - deal: relief
            unlocked-by: US/all-or-nothing
          - knot: [relief, relief-2]
            holds: false
        """);
    assertThat(errors(schema(EXPECTATIONS_SCHEMA), dated)).isEmpty();
  }

  @Test
  void theShippedExamplesNameTheSchemasOnTheirFirstLine() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("examples"))) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        assertThat(Files.readAllLines(dir.resolve("case.yaml")).get(0))
            .isEqualTo("# yaml-language-server: $schema=../../schema/case.schema.json");
        assertThat(Files.readAllLines(dir.resolve("expectations.yaml")).get(0))
            .isEqualTo("# yaml-language-server: $schema=../../schema/expectations.schema.json");
      }
    }
  }
}
