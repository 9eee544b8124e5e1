package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The probability of feasibility over uncertain facts and positions, checked against sums worked
 * out by hand for {@code src/test/resources/uncertainty}: pressure high 0.6 / low 0.4; A's
 * dismantlement-with-relief held 0.7; B's freeze-needs-payment held 0.5; B's warns-of-collapse (a
 * position that infers a fact another rule reads) held 0.8; A's no-payment held for certain.
 */
class UncertaintyTest {
  static final Path CASE = Path.of("src/test/resources/uncertainty");
  static Gordian odds;

  @BeforeAll
  static void load() {
    odds = Gordian.load(CASE);
  }

  private static RunResult run(RunOptions options) {
    return odds.run(options.withThreads(1, 1000));
  }

  private static Uncertainty exact(String scenario) {
    return run(RunOptions.defaults().withScenario(scenario)).uncertainty();
  }

  private static Uncertainty sampled(long seed, boolean shortcut) {
    return run(RunOptions.defaults().toBuilder()
        .uncertainty(new Uncertainty.Options(true, 1, 20_000, seed, shortcut)).build()).uncertainty();
  }

  @Test
  void theExactProbabilitiesAreTheHandComputedOnes() {
    Uncertainty u = exact(null);
    assertThat(u.method()).isEqualTo(Uncertainty.Method.EXACT);
    assertThat(u.combinations()).isEqualTo(2 * 2 * 2 * 2);
    // swap: only the pressure vetoes it: feasible when low.
    assertThat(u.deal("swap").orElseThrow().probability()).isCloseTo(0.4, within(1e-12));
    // relief-freeze: low, and neither dismantlement-with-relief nor freeze-needs-payment held.
    assertThat(u.deal("relief-freeze").orElseThrow().probability()).isCloseTo(0.4 * 0.3 * 0.5, within(1e-12));
    // pay-freeze: vetoed by no-payment, held for certain.
    assertThat(u.deal("pay-freeze").orElseThrow().probability()).isZero();
    // dismantle-alone: the inferred collapse is vetoed unless B does not hold warns-of-collapse.
    assertThat(u.deal("dismantle-alone").orElseThrow().probability()).isCloseTo(0.2, within(1e-12));
    assertThat(u.deal("freeze-alone").orElseThrow().probability()).isCloseTo(0.5, within(1e-12));
    // The ten one-phase deals of one or two moves: 0.12 + 0 + 0.5 + 0.2 + 0 + 0.06 + 0.4 + 0 + 0 + 0.1.
    assertThat(u.space().size()).isEqualTo(10);
    assertThat(u.space().expectedFeasible()).isCloseTo(1.38, within(1e-12));
    // None feasible only when pressure is high, freeze-needs-payment held and warns-of-collapse held.
    assertThat(u.space().anyFeasible()).isCloseTo(1 - 0.6 * 0.5 * 0.8, within(1e-12));
    assertThat(u.space().fewest()).isZero();
    // At most six: with pressure low and neither freeze-needs-payment nor warns-of-collapse nor
    // dismantlement-with-relief held, every deal without a payment.
    assertThat(u.space().most()).isEqualTo(6);
  }

  @Test
  void theRulesRunOncePerCombinationOfWhatTheyCanSee() {
    // Two pressure outcomes times warns-of-collapse held or not (it infers a fact); the other two
    // positions only veto and are applied to the verdicts.
    assertThat(exact(null).worlds()).isEqualTo(4);
  }

  @Test
  void whatMattersMostIsTheLargestChangeWhenFixed() {
    Uncertainty.DealChance d = exact(null).deal("relief-freeze").orElseThrow();
    Uncertainty.Influence most = d.mattersMost().orElseThrow();
    // Fixed held / not held: 0 / 0.4 × 0.5 = 0.2; pressure: 0.3 × 0.5 = 0.15; freeze-needs-payment: 0.12.
    assertThat(most.variable()).isEqualTo("A/dismantlement-with-relief");
    assertThat(most.spread()).isCloseTo(0.2, within(1e-12));
    assertThat(d.influences().get(1).variable()).isEqualTo("pressure");
    assertThat(d.influences().get(1).given().get(0)).isZero();
    assertThat(d.influences().get(1).given().get(1)).isCloseTo(0.15, within(1e-12));
    assertThat(exact(null).deal("pay-freeze").orElseThrow().mattersMost()).isEmpty();
  }

  @Test
  void theShortcutGivesTheSameProbabilitiesAsRunningEveryCombination() {
    RunResult with = run(RunOptions.defaults());
    RunResult without = run(RunOptions.defaults().toBuilder()
        .uncertainty(new Uncertainty.Options(true, 4096, 1, 1, false)).build());
    assertThat(without.uncertainty().worlds()).isEqualTo(16);
    sameChances(without.uncertainty(), with.uncertainty());
  }

