package org.gordian.load.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gordian.Gordian;
import org.gordian.TestCases;
import org.gordian.analysis.DealOutcome;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.engine.Rulebook;
import org.gordian.facts.Concern;
import org.gordian.facts.RuleRef;
import org.gordian.facts.Veto;
import org.gordian.load.RuleLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results of rules written as sentences or in a decision table name the file the analyst wrote:
 * a {@code .dslr} file and line, a {@code .csv} file and row, a workbook's file, sheet and cell.
 */
class DomainProvenanceTest {
  @TempDir
  Path temp;

  @Test
  void aConcernOfASentenceNamesTheDslrFileAndTheLineOfItsRule() {
    DealOutcome d = TestCases.evaluate(TestCases.hanoi(), null, TestCases.deal("humanitarian-aid@1"));
    List<Concern> seoul = d.verdict().concerns().stream().filter(c -> c.getParty().equals("ROK")).toList();
    assertThat(seoul).extracting(c -> c.getRule().where() + " " + c.getWeight())
        .containsExactly("rules/hanoi-2019/rok.dslr:11 2.0");
  }

  @Test
  void aVetoOfADecisionTableNamesTheCsvFileAndTheRowOfItsRule() {
    Gordian reykjavik = Gordian.load(Path.of("examples/reykjavik-1986"));
    DealOutcome d = TestCases.evaluate(reykjavik, null, TestCases.deal("us-strategic-cuts-50@1"));
    assertThat(d.verdict().vetoes()).filteredOn(v -> v.getPosition().equals("equal-strategic-ceilings"))
        .extracting(v -> v.getRule().where() + " " + v.getReason())
        .containsExactly("rules/reykjavik-1986/us-ceilings.csv:11 the United States halves its strategic arms but the"
            + " Soviet Union does not");
  }

  @Test
  void aRuleOfAWorkbookIsPlacedAtItsSheetAndCell() throws IOException {
    Path book = workbook("1");
    Rulebook rules = RuleLoader.compile(List.of(book));
    assertThat(rules.rules().values()).extracting(RuleRef::rule, r -> r.where().substring(r.where().lastIndexOf('/') + 1))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Seoul likes a liaison office", "terms.xlsx Terms!A10"),
            org.assertj.core.groups.Tuple.tuple("Seoul likes humanitarian aid", "terms.xlsx Terms!A11"));
    assertThat(rules.rules().values()).extracting(RuleRef::line).containsExactlyInAnyOrder(10, 11);
  }

  @Test
  void aBadCellOfAWorkbookIsNamedWithItsSheet() throws IOException {
    Path book = workbook("one");
    GordianException e = catchThrowableOfType(GordianException.class, () -> RuleLoader.compile(List.of(book)));
    assertThat(e).isNotNull();
    assertThat(e.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::toString)
        .singleElement().asString().endsWith("terms.xlsx:11: cell Terms!E11 ('one, aid reaches the North'): in the"
            + " consequence of rule 'Seoul likes humanitarian aid': one cannot be resolved to a variable");
  }

  /** A workbook whose sheet "Terms" holds the table of {@code dsl/table/seoul-likes.csv}, the last weight as given. */
  private Path workbook(String lastWeight) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/dsl/table/seoul-likes.csv"));
    Path out = temp.resolve("terms.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
      Sheet sheet = wb.createSheet("Terms");
      org.drools.decisiontable.parser.csv.CsvLineParser parser = new org.drools.decisiontable.parser.csv.CsvLineParser();
      for (int r = 0; r < lines.size(); r++) {
        List<String> cells = new java.util.ArrayList<>(parser.parse(lines.get(r)));
        if (r == 7) {   // the code row: the weight becomes a column of its own
          cells.set(4, "insertLogical(new Concern($1, \"$2\"));");
        }
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells.size(); c++) {
          String v = cells.get(c);
          if (r >= 9 && c == 4) {
            v = (r == 10 ? lastWeight : "2") + ", " + v;
          }
          row.createCell(c).setCellValue(v);
        }
      }
      wb.write(os);
    }
    return out;
  }
}
