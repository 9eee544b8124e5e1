package org.gordian.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.model.Bounds;
import org.gordian.model.CaseDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case declares moves that exclude each other, and a scenario its own bounds. */
class AlternativesLoadingTest {
  @TempDir
  Path dir;

  private static final String HEAD = """
      id: t
      rules: [rules]
      parties:
        - id: A
        - id: B
      moves:
        - id: cap-0
          party: A
          kind: enrichment
        - id: cap-367
          party: A
          kind: enrichment
        - id: cap-20
          party: A
          kind: enrichment
        - id: relief
          party: B
          kind: relief
      alternatives:
        - [cap-0, cap-367, cap-20]
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
  void alternativesReachTheBoundsAndAScenarioKeepsThemUnderItsOwnBounds() throws IOException {
    CaseDef c = CaseLoader.load(write(HEAD + """
        bounds:
          max-moves: 3
          phases: 2
        scenarios:
          - id: wider
            description: deals of up to four moves in three phases
            bounds:
              max-moves: 4
              phases: 3
        """));
    assertThat(c.bounds().alternatives()).containsExactly(List.of("cap-0", "cap-367", "cap-20"));
    Bounds wider = c.scenario("wider").orElseThrow().bounds();
    assertThat(wider.maxMoves()).isEqualTo(4);
    assertThat(wider.phases()).isEqualTo(3);
    assertThat(wider.alternatives()).isEqualTo(c.bounds().alternatives());
    assertThat(wider.moves()).isEqualTo(c.bounds().moves());
  }

  @Test
  void aListedDealHoldingTwoAlternativesIsRefusedWhereItIsWritten() throws IOException {
    List<Diagnostic> ds = problems(HEAD + """
        deals:
          - id: both-caps
            moves:
              cap-0: 1
              cap-20: 2
        """);
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).line()).isEqualTo(22);
    assertThat(ds.get(0).message()).isEqualTo("deal 'both-caps' holds 'cap-0' and 'cap-20', which 'alternatives'"
        + " declares exclusive (a deal may hold one of cap-0, cap-367, cap-20)");
  }

  @Test
  void aGroupOfOneOrOfUnknownMovesIsRefusedWithItsLine() throws IOException {
    List<Diagnostic> ds = problems(HEAD.replace("  - [cap-0, cap-367, cap-20]", "  - [cap-0]\n  - [cap-1, relief]"));
    // The group with an unknown move is reported once, for that move, not again for its size.
    assertThat(ds).extracting(Diagnostic::message).containsExactly(
        "a group of 'alternatives' needs two moves or more, of which a deal may hold one; found 1",
        "unknown move 'cap-1' in a group of 'alternatives'; did you mean 'cap-0'?");
    assertThat(ds.get(0).line()).isEqualTo(20);
  }

  @Test
  void requiringTwoAlternativesIsRefused() throws IOException {
    List<Diagnostic> ds = problems(HEAD + """
        bounds:
          require: [cap-0, cap-367]
        """);
    assertThat(ds).extracting(Diagnostic::message).containsExactly(
        "'bounds.require' holds 'cap-0' and 'cap-367', which 'alternatives' declares exclusive; no deal fits these"
            + " bounds");
  }
}
