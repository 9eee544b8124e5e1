package org.gordian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.gordian.diag.GordianException;
import org.gordian.load.LoadOptions;
import org.gordian.load.RulesOutside;
import org.gordian.engine.EngineOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios switch positions off, change context, add rules and deals; every bad reference names its case-file line. */
class ScenarioTest {
  @TempDir
  Path dir;

  @Test
  void hanoiShipsTheFourScenariosOfTheArticle() {
    assertThat(TestCases.hanoi().caseDef().scenarios()).extracting(s -> s.id())
        .contains("no-hardliner-pressure", "us-drops-all-or-nothing", "hawks-sidelined", "more-sanctions");
    assertThat(TestCases.hanoi().caseDef().scenarios()).allSatisfy(s -> assertThat(s.description()).isNotBlank());
  }

  @Test
  void droppingAPositionRemovesItsVetoes() {
    RunResult r = TestCases.hanoi().run(RunOptions.defaults().withSpace(false).withScenario("us-drops-all-or-nothing"));
    DealOutcome kim = r.listedDeal("kim-hanoi-demand").orElseThrow();
    assertThat(kim.verdict().vetoes()).noneMatch(v -> v.getPosition().equals("all-or-nothing"));
    assertThat(r.disabled()).extracting(Object::toString).containsExactly("US/all-or-nothing");
  }

  @Test
  void aScenarioAddsItsDealsToTheListedOnes() {
    RunResult r = TestCases.hanoi().run(RunOptions.defaults().withSpace(false).withScenario("more-sanctions"));
    assertThat(r.listedDeal("squeeze-after-hanoi")).isPresent();
  }

  @Test
  void anUnknownPartyInDisableIsAnErrorAtItsLine() throws Exception {
    String text = CaseFiles.hanoiText().replaceFirst("- US/all-or-nothing", "- USA/all-or-nothing");
    Path file = CaseFiles.write(dir, text);
    assertThatThrownBy(() -> Gordian.load(file, LoadOptions.DEFAULT.withRulesOutside(RulesOutside.ALLOWED))).isInstanceOf(GordianException.class)
        .hasMessageContaining("case.yaml:" + CaseFiles.lineOf(text, "USA/all-or-nothing"))
        .hasMessageContaining("unknown party 'USA'").hasMessageContaining("did you mean 'US'");
  }

  @Test
  void anUnknownContextFactIsAnErrorAtItsLine() throws Exception {
    String text = CaseFiles.hanoiText().replaceFirst("      hardliner-pressure:\n        fields:",
        "      hardliner-presure:\n        fields:");
    Path file = CaseFiles.write(dir, text);
    assertThatThrownBy(() -> Gordian.load(file, LoadOptions.DEFAULT.withRulesOutside(RulesOutside.ALLOWED))).isInstanceOf(GordianException.class)
        .hasMessageContaining("case.yaml:" + CaseFiles.lineOf(text, "hardliner-presure:"))
        .hasMessageContaining("'hardliner-presure', which the case does not define");
  }

  @Test
  void anUnknownPositionIsAnErrorWhenTheCaseIsLoaded() throws Exception {
    String text = CaseFiles.hanoiText().replaceFirst("- US/all-or-nothing", "- US/all-or-nothin");
    Path file = CaseFiles.write(dir, text);
    assertThatThrownBy(() -> Gordian.load(file, LoadOptions.DEFAULT.withRulesOutside(RulesOutside.ALLOWED)))
        .isInstanceOf(GordianException.class)
        .hasMessageContaining("case.yaml:" + CaseFiles.lineOf(text, "US/all-or-nothin"))
        .hasMessageContaining("switches off position 'US/all-or-nothin', which no rule holds")
        .hasMessageContaining("did you mean 'US/all-or-nothing'");
  }

  @Test
  void aScenarioAddingAMissingRuleFileIsAnErrorAtItsLine() throws Exception {
    String text = CaseFiles.hanoiText().replaceFirst("    disable:\n      - US/all-or-nothing",
        "    disable:\n      - US/all-or-nothing\n    rules:\n      - extra/missing.drl");
    Path file = CaseFiles.write(dir, text);
    assertThatThrownBy(() -> Gordian.load(file, LoadOptions.DEFAULT.withRulesOutside(RulesOutside.ALLOWED))).isInstanceOf(GordianException.class)
        .hasMessageContaining("case.yaml:" + CaseFiles.lineOf(text, "extra/missing.drl"))
        .hasMessageContaining("adds rules from 'extra/missing.drl', which does not exist");
  }

  @Test
  void anUnknownScenarioOnTheCommandLineNamesTheKnownOnes() {
    assertThatThrownBy(() -> TestCases.hanoi().scenario("no-hardliner-presure"))
        .hasMessageContaining("did you mean 'no-hardliner-pressure'");
  }
}
