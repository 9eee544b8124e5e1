package org.gordian.hanoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gordian.TestCases.deal;
import static org.gordian.TestCases.evaluate;
import static org.gordian.TestCases.hanoi;

import org.gordian.analysis.DealOutcome;
import org.gordian.facts.Concern;
import org.gordian.facts.Veto;
import org.junit.jupiter.api.Test;

/** Each Hanoi position, fed a small deal: does it veto (or weigh) what the article says it would? */
class HanoiPositionsTest {

  private static DealOutcome baseline(String... moves) {
    return evaluate(hanoi(), null, deal(moves));
  }

  private static boolean vetoedBy(DealOutcome d, String party, String position) {
    return d.verdict().vetoes().stream().anyMatch(v -> v.getParty().equals(party) && v.getPosition().equals(position));
  }

  @Test
  void allOrNothingVetoesReliefWithoutGivingUpEveryFacility() {
    DealOutcome d = baseline("dismantle-yongbyon@1", "partial-sanctions-easing@2");
    assertThat(vetoedBy(d, "US", "all-or-nothing")).isTrue();
    Veto v = d.verdict().vetoes().stream().filter(x -> x.getPosition().equals("all-or-nothing")).findFirst().orElseThrow();
    assertThat(v.getReason()).contains("does not give up all its nuclear facilities");
    assertThat(v.getRule().file()).endsWith("rules/hanoi-2019/us.drl");
    assertThat(v.getRule().line()).isPositive();
  }

  @Test
  void allOrNothingAcceptsReliefAfterEveryFacilityIsGivenUp() {
    DealOutcome d = baseline("give-up-all-facilities@1", "partial-sanctions-easing@2");
    assertThat(vetoedBy(d, "US", "all-or-nothing")).isFalse();
  }

  @Test
  void reliefAfterVerifiedDismantlementVetoesLiftingTheUnSanctionsInThePhaseOfCompleteDismantlement() {
    DealOutcome d = baseline("give-up-all-facilities@1", "admit-inspectors@1", "lift-un-sanctions-2016@1");
    assertThat(vetoedBy(d, "US", "relief-after-verified-dismantlement")).isTrue();
    assertThat(d.verdict().vetoes()).extracting(Veto::getReason)
        .contains("the UN sanctions would be lifted in phase 1, before dismantlement is complete (phase 1)");
  }

  @Test
  void reliefAfterVerifiedDismantlementVetoesLiftingWhileFacilitiesRemain() {
    DealOutcome d = baseline("dismantle-yongbyon@1", "admit-inspectors@1", "lift-un-sanctions-2016@2");
    assertThat(d.verdict().vetoes()).extracting(Veto::getReason)
        .contains("the UN sanctions would be lifted (phase 2) while North Korea keeps some of its facilities");
  }

  @Test
  void reliefAfterVerifiedDismantlementVetoesUnverifiedDismantlement() {
    DealOutcome d = baseline("give-up-all-facilities@1", "lift-un-sanctions-2016@2");
    assertThat(d.verdict().vetoes()).extracting(Veto::getReason)
        .contains("the UN sanctions would be lifted with no verification of what North Korea dismantles");
  }

  @Test
  void reliefAfterVerifiedDismantlementAcceptsLiftingAfterVerifiedCompleteDismantlement() {
    DealOutcome d = baseline("give-up-all-facilities@1", "admit-inspectors@1", "lift-un-sanctions-2016@2");
    assertThat(vetoedBy(d, "US", "relief-after-verified-dismantlement")).isFalse();
  }

  @Test
  void reliefAfterVerifiedDismantlementLeavesAPartialEasingToTheOtherPositions() {
    // Para. 1: a partial easing may accompany partial steps; the long-held line is about lifting.
    DealOutcome d = baseline("dismantle-yongbyon@1", "admit-inspectors@1", "partial-sanctions-easing@1");
    assertThat(vetoedBy(d, "US", "relief-after-verified-dismantlement")).isFalse();
  }

