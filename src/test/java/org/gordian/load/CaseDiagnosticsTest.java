package org.gordian.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in a case file are reported with the line and column where they are, all of them. */
class CaseDiagnosticsTest {
  @TempDir
  Path dir;

  private static final String HEAD = """
      id: t
      rules: [rules]
      parties:
        - id: A
        - id: B
      moves:
        - id: dismantle-yongbyon
          party: A
          kind: give
        - id: relief
          party: B
          kind: give
      """;

  private List<Diagnostic> problems(String yaml) throws IOException {
    Files.createDirectories(dir.resolve("rules"));
    Path file = dir.resolve("case.yaml");
    Files.writeString(file, yaml);
    GordianException e = catchThrowableOfType(GordianException.class, () -> CaseLoader.load(file));
    assertThat(e).as("loading should fail").isNotNull();
    return e.diagnostics();
  }

  @Test
  void unknownMoveInADealIsNamedWithItsLineAndASuggestion() throws IOException {
    List<Diagnostic> ds = problems(HEAD + """
        deals:
          - id: kim-offer
            moves:
              dismantle-yongbyn: 1
        """);
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).line()).isEqualTo(16);
    assertThat(ds.get(0).message()).isEqualTo(
        "unknown move 'dismantle-yongbyn' in deal 'kim-offer'; did you mean 'dismantle-yongbyon'?");
  }

  @Test
  void duplicateIdsAndUnknownKeysAreAllReported() throws IOException {
    List<Diagnostic> ds = problems(HEAD + """
          - id: relief
            party: B
            kind: give
            colour: red
        """);
    assertThat(ds).extracting(Diagnostic::message).containsExactly(
        "unknown key 'colour' in a move (allowed: id, party, kind, scope, tags, description, source)",
        "duplicate move id 'relief'");
    assertThat(ds).extracting(Diagnostic::line).containsExactly(16, 13);
  }

  @Test
  void unknownTopLevelKeySuggestsTheRightOne() throws IOException {
    List<Diagnostic> ds = problems(HEAD + "scenarioz: []\n");
    assertThat(ds.get(0).message()).startsWith("unknown key 'scenarioz' in the case file; did you mean 'scenarios'?");
    assertThat(ds.get(0).line()).isEqualTo(13);
    assertThat(ds.get(0).column()).isEqualTo(1);
  }

  @Test
  void wrongTypesAndPhaseZeroAreReported() throws IOException {
    List<Diagnostic> ds = problems(HEAD + """
        deals:
          - id: d
            moves:
              relief: 0
              dismantle-yongbyon: soon
        """);
    assertThat(ds).extracting(Diagnostic::message).containsExactly(
        "the phase of 'relief' in deal 'd' is 0; phases are numbered from 1 (at most 60)",
        "the phase of 'dismantle-yongbyon' in deal 'd' must be a whole number, found 'soon'");
  }

  @Test
  void notYamlPointsAtTheBrokenPlace() throws IOException {
    List<Diagnostic> ds = problems("id: t\nparties: [A\nmoves: x\n");
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).toString()).startsWith(dir.resolve("case.yaml").toString().replace(
        Path.of("").toAbsolutePath() + "/", "") + ":");
    assertThat(ds.get(0).message()).startsWith("not valid YAML");
    assertThat(ds.get(0).line()).isGreaterThan(1);
  }

  @Test
  void emptyFileSaysWhatIsExpected() throws IOException {
    List<Diagnostic> ds = problems("");
    assertThat(ds.get(0).message()).contains("the case file is empty");
  }

  @Test
  void impossibleBoundsAreRefused() throws IOException {
    List<Diagnostic> ds = problems(HEAD + """
        bounds:
          max-moves: 1
          phases: 0
          parties:
            A: {min: 1}
            B: {min: 1}
        """);
    assertThat(ds).extracting(Diagnostic::message).contains(
        "'phases' is 0; it must be between 1 and 60",
        "the parties' minimums add up to 2 moves but 'max-moves' is 1; no deal fits these bounds");
  }

  @Test
  void missingRuleFolderIsAnErrorAtItsLine() throws IOException {
    Path file = dir.resolve("case.yaml");
    Files.writeString(file, HEAD.replace("rules: [rules]", "rules: [no-such-rules]"));
    CaseLoaderTestSupport.assertRuleFolderMissing(file);
  }

  /** Loading rules is the façade's job; this keeps the test beside the other case checks. */
  static final class CaseLoaderTestSupport {
    static void assertRuleFolderMissing(Path file) {
      GordianException e = catchThrowableOfType(GordianException.class, () -> org.gordian.Gordian.load(file));
      assertThat(e).isNotNull();
      assertThat(e.diagnostics().get(0).line()).isEqualTo(2);
      assertThat(e.diagnostics().get(0).message()).contains("rule folder").contains("no-such-rules")
          .contains("does not exist");
    }
  }
}