  /** The same probabilities, up to the order in which the same products were added. */
  private static void sameChances(Uncertainty a, Uncertainty b) {
    assertThat(a.deals()).hasSameSizeAs(b.deals());
    for (int i = 0; i < a.deals().size(); i++) {
      Uncertainty.DealChance x = a.deals().get(i);
      Uncertainty.DealChance y = b.deals().get(i);
      assertThat(x.id()).isEqualTo(y.id());
      assertThat(x.probability()).as(x.id()).isCloseTo(y.probability(), within(1e-12));
      assertThat(x.mattersMost().map(Uncertainty.Influence::variable))
          .isEqualTo(y.mattersMost().map(Uncertainty.Influence::variable));
    }
    if (a.space() != null) {
      assertThat(a.space().expectedFeasible()).isCloseTo(b.space().expectedFeasible(), within(1e-12));
      assertThat(a.space().anyFeasible()).isCloseTo(b.space().anyFeasible(), within(1e-12));
      assertThat(a.space().fewest()).isEqualTo(b.space().fewest());
      assertThat(a.space().most()).isEqualTo(b.space().most());
    }
  }

  @Test
  void sampledWithOneSeedIsReproducibleAndItsIntervalsHoldTheExactValues() {
    Uncertainty a = sampled(7, true);
    Uncertainty b = sampled(7, true);
    assertThat(a).isEqualTo(b);
    assertThat(a.method()).isEqualTo(Uncertainty.Method.SAMPLED);
    assertThat(a.samples()).isEqualTo(20_000);
    assertThat(a.seed()).isEqualTo(7);
    Uncertainty exact = exact(null);
    for (Uncertainty.DealChance d : a.deals()) {
      double p = exact.deal(d.id()).orElseThrow().probability();
      assertThat(p).as(d.id()).isBetween(d.low(), d.high());
    }
    assertThat(exact.space().anyFeasible()).isBetween(a.space().low(), a.space().high());
    assertThat(a.space().expectedFeasible()).isCloseTo(exact.space().expectedFeasible(), within(0.05));
    assertThat(sampled(8, true)).isNotEqualTo(a);
  }

  @Test
  void sampledWithoutTheShortcutDrawsTheSameCombinations() {
    assertThat(sampled(7, false).deals()).isEqualTo(sampled(7, true).deals());
  }

  @Test
  void aFactionOffEqualsSwitchingOffEachOfItsPositions() {
    RunResult faction = run(RunOptions.defaults().withScenario("hawks-sidelined"));
    RunResult named = run(RunOptions.defaults().withScenario("hawks-positions-off"));
    assertThat(faction.disabled()).containsExactly(
        new org.gordian.model.PositionRef("A", "dismantlement-with-relief"),
        new org.gordian.model.PositionRef("A", "no-payment"));
    assertThat(faction.disabled()).isEqualTo(named.disabled());
    assertThat(faction.listed()).isEqualTo(named.listed());
    assertThat(faction.space().feasible()).isEqualTo(named.space().feasible());
    assertThat(faction.space().blocking()).isEqualTo(named.space().blocking());
    assertThat(faction.uncertainty().deals()).isEqualTo(named.uncertainty().deals());
    // pay-freeze is vetoed only by no-payment (off) and freeze-needs-payment (paid): feasible.
    assertThat(faction.uncertainty().deal("pay-freeze").orElseThrow().probability()).isEqualTo(1.0);
  }

  @Test
  void aFactionHeldWithAProbabilityHoldsEachOfItsPositionsSo() {
    Uncertainty u = exact("hawks-weakened");
    assertThat(u.variable("A/no-payment").orElseThrow().values().get(0).probability()).isEqualTo(0.3);
    assertThat(u.variable("A/no-payment").orElseThrow().faction()).isEqualTo("hawks");
    assertThat(u.deal("pay-freeze").orElseThrow().probability()).isCloseTo(0.7, within(1e-12));
    assertThat(u.deal("relief-freeze").orElseThrow().probability()).isCloseTo(0.4 * 0.7 * 0.5, within(1e-12));
  }

  @Test
  void aScenarioThatFixesTheUncertainFieldFixesTheFact() {
    Uncertainty u = exact("low-pressure");
    assertThat(u.variable("pressure")).isEmpty();
    assertThat(u.deal("swap").orElseThrow().probability()).isEqualTo(1.0);
  }

  @Test
  void aCaseWithoutUncertaintyHasNoSuchSection() {
    RunResult r = Gordian.load(Path.of("examples/reykjavik-1986")).run(RunOptions.defaults().withSpace(false)
        .withAnalyses(false, 0));
    assertThat(r.uncertainty()).isNull();
  }

  @Test
  void positionsAreListedWithTheirFaction() {
    assertThat(List.copyOf(odds.rulebook().factions().values())).containsExactly("hawks", "hawks");
  }

  @Test
  void sensitivityTriesTheValuesTheOutcomesGive() {
    org.gordian.model.CaseDef c = odds.caseDef();
    org.gordian.model.CaseDef withoutScenarios = new org.gordian.model.CaseDef(c.file(), c.id(), c.title(), c.source(),
        c.rules(), c.parties(), c.moves(), c.context(), c.deals(), c.bounds(), List.of());
    List<Perturbation> tried = Perturbations.contexts(c.context(), withoutScenarios, odds.rulebook().sources());
    assertThat(tried).extracting(Perturbation::label).containsExactly("context `pressure.level` = low");
  }
}
