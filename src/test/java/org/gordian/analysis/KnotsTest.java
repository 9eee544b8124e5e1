package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gordian.model.PositionRef;
import org.junit.jupiter.api.Test;

class KnotsTest {
  private static List<Knot> knots() {
    return AnalysisCases.run("deadlock").analyses().knots();
  }

  private static Knot knot(String a, String b) {
    return knots().stream().filter(k -> k.moves().equals(List.of(a, b))).findFirst().orElseThrow();
  }

  @Test
  void findsTheTwoPartySequencingDeadlockAndWhoTiesEachOrder() {
    Knot k = knot("pay", "deliver");
    assertThat(k.kind()).isEqualTo(Knot.Kind.SEQUENCING);
    assertThat(k.parties()).containsExactly("BUYER", "SELLER");
    assertThat(k.positionNames()).containsExactly("BUYER/pay-after-delivery", "SELLER/deliver-after-payment");
    assertThat(k.orders()).extracting(Knot.OrderVetoes::order).containsExactly("before", "same", "after");
    assertThat(k.orders().get(0).positions()).containsExactly(new PositionRef("BUYER", "pay-after-delivery"));
    assertThat(k.orders().get(1).positions()).containsExactly(new PositionRef("BUYER", "pay-after-delivery"),
        new PositionRef("SELLER", "deliver-after-payment"));
    assertThat(k.orders().get(2).positions()).containsExactly(new PositionRef("SELLER", "deliver-after-payment"));
    assertThat(k.feasibleApart()).isTrue();
    assertThat(k.tiedAlone()).isTrue();
  }

  @Test
  void tellsAnOrderBlindVetoFromASequencingKnot() {
    Knot k = knot("pay", "warranty");
    assertThat(k.kind()).isEqualTo(Knot.Kind.INCOMPATIBLE);
    assertThat(k.positionNames()).containsExactly("BUYER/no-warranty-surcharge");
  }

  @Test
  void leavesOutPairsOfOneParty() {
    assertThat(knots()).hasSize(2).noneMatch(k -> k.moves().contains("deliver") && k.moves().contains("warranty"));
  }

  @Test
  void findsAnIncompatibilityThatADerivedConsequenceCauses() {
    // added-sanctions derives a risk of test resumption, on which North Korea vetoes any testing freeze.
    Knot k = HanoiAnalysesTest.result().analyses().knots().stream()
        .filter(x -> x.moves().equals(List.of("added-sanctions", "testing-freeze"))).findFirst().orElseThrow();
    assertThat(k.kind()).isEqualTo(Knot.Kind.INCOMPATIBLE);
    assertThat(k.positionNames()).containsExactly("DPRK/no-freeze-under-new-sanctions");
  }

  @Test
  void findsThreeMovesThatNeverGoTogetherThoughEveryPairDoes() {
    List<Knot> knots = AnalysisCases.run("triangle").analyses().knots();
    assertThat(knots).hasSize(1);
    Knot k = knots.get(0);
    assertThat(k.moves()).containsExactly("red-gift", "green-gift", "blue-gift");
    assertThat(k.kind()).isEqualTo(Knot.Kind.INCOMPATIBLE);
    assertThat(k.positionNames()).containsExactly("RED/no-crowd");
    assertThat(k.orders()).hasSize(13);
  }

  @Test
  void saysWhenTheVetoingPositionNeedsAnotherPositionsConsequenceToTieTheKnot() {
    List<Knot> knots = AnalysisCases.run("relay").analyses().knots();
    assertThat(knots).hasSize(1);
    Knot k = knots.get(0);
    assertThat(k.kind()).isEqualTo(Knot.Kind.INCOMPATIBLE);
    assertThat(k.positionNames()).containsExactly("EAST/no-provocation");
    assertThat(k.tiedAlone()).isFalse();
  }

  @Test
  void aKnotIsNotTiedByItsPositionsAloneWhenALargerDealOfTheSpaceUntiesIt() {
    // Pay and deliver, alone or next to one other move, draw a sequencing veto; with escrow and a
    // notary in the deal neither side objects, and only the regulator's position (switched off for
    // this question) blocks it: a four-move deal of the space the small deals tried cannot show.
    Knot k = AnalysisCases.run("escrow").analyses().knots().stream()
        .filter(x -> x.moves().equals(List.of("pay", "deliver"))).findFirst().orElseThrow();
    assertThat(k.kind()).isEqualTo(Knot.Kind.SEQUENCING);
    assertThat(k.positionNames()).containsExactly("BUYER/pay-after-delivery", "SELLER/deliver-after-payment");
    assertThat(k.tiedAlone()).isFalse();
  }
}
