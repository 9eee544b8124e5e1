package org.gordian.reykjavik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gordian.TestCases.deal;
import static org.gordian.TestCases.evaluate;

import org.gordian.analysis.DealOutcome;
import org.gordian.facts.Concern;
import org.gordian.facts.Veto;
import org.junit.jupiter.api.Test;

/** Each Reykjavik position, fed a small deal: does it veto (or weigh) what the record says it would? */
class ReykjavikPositionsTest {

  private static DealOutcome baseline(String... moves) {
    return evaluate(ReykjavikCaseTest.reykjavik(), null, deal(moves));
  }

  private static DealOutcome in(String scenario, String... moves) {
    return evaluate(ReykjavikCaseTest.reykjavik(), scenario, deal(moves));
  }

  private static boolean vetoedBy(DealOutcome d, String party, String position) {
    return d.verdict().vetoes().stream().anyMatch(v -> v.getParty().equals(party) && v.getPosition().equals(position));
  }

  private static boolean derives(DealOutcome d, String consequence) {
    return d.verdict().consequences().stream().anyMatch(c -> c.getId().equals(consequence));
  }

  @Test
  void noLimitsOnSdiVetoesTheLaboratoryLimit() {
    DealOutcome d = baseline("us-sdi-lab-only@1", "ussr-accept-inspection@1");
    assertThat(vetoedBy(d, "US", "no-limits-on-sdi")).isTrue();
    Veto v = d.verdict().vetoes().stream().filter(x -> x.getPosition().equals("no-limits-on-sdi")).findFirst()
        .orElseThrow();
    assertThat(v.getReason()).contains("laboratory");
    assertThat(v.getRule().file()).endsWith("rules/reykjavik-1986/us.drl");
    assertThat(v.getRule().line()).isPositive();
  }

  @Test
  void noLimitsOnSdiLeavesTheTenYearAbmPledgeAlone() {
    DealOutcome d = baseline("us-abm-non-withdrawal@1", "ussr-strategic-cuts-50@1");
    assertThat(vetoedBy(d, "US", "no-limits-on-sdi")).isFalse();
  }

  @Test
  void theAbmPledgeNeedsSovietStrategicCuts() {
    assertThat(vetoedBy(baseline("us-abm-non-withdrawal@1", "ussr-accept-inspection@1"), "US",
        "defence-pledge-for-offensive-cuts")).isTrue();
    assertThat(vetoedBy(baseline("us-abm-non-withdrawal@1", "ussr-strategic-cuts-50@1"), "US",
        "defence-pledge-for-offensive-cuts")).isFalse();
  }

  @Test
  void trustButVerifyVetoesSovietReductionsWithoutInspection() {
    DealOutcome d = baseline("us-inf-zero-europe@1", "ussr-inf-zero-europe@1");
    assertThat(vetoedBy(d, "US", "trust-but-verify")).isTrue();
    assertThat(d.verdict().vetoes()).extracting(Veto::getReason)
        .contains("the Soviet Union reduces its arsenal (1 move(s)) with no on-site inspection");
  }

  @Test
  void trustButVerifyWantsInspectorsInPlaceWhenReductionsStart() {
    DealOutcome late = in("inf-1987", "us-inf-zero-europe@1", "ussr-inf-zero-europe@1", "us-accept-inspection@1",
        "ussr-accept-inspection@2");
    assertThat(late.verdict().vetoes()).extracting(Veto::getReason)
        .contains("Soviet reductions begin before on-site inspection does (phase 2)");
    DealOutcome early = in("inf-1987", "us-inf-zero-europe@2", "ussr-inf-zero-europe@2", "us-accept-inspection@1",
        "ussr-accept-inspection@1");
    assertThat(vetoedBy(early, "US", "trust-but-verify")).isFalse();
  }

  @Test
  void zeroOptionVetoesAmericanMissilesLeavingAlone() {
    DealOutcome d = baseline("us-inf-zero-europe@1", "ussr-accept-inspection@1");
    assertThat(d.verdict().vetoes()).extracting(Veto::getReason)
        .contains("the United States gives up its intermediate-range missiles in Europe without the matching"
            + " Soviet reduction");
    assertThat(vetoedBy(baseline("us-inf-zero-global@1", "ussr-inf-zero-europe@1"), "US", "zero-option")).isTrue();
    assertThat(vetoedBy(baseline("us-inf-zero-europe@1", "ussr-inf-zero-global@1"), "US", "zero-option")).isFalse();
  }

  @Test
  void zeroOptionVetoesAmericanMissilesLeavingFirst() {
    DealOutcome d = in("inf-1987", "us-inf-zero-europe@1", "ussr-inf-zero-europe@2");
    assertThat(d.verdict().vetoes()).extracting(Veto::getReason)
        .contains("American missiles go in phase 1, Soviet missiles only in phase 2");
    assertThat(vetoedBy(d, "USSR", "equal-security")).isFalse();
  }

  @Test
  void equalStrategicCeilingsVetoesAnAmericanCutAlone() {
    assertThat(vetoedBy(baseline("us-strategic-cuts-50@1", "ussr-accept-inspection@1"), "US",
        "equal-strategic-ceilings")).isTrue();
    assertThat(vetoedBy(baseline("us-strategic-cuts-50@1", "ussr-strategic-cuts-50@1"), "US",
        "equal-strategic-ceilings")).isFalse();
  }

  @Test
  void inspectorsNeedSomethingToVerify() {
    assertThat(vetoedBy(baseline("ussr-accept-inspection@1", "us-accept-inspection@1"), "USSR",
        "inspection-verifies-an-agreement")).isTrue();
    assertThat(vetoedBy(baseline("ussr-accept-inspection@1", "us-accept-inspection@1", "us-testing-talks@1"), "USSR",
        "inspection-verifies-an-agreement")).isFalse();
    assertThat(vetoedBy(in("inf-1987", "ussr-accept-inspection@1", "us-accept-inspection@1", "us-srinf-zero@1",
        "ussr-srinf-zero@1"), "USSR", "inspection-verifies-an-agreement")).isFalse();
  }

