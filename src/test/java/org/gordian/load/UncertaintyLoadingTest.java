package org.gordian.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gordian.Check;
import org.gordian.Gordian;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.model.CaseDef;
import org.gordian.model.ContextFact;
import org.gordian.model.Party;
import org.gordian.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uncertain context facts, positions held with a probability and faction changes: read as written, and
 * every mistake named at its line and column with what was expected.
 */
class UncertaintyLoadingTest {
  static final Path CASE = Path.of("src/test/resources/uncertainty");

  @TempDir
  Path dir;

  /** The test case copied, with one piece of its case file replaced; returns the case file. */
  private Path variant(String from, String to) throws IOException {
    Files.createDirectories(dir.resolve("rules"));
    try (Stream<Path> files = Files.list(CASE.resolve("rules"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve("rules").resolve(f.getFileName()));
      }
    }
    String text = Files.readString(CASE.resolve("case.yaml"));
    assertThat(text).as("the fixture holds the text replaced").contains(from);
    Path file = dir.resolve("case.yaml");
    Files.writeString(file, text.replace(from, to));
    return file;
  }

  /** The only problem loading the case with its rules reports. */
  private static Diagnostic problem(Path file) {
    GordianException e = catchThrowableOfType(GordianException.class, () -> Gordian.load(file));
    assertThat(e).as("loading should fail").isNotNull();
    assertThat(e.diagnostics()).as("one problem: %s", e.diagnostics()).hasSize(1);
    return e.diagnostics().get(0);
  }

