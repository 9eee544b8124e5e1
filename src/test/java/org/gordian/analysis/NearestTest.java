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

  private static final org.gordian.facts.internal.MoveTable TABLE = new org.gordian.facts.internal.MoveTable(
      MOVES.stream().map(m -> new org.gordian.facts.Move(m, "P", "k", null, List.of(), null)).toList());

  /** The edits from deal A to deal B in words, naming A's phases as written. */
  private static List<String> edits(String a, String b) {
    long[] pa = new long[1];
    long[] pb = new long[1];
    byte[] fa = phases(a, pa);
    byte[] fb = phases(b, pb);
    List<Nearest.Edit> out = new java.util.ArrayList<>();
    Nearest.distance(pa[0], fa, Nearest.canonical(pa[0], fa), pb[0], Nearest.canonical(pb[0], fb), new int[256][256],
        TABLE, out);
    return out.stream().map(Object::toString).toList();
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "x@1 y@2       | x@1 y@2 z@2     | add `z` in phase 2 (with `y`)",
      "x@1 y@5       | x@1 y@2 z@2     | add `z` in phase 5 (with `y`)",
      "x@1 y@2       | x@1 z@2 y@3     | add `z` in a new phase between phases 1 and 2",
      "x@1 y@2       | z@1 x@2 y@3     | add `z` in a new phase before phase 1",
      "x@1 y@2       | x@1 y@2 z@3     | add `z` in a new phase after phase 2",
      "x@1 y@1 z@2   | x@1 y@2 z@3     | move `x` from phase 1 to a new phase before phase 1",
      "x@1 y@2 z@3   | x@1 y@1 z@3     | move `x` from phase 1 to phase 2 (with `y`)",
      "x@1 y@2 z@3   | x@1 y@3 z@2     | move `z` from phase 3 to a new phase between phases 1 and 2",
      "x@1 y@3       | y@1 x@2         | move `y` from phase 3 to a new phase before phase 1"})
  void spellsEditsInThePhasesOfTheDealTheyStartFrom(String from, String to, String expected) {
    assertThat(edits(from, to)).containsExactly(expected);
  }

  @Test
  void numbersNewPhasesThatShareAPlace() {
    assertThat(edits("x@1", "y@1 z@2")).containsExactly("remove `x`", "add `y` in the first of 2 new phases",
        "add `z` in the second of 2 new phases");
    assertThat(edits("x@1", "y@1 z@1")).containsExactly("remove `x`", "add `y` in a new phase (with `z`)",
        "add `z` in a new phase (with `y`)");
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