  @Test
  void noComprehensiveTestBanVetoesTheBanButNotTheTalks() {
    assertThat(vetoedBy(baseline("us-test-ban@1", "ussr-accept-inspection@1"), "US", "no-comprehensive-test-ban"))
        .isTrue();
    assertThat(vetoedBy(baseline("us-testing-talks@1", "ussr-accept-inspection@1"), "US", "no-comprehensive-test-ban"))
        .isFalse();
  }

  @Test
  void packageLinkageVetoesMissileCutsWithoutSdiLimitsIn1986() {
    DealOutcome d = baseline("us-inf-zero-europe@1", "ussr-inf-zero-europe@1");
    assertThat(vetoedBy(d, "USSR", "package-linkage")).isTrue();
    assertThat(d.verdict().vetoes()).extracting(Veto::getReason)
        .contains("the Soviet Union eliminates intermediate-range missiles but SDI is not limited at all");
  }

  @Test
  void packageLinkageAsksForBothLimitsOnSdi() {
    DealOutcome half = baseline("us-abm-non-withdrawal@1", "ussr-strategic-cuts-50@1");
    assertThat(half.verdict().vetoes()).extracting(Veto::getReason)
        .anyMatch(r -> r.contains("not fully confined"));
    DealOutcome both = baseline("us-abm-non-withdrawal@1", "us-sdi-lab-only@1", "ussr-strategic-cuts-50@1");
    assertThat(derives(both, "strategic-defence-confined")).isTrue();
    assertThat(vetoedBy(both, "USSR", "package-linkage")).isFalse();
  }

  @Test
  void packageLinkageVetoesCutsBeforeSdiIsConfined() {
    DealOutcome d = baseline("us-abm-non-withdrawal@1", "us-sdi-lab-only@2", "ussr-strategic-cuts-50@1");
    assertThat(d.verdict().vetoes()).extracting(Veto::getReason)
        .contains("Soviet strategic cuts start in phase 1, before SDI is confined (phase 2)");
  }

  @Test
  void packageLinkageLetsMissilesGoIn1987ButKeepsStrategicArmsTied() {
    assertThat(vetoedBy(in("inf-1987", "us-inf-zero-europe@1", "ussr-inf-zero-europe@1"), "USSR", "package-linkage"))
        .isFalse();
    assertThat(vetoedBy(in("inf-1987", "us-strategic-cuts-50@1", "ussr-strategic-cuts-50@1"), "USSR",
        "package-linkage")).isTrue();
    assertThat(vetoedBy(in("start-delinked-1989", "us-strategic-cuts-50@1", "ussr-strategic-cuts-50@1"), "USSR",
        "package-linkage")).isFalse();
  }

  @Test
  void equalSecurityVetoesSovietReductionsWithoutTheAmericanCounterpart() {
    DealOutcome d = in("inf-1987", "ussr-srinf-zero@1", "us-inf-zero-europe@1", "ussr-inf-zero-europe@1");
    assertThat(d.verdict().vetoes()).extracting(Veto::getReason)
        .contains("the Soviet Union gives up its shorter-range missiles without the matching American reduction");
    assertThat(vetoedBy(in("inf-1987", "ussr-srinf-zero@1", "us-srinf-zero@1"), "USSR", "equal-security")).isFalse();
  }

  @Test
  void reciprocalInspectionVetoesOneSidedInspection() {
    assertThat(vetoedBy(baseline("ussr-accept-inspection@1", "us-testing-talks@1"), "USSR", "reciprocal-inspection"))
        .isTrue();
    assertThat(vetoedBy(baseline("ussr-accept-inspection@1", "us-accept-inspection@1"), "USSR",
        "reciprocal-inspection")).isFalse();
  }

  @Test
  void zeroInEuropeAloneLeavesSs20sInAsiaAndAShorterRangeGap() {
    DealOutcome d = in("inf-1987", "us-inf-zero-europe@1", "ussr-inf-zero-europe@1", "us-accept-inspection@1",
        "ussr-accept-inspection@1");
    assertThat(d.feasible()).isTrue();
    assertThat(derives(d, "ss20-left-in-asia")).isTrue();
    assertThat(derives(d, "shorter-range-gap")).isTrue();
    assertThat(d.verdict().concerns()).filteredOn(c -> c.getPosition().equals("reassure-the-allies"))
        .extracting(Concern::getWeight).containsExactlyInAnyOrder(-2.0, -2.0);
  }

  @Test
  void theGlobalDoubleZeroAbolishesAClassOfMissiles() {
    DealOutcome d = in("inf-1987", "us-inf-zero-global@1", "ussr-inf-zero-global@1", "us-srinf-zero@1",
        "ussr-srinf-zero@1");
    assertThat(derives(d, "missile-class-abolished")).isTrue();
    assertThat(derives(d, "ss20-left-in-asia")).isFalse();
    assertThat(derives(d, "shorter-range-gap")).isFalse();
  }

  @Test
  void theGeneralStaffWeighsButNeverVetoesTheDoubleZero() {
    DealOutcome d = in("inf-1987", "ussr-srinf-zero@1", "us-srinf-zero@1");
    assertThat(d.verdict().vetoes()).noneMatch(v -> v.getPosition().equals("general-staff-misgivings"));
    assertThat(d.verdict().concerns()).filteredOn(c -> c.getPosition().equals("general-staff-misgivings"))
        .extracting(Concern::getWeight).containsExactly(-2.0);
  }
}