  @Test
  void hawksVetoLiftingTheUnSanctionsBeforeStrongVerificationOrArsenalList() {
    assertThat(vetoedBy(baseline("dismantle-yongbyon@1", "lift-un-sanctions-2016@2"), "US",
        "verification-or-inventory-first")).isTrue();
    assertThat(vetoedBy(baseline("arsenal-declaration@1", "lift-un-sanctions-2016@2"), "US",
        "verification-or-inventory-first")).isFalse();
    assertThat(vetoedBy(baseline("strong-verification@1", "lift-un-sanctions-2016@1"), "US",
        "verification-or-inventory-first")).isTrue();
    // "Few sanctions could be lifted until …": a partial easing may go first.
    assertThat(vetoedBy(baseline("dismantle-yongbyon@1", "partial-sanctions-easing@1"), "US",
        "verification-or-inventory-first")).isFalse();
  }

  @Test
  void noAppearanceOfWeaknessVetoesLiftingUnSanctionsForYongbyonAlone() {
    DealOutcome d = baseline("dismantle-yongbyon@1", "lift-un-sanctions-2016@1");
    assertThat(vetoedBy(d, "US", "no-appearance-of-weakness")).isTrue();
    assertThat(d.verdict().vetoes()).extracting(Veto::getReason)
        .contains("the post-2016 UN sanctions would be lifted while North Korea dismantles only Yongbyon");
  }

  @Test
  void washingtonMayGiveAloneAsItDidWhenItSuspendedTheSpringExercises() {
    assertThat(baseline("suspend-joint-exercises@1").feasible()).isTrue();
  }

  @Test
  void hardlinersVetoDismantlementWithoutLiftingUnSanctions() {
    DealOutcome d = baseline("dismantle-yongbyon@1", "partial-sanctions-easing@1");
    assertThat(vetoedBy(d, "DPRK", "maximalist-under-hardliner-pressure")).isTrue();
  }

  @Test
  void hardlinersAreSilentWithoutTheirPressure() {
    DealOutcome d = evaluate(hanoi(), "no-hardliner-pressure", deal("dismantle-yongbyon@1", "partial-sanctions-easing@1"));
    assertThat(vetoedBy(d, "DPRK", "maximalist-under-hardliner-pressure")).isFalse();
  }

  @Test
  void distrustVetoesDismantlementBeforeRelief() {
    DealOutcome d = baseline("dismantle-yongbyon@1", "lift-un-sanctions-2016@2");
    assertThat(vetoedBy(d, "DPRK", "relief-before-denuclearization")).isTrue();
    assertThat(d.verdict().vetoes()).extracting(Veto::getReason)
        .contains("dismantlement in phase 1 comes before any sanctions relief (phase 2)");
    assertThat(vetoedBy(baseline("dismantle-yongbyon@1", "lift-un-sanctions-2016@1"), "DPRK",
        "relief-before-denuclearization")).isFalse();
  }

  @Test
  void ambiguityVetoesGivingUpEverythingOrDeclaringTheArsenal() {
    assertThat(vetoedBy(baseline("give-up-all-facilities@1", "liaison-office@1"), "DPRK",
        "keep-other-facilities-ambiguous")).isTrue();
    assertThat(vetoedBy(baseline("arsenal-declaration@1", "liaison-office@1"), "DPRK",
        "keep-other-facilities-ambiguous")).isTrue();
    assertThat(vetoedBy(baseline("dismantle-yongbyon@1", "liaison-office@1"), "DPRK",
        "keep-other-facilities-ambiguous")).isFalse();
  }

  @Test
  void addedSanctionsDeriveTestResumptionRiskAndBreakTheFreeze() {
    DealOutcome d = baseline("added-sanctions@1", "testing-freeze@1");
    assertThat(d.verdict().consequences()).anyMatch(c -> c.getId().equals("test-resumption-risk"));
    assertThat(vetoedBy(d, "DPRK", "no-freeze-under-new-sanctions")).isTrue();
  }

  @Test
  void seoulWeighsButNeverVetoes() {
    DealOutcome d = baseline("humanitarian-aid@1", "testing-freeze@1", "suspend-joint-exercises@1");
    assertThat(d.verdict().vetoes()).noneMatch(v -> v.getParty().equals("ROK"));
    assertThat(d.verdict().concerns()).filteredOn(c -> c.getParty().equals("ROK"))
        .extracting(Concern::getPosition).containsOnly("keep-the-door-open");
    assertThat(d.verdict().score("ROK")).isEqualTo(3.0);
  }
}
