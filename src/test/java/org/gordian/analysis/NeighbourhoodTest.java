package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeighbourhoodTest {
  private static final List<String> MOVES = List.of("x", "y", "z", "w");

  /** A deal written as {@code "x@1 y@2"}, as its moves' bits and phases over {@link #MOVES}. */
  private record Written(long present, byte[] phase) {
    static Written of(String deal) {
      long present = 0;
      byte[] phase = new byte[MOVES.size()];
      for (String s : deal.trim().split("\\s+")) {
        int i = MOVES.indexOf(s.substring(0, s.indexOf('@')));
        present |= 1L << i;
        phase[i] = Byte.parseByte(s.substring(s.indexOf('@') + 1));
      }
      return new Written(present, phase);
    }
  }

  /** Every deal one edit away, written back as {@code "x@1 y@2"} in move order, the deal itself left out. */
  private static List<String> neighbours(String deal, int moves, int phaseLimit) {
    Written w = Written.of(deal);
    List<String> out = new ArrayList<>();
    Neighbourhood.neighbours(MOVES.size(), phaseLimit, (1L << moves) - 1, w.present(), w.phase(), (p, ph) -> {
      out.add(write(p, ph));
      return true;
    });
    String self = write(w.present(), Nearest.canonical(w.present(), w.phase()));
    out.removeIf(self::equals);
    return out;
  }

  private static String write(long present, byte[] phase) {
    StringBuilder b = new StringBuilder();
    for (long rest = present; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      b.append(b.length() == 0 ? "" : " ").append(MOVES.get(i)).append('@').append(phase[i]);
    }
    return b.toString();
  }

  // Counted by hand over the moves x, y, z:
  // x@1, 2 phases: add y or z in phase 1, in a new phase before or after it (6); re-phasing x alone
  //   gives x@1 again; removing it leaves nothing.
  // x@1 y@2, 2 phases: remove either (2); add z to phase 1 or 2 (2); x into y's phase, or after it (2).
  // x@1 y@2, 3 phases: as above, and z in a new phase before, between or after (3).
  // x@1 y@1, 2 phases: remove either (2); z in phase 1, before or after (3); x or y apart, either side (2).
  // x@1 y@1, 1 phase: remove either (2); z in phase 1 (1).
  @ParameterizedTest(name = "{0} within {1} phases: {2} neighbours")
  @CsvSource({
      "x@1,     2, 6",
      "x@1 y@2, 2, 6",
      "x@1 y@2, 3, 9",
      "x@1 y@1, 2, 7",
      "x@1 y@1, 1, 3"})
  void countsTheDealsOneEditAwayAsCountedByHand(String deal, int phases, int expected) {
    assertThat(new HashSet<>(neighbours(deal, 3, phases))).hasSize(expected);
  }

  @Test
  void listsTheNeighboursOfATwoPhaseDeal() {
    assertThat(new HashSet<>(neighbours("x@1 y@2", 3, 2)))
        .containsExactlyInAnyOrder("y@1", "x@1", "x@1 y@2 z@1", "x@1 y@2 z@2", "x@1 y@1", "x@2 y@1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"x@1 y@2 z@2", "x@1 y@3", "w@1 x@2 y@3", "x@1 y@1 z@1 w@1"})
  void neighboursHaveCanonicalPhasesWithinTheLimit(String deal) {
    for (int limit = 1; limit <= 4; limit++) {
      Written w = Written.of(deal);
      int own = 0;
      for (byte p : Nearest.canonical(w.present(), w.phase())) {
        own = Math.max(own, p);
      }
      int cap = Math.max(limit, own);
      Neighbourhood.neighbours(MOVES.size(), cap, 15, w.present(), w.phase(), (p, ph) -> {
        Set<Integer> used = new HashSet<>();
        for (long rest = p; rest != 0; rest &= rest - 1) {
          used.add((int) ph[Long.numberOfTrailingZeros(rest)]);
        }
        assertThat(p).isNotZero();
        assertThat(used).as("phases of %s", write(p, ph)).hasSizeLessThanOrEqualTo(cap);
        for (int q = 1; q <= used.size(); q++) {
          assertThat(used).as("phases of %s", write(p, ph)).contains(q);
        }
        return true;
      });
    }
  }

  /**
   * Walking the edits level by level from a deal reaches each deal at its edit distance: the
   * neighbourhood's radius and the nearest deals' distances measure the same thing.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"x@1", "x@1 y@2", "x@1 y@1 z@2", "x@1 y@2 z@3", "w@1 z@2 y@2 x@3"})
  void reachesEveryDealAtItsEditDistance(String deal) {
    Written start = Written.of(deal);
    byte[] a = Nearest.canonical(start.present(), start.phase());
    Map<String, Integer> level = new HashMap<>();
    Map<String, Written> deals = new HashMap<>();
    level.put(write(start.present(), a), 0);
    List<Written> frontier = List.of(new Written(start.present(), a));
    for (int d = 1; !frontier.isEmpty(); d++) {
      List<Written> next = new ArrayList<>();
      for (Written w : frontier) {
        int at = d;
        Neighbourhood.neighbours(MOVES.size(), 3, 15, w.present(), w.phase(), (p, ph) -> {
          String key = write(p, ph);
          if (!level.containsKey(key)) {
            level.put(key, at);
            Written n = new Written(p, ph.clone());
            deals.put(key, n);
            next.add(n);
          }
          return true;
        });
      }
      frontier = next;
    }
    // every non-empty deal of 4 moves in at most 3 phases: 4·1 + 6·3 + 4·13 + 1·51
    assertThat(level).hasSize(125);
    deals.forEach((key, w) -> assertThat(Nearest.distance(start.present(), a, w.present(), w.phase(),
        new int[256][256], null, null)).as("distance to %s", key).isEqualTo(level.get(key)));
  }

  @Test
  void evaluatesEachDealOnceAndStopsWhenNothingIsLeft() {
    // The deadlock case's three moves in up to two phases make 19 deals; the swap is one of them.
    RunResult r = AnalysisCases.run("deadlock");
    Nearest.NearestDeals n = r.analyses().nearestTo("swap").orElseThrow();
    long space = r.space().size();
    assertThat(space).isEqualTo(19);
    assertThat(n.neighbourhood().evaluated()).isEqualTo(space - 1);
    assertThat(n.neighbourhood().exhausted()).isTrue();
  }

  @Test
  void evaluatesOnlyWholeLevelsThatFitTheBudget() {
    RunResult r = Gordian.load(java.nio.file.Path.of("src/test/resources/analysis/accord"))
        .run(RunOptions.defaults().withThreads(1, 64).toBuilder().neighbourhoodBudget(1_000).build());
    Neighbourhood.Searched s = r.analyses().nearestTo("accord").orElseThrow().neighbourhood();
    // 75 deals one edit away fit; the 2,700 two edits away do not.
    assertThat(s.complete()).isEqualTo(1);
    assertThat(s.evaluated()).isEqualTo(75);
    assertThat(s.budget()).isEqualTo(1_000);
    assertThat(s.exhausted()).isFalse();
  }

  @Test
  void keepsTheFeasibleDealsItFoundForOtherAnalyses() {
    Neighbourhood.Searched s = AnalysisCases.run("accord").analyses().nearestTo("accord").orElseThrow().neighbourhood();
    Neighbourhood.FeasibleDeals f = s.feasible();
    assertThat(f.size()).isPositive();
    assertThat(f.dropped()).isZero();
    byte[] phase = new byte[25];
    for (int j = 0; j < f.size(); j++) {
      f.phases(j, phase);
      assertThat(f.distance(j)).isBetween(1, s.complete());
      assertThat(Long.bitCount(f.present(j))).isBetween(17, 21);
      if (j > 0) {
        assertThat(f.distance(j)).isGreaterThanOrEqualTo(f.distance(j - 1));
      }
    }
  }

  @Test
  void noNeighbourHoldsTwoAlternativesOfOneGroup() {
    org.gordian.engine.Engine engine = Gordian.load(java.nio.file.Path.of("src/test/resources/analysis/deadlock"))
        .engine(null, org.gordian.engine.EngineOptions.DEFAULT);
    org.gordian.facts.internal.MoveTable t = engine.table();
    long deliver = 1L << t.indexOf("deliver");
    long warranty = 1L << t.indexOf("warranty");
    long pay = 1L << t.indexOf("pay");
    byte[] phase = new byte[t.size()];
    phase[t.indexOf("pay")] = 1;
    phase[t.indexOf("deliver")] = 1;
    java.util.function.LongPredicate admits = moves -> Long.bitCount(moves & (deliver | warranty)) <= 1;
    Neighbourhood.Searched all = Neighbourhood.search(engine, pay | deliver, phase, 3, 100_000, 1);
    Neighbourhood.Searched some = Neighbourhood.search(engine, pay | deliver, phase, 3, 100_000, 1, admits);
    assertThat(all.exhausted()).isTrue();
    assertThat(some.exhausted()).isTrue();
    assertThat(some.evaluated()).isLessThan(all.evaluated());
    for (int j = 0; j < some.feasible().size(); j++) {
      assertThat(admits.test(some.feasible().present(j))).isTrue();
    }
    boolean allHoldsBoth = false;
    for (int j = 0; j < all.feasible().size(); j++) {
      allHoldsBoth |= (all.feasible().present(j) & (deliver | warranty)) == (deliver | warranty);
    }
    assertThat(allHoldsBoth).as("without the groups, a feasible neighbour holds both").isTrue();
  }

  @Test
  void aJudgeKeptAcrossSearchesFindsWhatTheRunsThreadsFind() {
    // The analyses judge small levels with one evaluator kept across searches; the result must be
    // the one the threaded path gives, deal for deal.
    Gordian g = Gordian.load(java.nio.file.Path.of("src/test/resources/analysis/accord"));
    org.gordian.engine.Engine engine = g.engine(null, org.gordian.engine.EngineOptions.DEFAULT);
    org.gordian.facts.internal.MoveTable t = engine.table();
    org.gordian.model.DealDef accord = g.caseDef().deals().stream().filter(d -> d.id().equals("accord")).findFirst()
        .orElseThrow();
    long present = t.maskOf(accord.phases().keySet());
    byte[] phase = new byte[t.size()];
    accord.phases().forEach((m, p) -> phase[t.indexOf(m)] = (byte) (int) p);
    Neighbourhood.Searched threaded = Neighbourhood.search(engine, present, phase, 3, 10_000, 2, m -> true, null);
    Neighbourhood.Searched kept;
    try (org.gordian.engine.Evaluator judge = engine.newEvaluator()) {
      kept = Neighbourhood.search(engine, present, phase, 3, 10_000, 2, m -> true, judge);
    }
    assertThat(kept.evaluated()).isEqualTo(threaded.evaluated()).isPositive();
    assertThat(kept.complete()).isEqualTo(threaded.complete());
    assertThat(deals(kept.feasible(), t.size())).isEqualTo(deals(threaded.feasible(), t.size())).isNotEmpty();
  }

  private static List<String> deals(Neighbourhood.FeasibleDeals f, int n) {
    List<String> out = new ArrayList<>();
    byte[] ph = new byte[n];
    for (int j = 0; j < f.size(); j++) {
      f.phases(j, ph);
      out.add(f.present(j) + ":" + java.util.Arrays.toString(ph));
    }
    return out;
  }
}
