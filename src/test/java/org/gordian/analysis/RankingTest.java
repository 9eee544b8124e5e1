package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankingTest {
  private static Ranking ranking() {
    return AnalysisCases.run("deadlock").analyses().ranking();
  }

  @Test
  void marksTheFeasibleDealsNoOtherBeatsForEveryParty() {
    // Only warranty deals score (seller +2); the buyer's +3 needs pay and deliver together, never feasible.
    assertThat(ranking().pareto()).extracting(d -> d.deal().id())
        .containsExactly("warranty", "deliver+warranty", "deliver/warranty", "warranty/deliver");
  }

  @Test
  void statesTheShiftAndPicksTheFirstNashMaximiser() {
    Ranking rk = ranking();
    assertThat(rk.parties()).containsExactly("BUYER", "SELLER");
    assertThat(rk.shift()).containsEntry("BUYER", 1.0).containsEntry("SELLER", 1.0);
    assertThat(rk.nash().deal().id()).isEqualTo("warranty");
    assertThat(rk.nashProduct()).isEqualTo(3.0);
  }
}
