package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearestTest {
  private static final List<String> MOVES = List.of("x", "y", "z", "w");

  /** Distance between deals written as {@code "x@1 y@2"}. */
  private static int distance(String a, String b) {
    long[] pa = new long[1];
    long[] pb = new long[1];
    byte[] fa = phases(a, pa);
    byte[] fb = phases(b, pb);
    return Nearest.distance(pa[0], Nearest.canonical(pa[0], fa), pb[0], Nearest.canonical(pb[0], fb),
        new int[256][256], null, null);
  }

  private static byte[] phases(String deal, long[] present) {
    byte[] phase = new byte[MOVES.size()];
    Stream.of(deal.trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(s -> {
      int i = MOVES.indexOf(s.substring(0, s.indexOf('@')));
      present[0] |= 1L << i;
      phase[i] = Byte.parseByte(s.substring(s.indexOf('@') + 1));
    });
    return phase;
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
      "x@1 y@2,       y@1,            1",
      "x@1 y@2,       x@1 y@2,        0",
      "x@1 y@3,       x@1 y@2,        0",
      "x@1 y@1 z@2,   x@1 y@2 z@3,    1",
      "x@1 y@2,       y@1 x@2,        1",
      "x@1 y@2 z@3,   z@1 y@2 x@3,    2",
      "x@1 y@1,       x@1 y@2 z@1,    2",
      "x@1,           y@1 z@2,        3",
      "x@1 y@2 z@2,   y@1 z@1 w@2,    2",
      "x@1 y@17 z@20, x@1 y@2 z@3,    0"})
  void countsAddsRemovesAndMovesWithPhasesReadByTheirOrder(String from, String to, int expected) {
    assertThat(distance(from, to)).isEqualTo(expected);
  }

  @Test
  void removingEitherSideOfTheSwapComesFirstInTheOrderTheEditsReachThem() {
    // Removals come before other edits, in move order: pay is the case's first move.
    Nearest.NearestDeals n = AnalysisCases.run("deadlock").analyses().nearestTo("swap").orElseThrow();
    assertThat(n.deals()).extracting(Nearest.Nearby::id).startsWith("deliver", "pay");
    assertThat(n.deals().get(0).edits()).extracting(Object::toString).containsExactly("remove `pay`");
    assertThat(n.deals().get(1).edits()).extracting(Object::toString).containsExactly("remove `deliver`");
    assertThat(n.deals()).allMatch(Nearest.Nearby::inNeighbourhood);
    assertThat(n.nearestOverall()).isTrue();
    assertThat(n.deals()).extracting(Nearest.Nearby::distance).containsExactly(1, 1, 2);
  }

  @Test
  void findsNearbyDealsForAListedDealBeyondTheBounds() {
    // long-haul uses three phases; the space allows two.
    Nearest.NearestDeals n = AnalysisCases.run("deadlock").analyses().nearestTo("long-haul").orElseThrow();
    assertThat(n.deals().get(0).id()).isEqualTo("warranty/deliver");
    assertThat(n.deals().get(0).distance()).isEqualTo(1);
    assertThat(n.deals().get(0).edits()).extracting(Object::toString).containsExactly("remove `pay`");
  }

  @Test
  void spellsOutAsManyEditsAsTheDistanceAndLandsOnTheNamedDeal() {
    for (String c : List.of("deadlock", "two-keys", "diversion")) {
      RunResult run = AnalysisCases.run(c);
      for (Nearest.NearestDeals n : run.analyses().nearest()) {
        DealOutcome source = run.listedDeal(n.dealId()).orElseThrow();
        for (Nearest.Nearby d : n.deals()) {
          assertThat(d.edits()).hasSize(d.distance());
          Map<String, Integer> target = new java.util.HashMap<>();
          d.moves().forEach(m -> target.put(m.move(), m.phase()));
          for (Nearest.Edit e : d.edits()) {
            if (e.kind() == Nearest.Edit.Kind.REMOVE) {
              assertThat(target).doesNotContainKey(e.move());
            } else {
              assertThat(target).containsEntry(e.move(), e.resultPhase());
            }
          }
          long untouched = source.moves().stream().filter(m -> d.edits().stream().noneMatch(e -> e.move().equals(m.move())))
              .count();
          assertThat(untouched + d.edits().stream().filter(e -> e.kind() == Nearest.Edit.Kind.ADD).count())
              .as("moves of %s", d.id()).isEqualTo(d.moves().size());
        }
      }
    }
  }
}
