package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gordian.Compare;
import org.gordian.Comparisons;
import org.gordian.Diff;
import org.gordian.RunOptions;
import org.gordian.analysis.AnalysisChanges;
import org.gordian.analysis.Comparison;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.DiffResult.DealChange;
import org.gordian.model.PositionRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The comparison's reports: the JSON matches {@code schema/compare.schema.json} (2020-12), which is
 * strict; the HTML escapes what the case says; and the diff's HTML page carries the facts of the
 * Markdown diff.
 */
@Tag("slow")
class CompareReportTest {
  static final Path SCHEMA = Path.of("schema/compare.schema.json");
  static final ObjectMapper JSON = new ObjectMapper();
  static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
  }

  static Stream<Arguments> comparisons() {
    return Stream.of(
        Arguments.of("Hanoi, every scenario, with a small space",
            (Supplier<Comparison>) () -> Comparisons.all("hanoi-2019", true, false)),
        Arguments.of("Reykjavik, every scenario, listed deals only",
            (Supplier<Comparison>) () -> Comparisons.all("reykjavik-1986", false, false)),
        Arguments.of("Hanoi, one scenario with the analyses", (Supplier<Comparison>) () -> Compare.scenarios(
            Comparisons.load("hanoi-2019"), List.of("us-drops-all-or-nothing"), Comparisons.options(true, true))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("comparisons")
  void jsonMatchesTheSchema(String name, Supplier<Comparison> c) {
    assertThat(schema.validate(render(Format.JSON, c.get()), InputFormat.JSON)).as("schema errors for %s", name)
        .isEmpty();
  }

  @Test
  void theSchemaIsStrict() throws IOException {
    JsonNode good = JSON.readTree(render(Format.JSON, Comparisons.all("reykjavik-1986", false, false)));
    ObjectNode unknownKey = good.deepCopy();
    unknownKey.put("extra", 1);
    ObjectNode badVerdict = good.deepCopy();
    ((ObjectNode) badVerdict.at("/deals/0/cells/0")).put("verdict", "maybe");
    ObjectNode vetoedWithoutVetoes = good.deepCopy();
    ObjectNode cell = (ObjectNode) vetoedWithoutVetoes.at("/deals/0/cells/0");
    cell.put("verdict", "vetoed");
    cell.set("vetoes", JSON.createArrayNode());
    ObjectNode baselineNotFirst = good.deepCopy();
    ArrayNode columns = (ArrayNode) baselineNotFirst.get("scenarios");
    columns.insert(0, columns.remove(1));
    for (JsonNode bad : List.of(unknownKey, badVerdict, vetoedWithoutVetoes, baselineNotFirst)) {
      assertThat(schema.validate(bad.toString(), InputFormat.JSON)).isNotEmpty();
    }
    assertThat(JSON.readTree(SCHEMA.toFile()).at("/properties/schemaVersion/const").asText())
        .isEqualTo(CompareJson.SCHEMA_VERSION);
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(Files.readString(SCHEMA), InputFormat.JSON)).isEmpty();
  }

  @Test
  void theJsonGridHoldsEveryCellOfTheResult() throws IOException {
    Comparison c = Comparisons.all("hanoi-2019", true, false);
    JsonNode j = JSON.readTree(render(Format.JSON, c));
    assertThat(j.get("deals")).hasSize(c.rows().size());
    for (int r = 0; r < c.rows().size(); r++) {
      for (int k = 0; k < c.columns().size(); k++) {
        Comparison.Cell cell = c.rows().get(r).cells().get(k);
        JsonNode node = j.at("/deals/" + r + "/cells/" + k);
        assertThat(node.get("scenario").asText()).isEqualTo(c.columns().get(k).scenario());
        assertThat(node.get("verdict").asText()).isEqualTo(!cell.listed() ? "not-listed" : cell.feasible()
            ? "feasible" : "vetoed");
        assertThat(JSON.convertValue(node.get("vetoes"), List.class))
            .isEqualTo(cell.vetoes().stream().map(PositionRef::toString).toList());
      }
    }
  }

  @Test
  void htmlEscapesWhatTheCaseSays() {
    PositionRef p = new PositionRef("P<1>", "no-\"deal\"");
    Comparison.Column base = new Comparison.Column("baseline", null, LocalDate.of(2020, 1, 2), List.of(), 1, 0, null,
        null);
    DiffResult change = new DiffResult("c", "baseline", "s&t", List.of(new DealChange("d<b>", "<i>t</i>", true,
        DiffResult.Change.BECAME_FEASIBLE, List.of(p), List.of())), null, List.of(), null);
    Comparison.Column s = new Comparison.Column("s&t", "<script>alert(1)</script>", null,
        List.of("switches off `" + p + "`"), 1, 1, null, change);
    Comparison c = new Comparison("c", "<b>title</b>", null, List.of(base, s), List.of(new Comparison.Row("d<b>",
        "<i>t</i>", List.of(new Comparison.Cell(true, List.of(p)), new Comparison.Cell(true, List.of())))));
    String page = render(Format.HTML, c);
    assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>title").doesNotContain("d<b>")
        .doesNotContain("P<1>").contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("s&amp;t")
        .contains("<code>d&lt;b&gt;</code>").contains("2020-01-02");
    assertThat(render(Format.MARKDOWN, c)).contains("baseline (2020-01-02)").contains("\\<script\\>");
  }

  @Test
  void theDiffPageCarriesTheFactsOfTheMarkdownDiff() {
    DiffResult d = Diff.scenarios(Comparisons.load("hanoi-2019"), "baseline", "us-drops-all-or-nothing",
        Comparisons.options(true, true), 5);
    StringWriter md = new StringWriter();
    StringWriter html = new StringWriter();
    try {
      new DiffMarkdown(ReportRuns.FIXED).write(d, md);
      Reporters.of(DiffResult.class, Format.HTML, ReportRuns.FIXED).write(d, html);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String page = text(html.toString());
    assertThat(d.listed()).isNotEmpty();
    assertThat(d.analyses().unchanged()).isFalse();
    for (DealChange c : Stream.concat(d.listed().stream(), d.generated().examples().stream()).toList()) {
      assertThat(page).contains(c.id() + " " + DiffMarkdown.words(c.change()));
      Stream.concat(c.appeared().stream(), c.disappeared().stream()).forEach(p -> assertThat(page).contains(
          p.toString()));
    }
    for (AnalysisChanges.Headline h : d.analyses().headlines()) {
      assertThat(page).contains(": " + h.from() + " → " + h.to());
    }
    for (AnalysisChanges.RelaxationChange r : d.analyses().relaxations()) {
      assertThat(page).contains("Minimal relaxations of " + r.dealId() + ":");
    }
    d.blocking().stream().filter(DiffResult.BlockingChange::changed).forEach(b -> assertThat(page)
        .contains(b.position() + " " + DiffMarkdown.arrow(b.fromVetoes(), b.toVetoes())));
    // The same count of list items and table rows of changes as the Markdown.
    long mdRows = md.toString().lines().filter(l -> l.startsWith("| `")).count();
    long htmlRows = html.toString().lines().filter(l -> l.startsWith("<tr><td><code>")).count();
    assertThat(htmlRows).isEqualTo(mdRows);
    assertThat(Reporters.formats(DiffResult.class)).contains(Format.HTML, Format.MARKDOWN, Format.JSON);
  }

  /** A page's text as a reader sees it: tags dropped, cells and items spaced, entities read. */
  private static String text(String html) {
    return html.replaceAll("</t[dh]>", " ").replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("[ \\t]+", " ");
  }

  private static String render(Format f, Comparison c) {
    StringWriter w = new StringWriter();
    try {
      Reporters.of(Comparison.class, f, ReportRuns.FIXED).write(c, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
