package org.gordian.tester;

import java.util.List;
import org.gordian.facts.RuleRef;
import org.gordian.model.Expectation;
import org.gordian.model.PositionRef;

/**
 * What a test run found: every expectation passed or failed, with expected and actual in plain
 * words, and coverage over every deal evaluated.
 *
 * @param scenarios the scenarios evaluated, in the order first expected
 * @param dealsEvaluated listed and generated deals evaluated over all scenarios
 * @param silentPositions positions that vetoed nothing and raised no concern on any deal evaluated
 * @param silentRules rules that produced no veto, concern or consequence on any deal evaluated
 */
public record TestReport(List<Outcome> outcomes, List<String> scenarios, long dealsEvaluated,
    List<PositionRef> silentPositions, List<RuleRef> silentRules, List<org.gordian.diag.Diagnostic> warnings) {

  /**
   * One expectation's result.
   *
   * @param summary the expectation in plain words
   * @param expected what was expected, in plain words
   * @param actual what the rules concluded, in plain words
   */
  public record Outcome(Expectation expectation, boolean passed, String summary, String expected, String actual) {}

  /** How many expectations held. */
  public long passed() {
    return outcomes.stream().filter(Outcome::passed).count();
  }

  /** How many did not. */
  public long failed() {
    return outcomes.size() - passed();
  }

  /** Whether every expectation held. */
  public boolean allPassed() {
    return failed() == 0;
  }
}