  @Test
  void readsOutcomesHeldPositionsAndFactionChanges() {
    CaseDef c = CaseLoader.load(CASE);
    ContextFact pressure = c.context().get(0);
    assertThat(pressure.fields()).containsEntry("level", "high");
    assertThat(pressure.outcomes()).extracting(ContextFact.Outcome::probability).containsExactly(0.6, 0.4);
    assertThat(pressure.outcomes().get(1).fields()).containsExactly(java.util.Map.entry("level", "low"));
    assertThat(pressure.in(pressure.outcomes().get(1)).fields()).containsEntry("party", "A").containsEntry("level", "low");
    Party a = c.parties().get(0);
    assertThat(a.positions()).extracting(Party.Held::position, Party.Held::held)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("dismantlement-with-relief", 0.7));
    assertThat(a.positions().get(0).evidence().source()).isEqualTo("test fixture");
    Scenario off = c.scenario("hawks-sidelined").orElseThrow();
    assertThat(off.factions()).extracting(Scenario.FactionChange::name, Scenario.FactionChange::off)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A/hawks", true));
    assertThat(c.scenario("hawks-weakened").orElseThrow().factions().get(0).held()).isEqualTo(0.3);
  }

  @Test
  void probabilitiesThatDoNotAddUpToOneAreRefusedAtTheOutcomes() throws IOException {
    Diagnostic d = problem(variant("probability: 0.4}", "probability: 0.3}"));
    assertThat(d.line()).isEqualTo(27);
    assertThat(d.column()).isEqualTo(5);
    assertThat(d.message()).contains("the probabilities of the outcomes of context fact 'pressure' add up to 0.9")
        .contains("add up to 0.9; expected 1 (within 1e-9)");
  }

  @Test
  void probabilitiesAddingUpToOneWithinRoundingAreTaken() throws IOException {
    Path file = variant("probability: 0.6}\n      - {fields: {level: low}, probability: 0.4}",
        "probability: 0.1}\n      - {fields: {level: low}, probability: 0.2}\n"
            + "      - {fields: {level: mid}, probability: 0.7}");
    assertThat(Gordian.load(file).caseDef().context().get(0).outcomes()).hasSize(3);
  }

  @Test
  void aProbabilityOutsideZeroToOneIsRefusedAtItsValue() throws IOException {
    Diagnostic d = problem(variant("probability: 0.6}", "probability: 1.6}"));
    assertThat(d.line()).isEqualTo(28);
    assertThat(d.column()).isEqualTo(46);
    assertThat(d.message()).isEqualTo("the probability of an outcome of context fact 'pressure' is 1.6; a probability"
        + " lies between 0 and 1");
  }

  @Test
  void aProbabilityThatIsNoNumberIsRefused() throws IOException {
    Diagnostic d = problem(variant("probability: 0.6}", "probability: likely}"));
    assertThat(d.message()).contains("must be a probability, a number from 0 to 1, found 'likely'");
  }

  @Test
  void anUnknownKeyInAnOutcomeIsRefusedWithTheKeysAllowed() throws IOException {
    Path file = variant("probability: 0.6}", "chance: 0.6}");
    List<Diagnostic> all = catchThrowableOfType(GordianException.class, () -> Gordian.load(file)).diagnostics();
    Diagnostic d = all.get(0);
    assertThat(d.line()).isEqualTo(28);
    assertThat(all.get(1).message()).contains("needs 'probability'");
    assertThat(d.message()).contains("unknown key 'chance' in an outcome of context fact 'pressure'")
        .contains("allowed: fields, probability");
  }

  @Test
  void anOutcomeFieldTheTypeLacksIsRefusedAtTheField() throws IOException {
    Diagnostic d = problem(variant("{fields: {level: low}", "{fields: {levle: low}"));
    assertThat(d.line()).isEqualTo(29);
    assertThat(d.column()).isEqualTo(26);
    assertThat(d.message()).startsWith("type 'Pressure' has no field 'levle'").contains("did you mean 'level'");
  }

  @Test
  void aHeldPositionNoRuleHoldsIsRefusedWithTheNearestName() throws IOException {
    Diagnostic d = problem(variant("freeze-needs-payment: {held: 0.5}", "freeze-needs-paymnt: {held: 0.5}"));
    assertThat(d.line()).isEqualTo(15);
    assertThat(d.column()).isEqualTo(7);
    assertThat(d.message()).contains("no rule holds 'B/freeze-needs-paymnt'")
        .contains("did you mean 'B/freeze-needs-payment'");
  }

  @Test
  void aHeldProbabilityAboveOneIsRefused() throws IOException {
    Diagnostic d = problem(variant("{held: 0.5}", "{held: 2}"));
    assertThat(d.line()).isEqualTo(15);
    assertThat(d.column()).isEqualTo(36);
    assertThat(d.message()).isEqualTo("'held' of position 'B/freeze-needs-payment' is 2; a probability lies between"
        + " 0 and 1");
  }

  @Test
  void anUnknownKeyOfAHeldPositionIsRefused() throws IOException {
    Diagnostic d = problem(variant("{held: 0.5}", "{hold: 0.5}"));
    assertThat(d.message()).contains("unknown key 'hold'").contains("did you mean 'held'");
  }

  @Test
  void anUnknownFactionInAScenarioIsRefusedWithTheKnownOnes() throws IOException {
    Diagnostic d = problem(variant("A/hawks: off", "A/hawk: off"));
    assertThat(d.line()).isEqualTo(48);
    assertThat(d.column()).isEqualTo(7);
    assertThat(d.message()).contains("unknown faction 'A/hawk' in scenario 'hawks-sidelined'")
        .contains("did you mean 'A/hawks'").contains("(factions: A/hawks)");
  }

  @Test
  void aFactionChangeThatIsNeitherOffNorHeldIsRefused() throws IOException {
    Diagnostic d = problem(variant("A/hawks: off", "A/hawks: weak"));
    assertThat(d.line()).isEqualTo(48);
    assertThat(d.column()).isEqualTo(16);
    assertThat(d.message()).contains("must be 'off' (every position of the faction off) or '{held: p}'");
  }

  @Test
  void aRuleNamingAFactionItsPartyLacksIsRefusedAtTheRule() throws IOException {
    Path file = variant("id: odds", "id: odds");
    Path a = dir.resolve("rules/a.drl");
    Files.writeString(a, Files.readString(a).replace("@faction(\"hawks\")\nwhen\n  $d : Deal( has(\"a-pays\") )",
        "@faction(\"doves\")\nwhen\n  $d : Deal( has(\"a-pays\") )"));
    Diagnostic d = problem(file);
    assertThat(d.file().getFileName().toString()).isEqualTo("a.drl");
    assertThat(d.line()).isEqualTo(28);
    assertThat(d.message()).contains("rule 'A's hawks pay nothing' names faction 'doves', which party 'A' does not"
        + " declare").contains("(factions of A: hawks)");
  }

  @Test
  void rulesOfOnePositionNamingTwoFactionsAreRefusedAndCheckSaysSo() throws IOException {
    Path file = variant("id: odds", "id: odds");
    Files.writeString(dir.resolve("case.yaml"), Files.readString(file).replace("{id: hawks, name: A's hawks}",
        "{id: hawks, name: A's hawks}\n      - {id: doves}"));
    Files.writeString(dir.resolve("rules/more.drl"), """
        package odds;

        import org.gordian.facts.Deal;
        import org.gordian.facts.Veto;

        // A second rule of the hawks' position, said to be the doves'.
        rule "A's doves pay for nothing either"
          @party("A") @position("no-payment") @faction("doves")
        when
          $d : Deal( has("a-pays"), has("a-gives") )
        then
          insertLogical(new Veto("a payment and relief"));
        end
        """);
    Diagnostic d = problem(file);
    assertThat(d.file().getFileName().toString()).isEqualTo("more.drl");
    assertThat(d.line()).isEqualTo(7);
    assertThat(d.message()).contains("names faction 'doves', but the rule at").contains("a.drl:28 names 'hawks'")
        .contains("all rules of one position must name the same faction");
    List<Diagnostic> checked = Check.run(file);
    assertThat(checked).extracting(Diagnostic::message).anyMatch(m -> m.contains("must name the same faction"));
  }
}
