package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gordian.Gordian;
import org.gordian.Robustness;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The sensitivity section in each format, on the fixture whose answers are known by construction. */
@Tag("slow")
class SensitivityReportTest {
  static final Path FIXTURE = Path.of("src/test/resources/sensitivity");
  private static RunResult result;
  private static Schema schema;

  @BeforeAll
  static void run() throws IOException {
    result = Robustness.run(Gordian.load(FIXTURE), RunOptions.defaults().withThreads(2, 4096));
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(JsonSchemaTest.SCHEMA), InputFormat.JSON);
  }

  private static String sensitivityReport(Format format) throws IOException {
    StringWriter w = new StringWriter();
    Reporters.sensitivity(format, ReportRuns.FIXED).write(result, w);
    return w.toString();
  }

  @Test
  void theJsonReportWithSensitivityMatchesTheSchema() throws IOException {
    String report = ReportRuns.render(Format.JSON, result);
    assertThat(schema.validate(report, InputFormat.JSON)).isEmpty();
    JsonNode s = JsonSchemaTest.JSON.readTree(report).get("sensitivity");
    assertThat(s.get("fragile").asInt()).isEqualTo(result.sensitivity().fragile().size());
    assertThat(s.get("changes").size()).isEqualTo(12);
    JsonNode strict = s.get("changes").get(9);
    assertThat(strict.get("kind").asText()).isEqualTo("strictness");
    assertThat(strict.get("from").asText()).isEqualTo("<=");
    assertThat(strict.get("line").asInt()).isEqualTo(13);
    assertThat(sensitivityReport(Format.JSON)).isEqualTo(report);
  }

  @Test
  void theSensitivityReportsMatchTheirGoldenFiles() throws IOException {
    Path golden = Path.of("src/test/resources/golden");
    org.gordian.Golden.assertMatches(golden.resolve("sensitivity-fixture.md"), sensitivityReport(Format.MARKDOWN));
    org.gordian.Golden.assertMatches(golden.resolve("sensitivity-fixture.json"), sensitivityReport(Format.JSON));
  }

  @Test
  void theJsonReportWithoutSensitivityHasNoSuchMember() throws IOException {
    String report = ReportRuns.render(Format.JSON, result.withSensitivity(null));
    assertThat(JsonSchemaTest.JSON.readTree(report).has("sensitivity")).isFalse();
  }

  @Test
  void theMarkdownReportMarksEachConclusionAndNamesTheChanges() throws IOException {
    String run = ReportRuns.render(Format.MARKDOWN, result);
    assertThat(run).contains("## Sensitivity: robust and fragile conclusions")
        .contains("- **robust** — verdict of `sequenced`: feasible")
        .contains("- **fragile** — verdict of `gift-only`: infeasible; flipped by `B/no-gifts` off (→ feasible)")
        .contains("rule “A wants dismantlement done before relief” (a.drl:13): `<=` → `<` (→ feasible)");
    String alone = sensitivityReport(Format.MARKDOWN);
    assertThat(alone).startsWith("# Sensitivity report: A case for sensitivity analysis\n")
        .contains("- As it stands: 1 of 3 listed deals feasible")
        .doesNotContain("## Listed deals");
    assertThat(alone.substring(alone.indexOf("## Sensitivity")))
        .isEqualTo(run.substring(run.indexOf("## Sensitivity"), run.indexOf("## Sensitivity") + alone.length()
            - alone.indexOf("## Sensitivity")));
  }

  @Test
  void theHtmlReportsHoldTheSectionWithBadges() throws IOException {
    String run = ReportRuns.render(Format.HTML, result);
    assertThat(run).contains("id=\"sensitivity\"").contains("class=\"badge fragile\"")
        .contains("class=\"badge robust\"").contains("`B/no-gifts` off → feasible");
    String alone = sensitivityReport(Format.HTML);
    assertThat(alone).startsWith("<!DOCTYPE html>").contains("Sensitivity report: A case for sensitivity analysis")
        .contains("id=\"sensitivity\"").endsWith("</html>\n");
  }
}
