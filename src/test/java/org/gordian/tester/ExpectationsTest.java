package org.gordian.tester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.TestCases;
import org.gordian.diag.GordianException;
import org.gordian.load.ExpectationsLoader;
import org.gordian.model.ExpectationsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped case meets its expectations; broken expectations files are errors with their line. */
@org.junit.jupiter.api.Tag("slow")
class ExpectationsTest {
  @TempDir
  Path dir;

  static Stream<Path> shippedExpectations() throws IOException {
    try (Stream<Path> cases = Files.list(Path.of("examples"))) {
      return cases.map(c -> c.resolve(ExpectationsLoader.FILE)).filter(Files::isRegularFile).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedExpectations")
  void everyShippedCaseMeetsItsExpectations(Path file) {
    ExpectationsFile expectations = ExpectationsLoader.load(file);
    TestReport report = TestRunner.run(Gordian.load(expectations.caseFile()), expectations, RunOptions.defaults());
    assertThat(report.outcomes()).isNotEmpty();
    assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.passed())
        .as("%s %s: expected %s, actual %s", o.expectation().loc().shortForm(), o.summary(), o.expected(), o.actual())
        .isTrue());
  }

  @Test
  void hanoiHasExpectations() {
    assertThat(Path.of("examples/hanoi-2019/expectations.yaml")).isRegularFile();
  }

  private Path expectations(String body) throws IOException {
    Path f = dir.resolve("expectations.yaml");
    Files.writeString(f, "case: " + TestCases.HANOI.toAbsolutePath() + "\nexpectations:\n" + body);
    return f;
  }

  private TestReport run(String body) throws IOException {
    ExpectationsFile file = ExpectationsLoader.load(expectations(body));
    return TestRunner.run(TestCases.hanoi(), file, RunOptions.defaults().withBounds(2, 2));
  }

  @Test
  void aWrongExpectationFailsWithExpectedAndActual() throws IOException {
    TestReport r = run("  - deal: kim-hanoi-demand\n    feasible: true\n"
        + "  - deal: trump-counteroffer\n    vetoed-by: US/all-or-nothing\n"
        + "  - deal: freeze-for-freeze\n    feasible: true\n");
    assertThat(r.passed()).isEqualTo(1);
    assertThat(r.failed()).isEqualTo(2);
    TestReport.Outcome kim = r.outcomes().get(0);
    assertThat(kim.expected()).isEqualTo("feasible");
    assertThat(kim.actual()).startsWith("infeasible, vetoed by ").contains("US/all-or-nothing");
    assertThat(kim.expectation().loc().line()).isEqualTo(3);
    assertThat(r.outcomes().get(1).actual()).doesNotContain("US/all-or-nothing")
        .contains("DPRK/relief-before-denuclearization");
  }

  @Test
  void dealsCanBeWrittenAsMovesByPhase() throws IOException {
    TestReport r = run("  - deal: suspend-joint-exercises+testing-freeze\n    feasible: true\n"
        + "  - deal: dismantle-yongbyon/lift-un-sanctions-2016\n    feasible: false\n");
    assertThat(r.outcomes()).allSatisfy(o -> assertThat(o.passed()).as(o.actual()).isTrue());
  }

  @Test
  void generatedCountsAndConsequencesAreChecked() throws IOException {
    TestReport r = run("  - generated-feasible: {at-least: 100000}\n"
        + "  - scenario: more-sanctions\n    consequence: test-resumption-risk\n"
        + "  - consequence: test-resumption-risk\n");
    assertThat(r.outcomes()).extracting(TestReport.Outcome::passed).containsExactly(false, true, false);
    assertThat(r.outcomes().get(0).actual()).matches("\\d+ feasible");
    assertThat(r.outcomes().get(2).actual()).isEqualTo("derived for no listed deal");
  }

  @Test
  void coverageListsRulesThatProducedNothing() throws IOException {
    TestReport r = run("  - deal: freeze-for-freeze\n    feasible: true\n");
    assertThat(r.silentRules()).extracting(x -> x.rule()).contains("Added sanctions put the testing freeze at risk")
        .doesNotContain("Suspended exercises lower tension");
    assertThat(r.silentPositions()).extracting(Object::toString).contains("DPRK/no-freeze-under-new-sanctions");
  }

