package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gordian.facts.Veto;
import org.junit.jupiter.api.Test;

class RelaxationsTest {
  private static Relaxation relaxation(String caseName, String dealId) {
    return AnalysisCases.run(caseName).analyses().relaxation(dealId).orElseThrow();
  }

  @Test
  void unlocksABorderDealOnlyWithBothKeysTurned() {
    Relaxation r = relaxation("two-keys", "border-for-trade");
    assertThat(r.setNames()).containsExactly(List.of("NORTH/closed-border", "SOUTH/own-checkpoints"));
    assertThat(r.complete()).isTrue();
    assertThat(r.unrelaxable()).isFalse();
  }

  @Test
  void saysWhenNoPositionCanUnlockADeal() {
    Relaxation r = relaxation("two-keys", "arms");
    assertThat(r.unrelaxable()).isTrue();
    assertThat(r.sets()).isEmpty();
    assertThat(r.remaining()).extracting(Veto::getReason).containsExactly("an active embargo forbids arms sales");
  }

  @Test
  void findsThatSwitchingOffTheOnlyVetoIsNotEnoughWhenItsRulesFeedAnother() {
    RunResult run = AnalysisCases.run("diversion");
    assertThat(run.listedDeal("aid-for-reform").orElseThrow().verdict().vetoes())
        .extracting(v -> v.getParty() + "/" + v.getPosition()).containsExactly("WATCH/watchdog");
    Relaxation r = relaxation("diversion", "aid-for-reform");
    // The hardliners veto nothing, yet switching them off is enough; the watchdog alone is not.
    assertThat(r.setNames()).containsExactly(List.of("RECIPIENT/hardliners"),
        List.of("DONOR/monitored-aid-only", "WATCH/watchdog"));
  }

  @Test
  void aSameMoveSwapNeedsBothSidesToGiveWay() {
    assertThat(relaxation("deadlock", "swap").setNames())
        .containsExactly(List.of("BUYER/pay-after-delivery", "SELLER/deliver-after-payment"));
  }

  @Test
  void relaxesTheBestScoringDealWhenItIsInfeasible() {
    Ranking rk = AnalysisCases.run("deadlock").analyses().ranking();
    assertThat(rk.best().id()).isEqualTo("pay+deliver+warranty");
    assertThat(rk.best().feasible()).isFalse();
    assertThat(rk.bestBlockedBy()).extracting(Object::toString).containsExactly("BUYER/no-warranty-surcharge",
        "BUYER/pay-after-delivery", "SELLER/deliver-after-payment");
    assertThat(relaxation("deadlock", "pay+deliver+warranty").setNames()).containsExactly(
        List.of("BUYER/no-warranty-surcharge", "BUYER/pay-after-delivery", "SELLER/deliver-after-payment"));
  }

  @Test
  void offersOneIrreducibleSetWhenTheMinimalOnesLieBeyondTheCap() {
    RunResult run = org.gordian.Gordian.load(java.nio.file.Path.of("src/test/resources/analysis/deadlock"))
        .run(org.gordian.RunOptions.defaults().withThreads(1, 64).withAnalyses(true, 1));
    Relaxation r = run.analyses().relaxation("pay+deliver+warranty").orElseThrow();
    assertThat(r.sets()).isEmpty();
    assertThat(r.complete()).isFalse();
    assertThat(r.beyondCap()).extracting(Object::toString).containsExactly("BUYER/no-warranty-surcharge",
        "BUYER/pay-after-delivery", "SELLER/deliver-after-payment");
    // Two positions are one more than the cap of one: every part was tried, so the set is minimal.
    assertThat(run.analyses().relaxation("swap").orElseThrow().setNames())
        .containsExactly(List.of("BUYER/pay-after-delivery", "SELLER/deliver-after-payment"));
  }
}
