package org.gordian.hanoi;

import static org.assertj.core.api.Assertions.assertThat;

import org.gordian.RunOptions;
import org.gordian.TestCases;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Hanoi baseline reproduces the article's reading of why the summit broke down. */
class HanoiBaselineTest {
  static RunResult result;

  @BeforeAll
  static void run() {
    result = TestCases.hanoi().run(RunOptions.defaults().withSpace(false));
  }

  private static DealOutcome deal(String id) {
    return result.listedDeal(id).orElseThrow();
  }

  @Test
  void listsTheDealsOfTheCaseInOrder() {
    assertThat(result.listed()).extracting(DealOutcome::id).startsWith("pre-summit-outline", "kim-hanoi-demand",
        "trump-counteroffer", "step-for-step", "moon-bridge");
  }

  @Test
  void kimsDemandIsVetoedByWashington() {
    assertThat(deal("kim-hanoi-demand").feasible()).isFalse();
    assertThat(deal("kim-hanoi-demand").verdict().vetoes()).anyMatch(v -> v.getParty().equals("US"));
  }

  @Test
  void trumpsCounterofferIsVetoedByPyongyang() {
    assertThat(deal("trump-counteroffer").feasible()).isFalse();
    assertThat(deal("trump-counteroffer").verdict().vetoes()).anyMatch(v -> v.getParty().equals("DPRK"));
  }

  @Test
  void everyListedDealWithSanctionsReliefIsInfeasible() {
    var withRelief = result.listed().stream().filter(d -> d.moves().stream().anyMatch(m ->
        result.caseDef().move(m.move()).orElseThrow().kind().equals("sanctions-relief"))).toList();
    assertThat(withRelief).hasSizeGreaterThanOrEqualTo(5).allMatch(d -> !d.feasible());
  }

  @Test
  void aDealWithoutReliefCanStillBeMade() {
    assertThat(deal("freeze-for-freeze").feasible()).isTrue();
  }
}
