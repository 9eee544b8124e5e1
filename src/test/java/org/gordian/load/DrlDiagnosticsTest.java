package org.gordian.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.RunFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken rule files, each named for its defect, give diagnostics on the user's own file and line. */
class DrlDiagnosticsTest {
  private static final Path DEFECTS = Path.of("src/test/resources/drl-defects");
  private static final Path MINI = Path.of("src/test/resources/mini");

  private static List<Diagnostic> compileErrors(String fixture) {
    return CompileErrors.of(DEFECTS.resolve(fixture + ".drl"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing-paren    | 10 | 1  | mismatched input 'then'",
      "unknown-field    | 9  | 9  | Move has no field 'colour'",
      "bad-method       | 11 | 0  | sizeOfEverything()",
      "unknown-type     | 8  | 3  | unknown fact type 'Treaty'",
      "missing-position | 6  | 0  | creates a Veto but has no @position metadata"})
  void compileErrorNamesFileLineColumnAndWhatIsWrong(String fixture, int line, int column, String text) {
    List<Diagnostic> errors = compileErrors(fixture);
    assertThat(errors).hasSize(1);
    Diagnostic d = errors.get(0);
    assertThat(d.file().toAbsolutePath().normalize()).isEqualTo(DEFECTS.resolve(fixture + ".drl").toAbsolutePath().normalize());
    assertThat(d.line()).isEqualTo(line);
    assertThat(d.column()).isEqualTo(column);
    assertThat(d.message()).contains(text);
    assertThat(d.toString()).startsWith("src/test/resources/drl-defects/" + fixture + ".drl:" + line + ":");
  }

  @Test
  void everyProblemIsListedNotOnlyTheFirst() {
    List<Diagnostic> errors = compileErrors("two-errors");
    assertThat(errors).extracting(Diagnostic::line).containsExactly(9, 17);
    assertThat(errors.get(0).message()).contains("First broken rule").contains("colour");
    assertThat(errors.get(1).message()).contains("Second broken rule").contains("flavour");
  }

  @Test
  void unknownFieldSuggestsTheClosestOne() {
    GordianException e = catchThrowableOfType(GordianException.class, () -> RuleLoader.compile(List.of(
        DEFECTS.resolve("unknown-field.drl"))));
    assertThat(e.diagnostics().get(0).message()).doesNotContain("strict-mode").doesNotContain("org.mvel2");
  }

  private static RunFailure runFailure(String fixture) {
    Gordian g = Gordian.load(MINI, List.of(DEFECTS.resolve(fixture + ".drl")));
    return catchThrowableOfType(RunFailure.class, () -> g.run(RunOptions.defaults().withSpace(false)));
  }

  @Test
  void exceptionInAConsequenceNamesTheRuleAndTheDeal() {
    RunFailure f = runFailure("throws-at-run-time");
    Diagnostic d = f.diagnostics().get(0);
    assertThat(d.line()).isEqualTo(6);
    assertThat(d.file().toString()).endsWith("throws-at-run-time.drl");
    assertThat(d.message()).contains("rule 'A rule dividing by zero' failed on deal 'x-then-y'")
        .contains("ArithmeticException: / by zero");
  }

  @Test
  void typeMismatchIsFoundInTheUsersFile() {
    RunFailure f = runFailure("type-mismatch");
    Diagnostic d = f.diagnostics().get(0);
    assertThat(d.file().toString()).endsWith("type-mismatch.drl");
    assertThat(d.line()).isEqualTo(9);
    assertThat(d.column()).isEqualTo(9);
    assertThat(d.message()).contains("rule 'A rule comparing a phase with a word' cannot evaluate 'phaseOf(\"x\") == \"late\"'")
        .contains("deal 'x-then-y'").contains("number compared with text");
  }

  @Test
  void ruleThatFiresForeverIsStoppedAndNamed() {
    Gordian g = Gordian.load(MINI, List.of(DEFECTS.resolve("fires-forever.drl")));
    assertThatThrownBy(() -> g.run(RunOptions.defaults().withSpace(false)
        .withEngine(org.gordian.engine.EngineOptions.DEFAULT.withFiringLimit(500))))
        .isInstanceOf(RunFailure.class)
        .hasMessageContaining("fires-forever.drl:16")
        .hasMessageContaining("rule 'Count without end' fired 500 times on deal 'x-then-y'");
  }
}
