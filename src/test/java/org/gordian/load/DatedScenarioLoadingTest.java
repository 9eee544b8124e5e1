package org.gordian.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.model.CaseDef;
import org.gordian.model.Dating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case has a moment of its own, and a scenario may describe another day, for a backtest. */
class DatedScenarioLoadingTest {
  @TempDir
  Path dir;

  private static final String CASE = """
      id: t
      date: 2019-02-28
      rules: [rules]
      parties:
        - id: A
      moves:
        - id: m
          party: A
          kind: k
      scenarios:
        - id: earlier
          date: 2018-06-12
          source: a joint statement of that day
        - id: later
          date: '2019-10-05'
        - id: undated
      """;

  private Path write(String yaml) throws IOException {
    Files.createDirectories(dir.resolve("rules"));
    Path file = dir.resolve("case.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private List<Diagnostic> problems(String yaml) throws IOException {
    Path file = write(yaml);
    GordianException e = catchThrowableOfType(GordianException.class, () -> CaseLoader.load(file));
    assertThat(e).as("loading should fail").isNotNull();
    return e.diagnostics();
  }

  @Test
  void theCaseAndItsScenariosKeepTheirDaysAndSources() throws IOException {
    CaseDef c = CaseLoader.load(write(CASE));
    assertThat(c.date()).isEqualTo(LocalDate.of(2019, 2, 28));
    assertThat(c.scenario("earlier").orElseThrow().dating())
        .isEqualTo(new Dating(LocalDate.of(2018, 6, 12), "a joint statement of that day"));
    assertThat(c.scenario("later").orElseThrow().dating()).isEqualTo(new Dating(LocalDate.of(2019, 10, 5), null));
    assertThat(c.scenario("undated").orElseThrow().dating()).isNull();
  }

  @Test
  void aDayIsDescribedByItsDistanceFromTheCase() {
    LocalDate hanoi = LocalDate.of(2019, 2, 28);
    assertThat(new Dating(LocalDate.of(2018, 6, 12), null).describe(hanoi))
        .isEqualTo("2018-06-12, 8 months before the case");
    assertThat(new Dating(LocalDate.of(2019, 10, 5), null).describe(hanoi))
        .isEqualTo("2019-10-05, 7 months after the case");
    assertThat(new Dating(LocalDate.of(2019, 3, 2), null).describe(hanoi)).isEqualTo("2019-03-02, 2 days after the case");
    assertThat(new Dating(LocalDate.of(1987, 12, 8), null).describe(LocalDate.of(1986, 10, 12)))
        .isEqualTo("1987-12-08, 1 year 1 month after the case");
    assertThat(new Dating(hanoi, null).describe(hanoi)).isEqualTo("2019-02-28, the case's own day");
    assertThat(new Dating(hanoi, null).describe(null)).isEqualTo("2019-02-28");
  }

  @Test
  void aDateThatIsNotADayIsRefusedWithWhatWasFound() throws IOException {
    List<Diagnostic> ds = problems(CASE.replace("date: 2018-06-12", "date: June 2018")
        .replace("date: 2019-02-28", "date: 2019-02-30"));
    assertThat(ds).extracting(Diagnostic::message).containsExactly(
        "'date' in the case is not a day of the calendar: 2019-02-30",
        "'date' in scenario 'earlier' must be a date written YYYY-MM-DD (for example 2019-02-28), found 'June 2018'");
    assertThat(ds).extracting(Diagnostic::line).containsExactly(2, 12);
  }

  @Test
  void aSourceWithoutADayIsRefused() throws IOException {
    List<Diagnostic> ds = problems(CASE.replace("    date: 2018-06-12\n", ""));
    assertThat(ds).extracting(Diagnostic::message).containsExactly("scenario 'earlier' gives a 'source' but no"
        + " 'date': a source records what happened on the scenario's day; write the day as date: YYYY-MM-DD");
  }
}
