package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gordian.RunOptions;
import org.gordian.TestCases;
import org.gordian.model.PositionRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HanoiAnalysesTest {
  private static RunResult result;

  static synchronized RunResult result() {
    if (result == null) {
      result = TestCases.hanoi().run(RunOptions.defaults());
    }
    return result;
  }

  @Test
  void liftingTheUnSanctionsAndGivingUpEveryFacilityFormTheSequencingKnotBothCapitalsTie() {
    Knot k = result().analyses().knots().stream()
        .filter(x -> x.moves().equals(List.of("lift-un-sanctions-2016", "give-up-all-facilities"))).findFirst()
        .orElseThrow();
    assertThat(k.kind()).isEqualTo(Knot.Kind.SEQUENCING);
    assertThat(k.positionNames())
        .containsExactly("DPRK/relief-before-denuclearization", "US/relief-after-verified-dismantlement");
    PositionRef us = new PositionRef("US", "relief-after-verified-dismantlement");
    PositionRef dprk = new PositionRef("DPRK", "relief-before-denuclearization");
    assertThat(k.orders().get(0).positions()).containsExactly(us);
    assertThat(k.orders().get(1).positions()).containsExactly(us);
    assertThat(k.orders().get(2).positions()).containsExactly(dprk);
    // The two sequencing positions do not tie it alone: a partial easing that comes with the
    // dismantlement, before the UN sanctions go, satisfies both; other positions block that deal.
    assertThat(k.tiedAlone()).isFalse();
    assertThat(k.feasibleApart()).isFalse();
  }

  @ParameterizedTest(name = "{0} × {1}")
  @CsvSource({
      "partial-sanctions-easing, dismantle-yongbyon",
      "partial-sanctions-easing, dismantle-further-facilities"})
  void aPartialEasingAndPartialStepsAreNoSequencingKnot(String relief, String dismantlement) {
    // Para. 1: the outline has a partial easing accompany partial steps; neither capital's
    // sequencing forbids it, so no knot of the two is found (other positions may still block them).
    assertThat(result().analyses().knots()).noneMatch(x -> x.moves().equals(List.of(relief, dismantlement))
        && x.kind() == Knot.Kind.SEQUENCING);
  }

  @Test
  void kimsDemandNeedsFourUsPositionsOff() {
    Relaxation r = result().analyses().relaxation("kim-hanoi-demand").orElseThrow();
    assertThat(r.maxSize()).isEqualTo(3);
    assertThat(r.setNames()).containsExactly(List.of("US/all-or-nothing", "US/no-appearance-of-weakness",
        "US/relief-after-verified-dismantlement", "US/verification-or-inventory-first"));
    assertThat(r.beyondCap()).isEmpty();
  }

  @Test
  void trumpsCounterofferFailsOnTwoNorthKoreanPositions() {
    Relaxation r = result().analyses().relaxation("trump-counteroffer").orElseThrow();
    assertThat(r.setNames()).containsExactly(
        List.of("DPRK/keep-other-facilities-ambiguous", "DPRK/relief-before-denuclearization"));
  }

  @Test
  void theNashDealIsParetoOptimalAndFeasible() {
    Ranking rk = result().analyses().ranking();
    assertThat(rk.nash().deal().feasible()).isTrue();
    assertThat(rk.paretoOptimal(rk.nash().deal().id())).isTrue();
    assertThat(rk.parties()).containsExactly("US", "DPRK");
    assertThat(rk.nash().scores().get("US")).isGreaterThan(0);
    assertThat(rk.nash().scores().get("DPRK")).isGreaterThan(0);
    assertThat(rk.acceptable()).isLessThanOrEqualTo(rk.feasible());
  }

  @Test
  void theAnalysesReadTheSameOnOneThreadAsOnTwo() throws java.io.IOException {
    // With two threads the knots are sought while the relaxations are; nothing may change.
    java.time.Instant at = java.time.Instant.parse("2019-02-28T00:00:00Z");
    java.io.StringWriter one = new java.io.StringWriter();
    java.io.StringWriter two = new java.io.StringWriter();
    RunOptions o = RunOptions.defaults();
    org.gordian.report.Reporters.of(org.gordian.report.Format.MARKDOWN, at)
        .write(TestCases.hanoi().run(o.withThreads(1, o.chunkSize())), one);
    org.gordian.report.Reporters.of(org.gordian.report.Format.MARKDOWN, at)
        .write(TestCases.hanoi().run(o.withThreads(2, o.chunkSize())), two);
    assertThat(one.toString()).contains("Knots").isEqualTo(two.toString());
  }

  @Test
  void theHedgedPositionsAndFactGiveEachListedDealItsProbabilityOfFeasibility() {
    // Worked by hand from the case file: Moon's bridge is vetoed by all-or-nothing alone (held 0.7);
    // the outline by all-or-nothing and, under high pressure (0.6), by the hardliners.
    Uncertainty u = result().uncertainty();
    assertThat(u.method()).isEqualTo(Uncertainty.Method.EXACT);
    assertThat(u.combinations()).isEqualTo(2 * 2 * 2 * 2 * 2);
    java.util.Map<String, Double> p = new java.util.HashMap<>();
    u.deals().forEach(d -> p.put(d.id(), d.probability()));
    assertThat(p.get("moon-bridge")).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(p.get("pre-summit-outline")).isCloseTo(0.3 * 0.4, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(p.get("freeze-for-freeze")).isEqualTo(1.0);
    assertThat(p.get("kim-hanoi-demand")).isZero();
  }
}
