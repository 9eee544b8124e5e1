package org.gordian.load.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gordian.diag.Diagnostic;
import org.gordian.load.CompileErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken DSL rule files, mappings and decision tables, each named for its defect, give diagnostics
 * as good as DRL's: the file the analyst wrote, its line (and column, or cell), and what was expected.
 */
class DomainDiagnosticsTest {
  private static final Path BROKEN = Path.of("src/test/resources/dsl/broken");

  private static List<Diagnostic> errors(String fixture) {
    return CompileErrors.of(BROKEN.resolve(fixture));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unmapped-sentence.dslr | 9  | 3 | no [when] entry of the DSL matches 'the deal offerz humanitarian-aid'; the nearest sentence is 'the deal offers {move}'",
      "unmapped-result.dslr   | 12 | 3 | no [then] entry of the DSL matches 'US vetos the deal: relief short of giving up every facility'; the nearest sentence is '{party} vetoes: {reason}'",
      "other-party.dslr       | 11 | 0 | rule 'Washington wants it all' has 'DPRK' give its result, but its @party is 'US'"})
  void aSentenceNoEntryMatchesIsNamedWhereItIsWritten(String fixture, int line, int column, String text) {
    List<Diagnostic> errors = errors(fixture);
    assertThat(errors).hasSize(1);
    Diagnostic d = errors.get(0);
    assertThat(d.toString()).isEqualTo("src/test/resources/dsl/broken/" + fixture + ":" + line
        + (column > 0 ? ":" + column : "") + ": " + d.message());
    assertThat(d.message()).startsWith(text);
  }

  @Test
  void aMappingLineWithoutItsEqualsSignIsNamedInTheMapping() {
    List<Diagnostic> errors = errors("bad-mapping-line/positions.dslr");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).toString()).startsWith("src/test/resources/dsl/broken/bad-mapping-line/positions.dsl:3: "
        + "cannot read the DSL entry '[when]the deal gives aid $d : Deal( has(\"humanitarian-aid\") )'")
        .endsWith("expected [when], [then], [keyword] or [*], then a sentence, '=' and the DRL it stands for");
  }

  @Test
  void aCellTheRulesCannotCompileIsNamedWithItsValue() {
    List<Diagnostic> errors = errors("malformed-cell.csv");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).toString()).isEqualTo(
        "src/test/resources/dsl/broken/malformed-cell.csv:10: cell D10 ('two'): in 'countBy(\"USSR\") < two': Deal has no field 'two'");
  }

  @Test
  void checkNamesTheCellThatAsksAboutAnUnknownMove(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
    Path rules = java.nio.file.Files.createDirectories(temp.resolve("rules/reykjavik-1986"));
    try (var files = java.nio.file.Files.list(Path.of("rules/reykjavik-1986"))) {
      for (Path f : files.toList()) {
        java.nio.file.Files.copy(f, rules.resolve(f.getFileName()));
      }
    }
    Path table = rules.resolve("us-ceilings.csv");
    java.nio.file.Files.writeString(table, java.nio.file.Files.readString(table)
        .replace("\"us-strategic-cuts-50, ussr-strategic-cuts-50\"", "\"us-strategic-cuts-50, ussr-strategic-cutz-50\""));
    Path example = java.nio.file.Files.createDirectories(temp.resolve("examples/reykjavik-1986"));
    java.nio.file.Files.copy(Path.of("examples/reykjavik-1986/case.yaml"), example.resolve("case.yaml"));

    List<String> said = org.gordian.Check.run(example).stream().map(Diagnostic::toString)
        .filter(d -> d.contains("cutz")).toList();
    assertThat(said).singleElement().asString()
        .contains("rules/reykjavik-1986/us-ceilings.csv:11: warning: cell G11 ('us-strategic-cuts-50, ussr-strategic-cutz-50'):"
            + " in rule \"Washington halves its strategic arms only if Moscow does\": rules ask about move"
            + " 'ussr-strategic-cutz-50', which the case does not define; did you mean 'ussr-strategic-cuts-50'?")
        .doesNotContain("us-ceilings.csv:13");
  }

  @Test
  void aCellGivingFewerValuesThanItsColumnAsksForIsRefused() {
    List<Diagnostic> errors = errors("missing-value.csv");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).toString()).isEqualTo("src/test/resources/dsl/broken/missing-value.csv:9: cell D9"
        + " ('us-strategic-cuts-50'): the column's code asks for $2 but the cell gives fewer values; separate the values"
        + " with commas");
  }
}