  @Test
  void unknownScenarioDealAndPositionAreErrorsWithTheirLines() throws IOException {
    assertThatThrownBy(() -> run("  - scenario: more-sanction\n    deal: freeze-for-freeze\n    feasible: true\n"
        + "  - deal: kim-hanoi-demnd\n    feasible: false\n"
        + "  - deal: freeze-for-freeze\n    vetoed-by: US/al-or-nothing\n"))
        .isInstanceOf(GordianException.class)
        .satisfies(e -> assertThat(((GordianException) e).diagnostics()).extracting(Object::toString).containsExactly(
            dir.resolve("expectations.yaml") + ":3:5: no scenario 'more-sanction' in case 'hanoi-2019';"
                + " did you mean 'more-sanctions'?",
            dir.resolve("expectations.yaml") + ":6:5: deal 'kim-hanoi-demnd' is neither a listed deal of the"
                + " baseline nor moves written as 'move+move/move' ('kim-hanoi-demnd' is no move; did you mean"
                + " 'kim-hanoi-demand'?)",
            dir.resolve("expectations.yaml") + ":9:16: no rule holds position 'US/al-or-nothing';"
                + " did you mean 'US/all-or-nothing'?"));
  }

  @Test
  void anExpectationSayingNothingOrTooMuchIsAnError() throws IOException {
    assertThatThrownBy(() -> ExpectationsLoader.load(expectations("  - deal: freeze-for-freeze\n"
        + "  - deal: freeze-for-freeze\n    feasible: true\n    consequence: x\n  - deal: x\n    feasable: true\n")))
        .isInstanceOf(GordianException.class)
        .hasMessageContaining("4 problems")
        .satisfies(e -> assertThat(((GordianException) e).diagnostics()).extracting(d -> d.line() + ": " + d.message())
            .containsExactly(
                "3: " + NEEDS_ONE,
                "4: an expectation says one thing: 'feasible'/'vetoed-by'/'not-vetoed-by', 'unlocked-by',"
                    + " 'consequence', 'generated-feasible' or 'knot'; split this one in two",
                "8: unknown key 'feasable' in an expectation; did you mean 'feasible'? (allowed: scenario, deal,"
                    + " feasible, vetoed-by, not-vetoed-by, unlocked-by, consequence, generated-feasible, knot, holds,"
                    + " note)",
                "7: " + NEEDS_ONE));
  }

  private static final String NEEDS_ONE = "an expectation needs one of 'feasible', 'vetoed-by', 'not-vetoed-by',"
      + " 'unlocked-by', 'consequence', 'generated-feasible' or 'knot'";

  @Test
  void aKnotNeedsTwoMovesAndNoDealAndHoldsOnlyGoesWithAKnot() throws IOException {
    assertThatThrownBy(() -> ExpectationsLoader.load(expectations("  - knot: [testing-freeze]\n"
        + "  - knot: [testing-freeze, added-sanctions]\n    deal: freeze-for-freeze\n"
        + "  - deal: freeze-for-freeze\n    feasible: true\n    holds: false\n")))
        .isInstanceOf(GordianException.class)
        .satisfies(e -> assertThat(((GordianException) e).diagnostics()).extracting(d -> d.line() + ": " + d.message())
            .containsExactly(
                "3: 'knot' needs two or three moves, as the knots of a report list them; found 1",
                "5: a 'knot' is a finding about the generated space, not one deal; leave out 'deal'",
                "8: 'holds' says whether a 'knot' is expected; give the 'knot' it is about"));
  }

  @Test
  void expectationsAboutVetoesSparedRelaxationsAndKnotsPassAndFailOnWhatTheRunFinds() throws IOException {
    TestReport r = run("""
          - deal: kim-hanoi-demand
            not-vetoed-by: DPRK/relief-before-denuclearization
          - deal: kim-hanoi-demand
            not-vetoed-by: [US/all-or-nothing]
          - deal: kim-hanoi-demand
            unlocked-by: [US/all-or-nothing, US/no-appearance-of-weakness, US/relief-after-verified-dismantlement,
                          US/verification-or-inventory-first]
          - deal: kim-hanoi-demand
            unlocked-by: [US/all-or-nothing]
          - knot: [added-sanctions, testing-freeze]
          - knot: [added-sanctions, testing-freeze]
            holds: false
        """);
    assertThat(r.outcomes()).extracting(TestReport.Outcome::passed).containsExactly(true, false, true, false, true,
        false);
    assertThat(r.outcomes().get(1).actual()).contains("vetoed by").contains("US/all-or-nothing");
    assertThat(r.outcomes().get(3).actual()).startsWith("minimal relaxations: {US/all-or-nothing, "
        + "US/no-appearance-of-weakness, US/relief-after-verified-dismantlement, US/verification-or-inventory-first}");
    assertThat(r.outcomes().get(5).actual()).isEqualTo("an incompatible pair tied by DPRK/no-freeze-under-new-sanctions");
  }
}
