package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.facts.internal.MoveTable;
import org.gordian.model.Scenario;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No knot names moves that a feasible deal of the same run holds together. */
class KnotScopeTest {

  @Test
  void aFeasibleListedDealBeyondTheBoundsRefutesTheKnotItsMovesWouldOtherwiseTie() {
    RunResult r = AnalysisCases.run("beyond-bounds");
    assertThat(r.listedDeal("accord").orElseThrow().feasible()).isTrue();
    // Within the space (up to 3 moves), pact and treaty are never feasible together: the search
    // would have tied them, had it not seen the listed accord.
    assertThat(r.space().facts().sets().together(0, 1)).isTrue();
    assertThat(r.space().facts().sets().feasibleTogether(0, 1)).isFalse();
    assertThat(r.analyses().knots()).noneMatch(k -> k.moves().containsAll(List.of("pact", "treaty")));
  }

  static Stream<Arguments> everyScenarioOfTheShippedCases() {
    List<Arguments> out = new ArrayList<>();
    for (String c : List.of("examples/hanoi-2019", "examples/reykjavik-1986")) {
      Gordian g = Gordian.load(Path.of(c));
      out.add(Arguments.of(c, null));
      for (Scenario s : g.caseDef().scenarios()) {
        out.add(Arguments.of(c, s.id()));
      }
    }
    return out.stream();
  }

  @Tag("slow")
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyScenarioOfTheShippedCases")
  void noKnotOfAShippedScenarioNamesMovesAFeasibleDealOfTheRunHolds(String caseDir, String scenario) {
    RunResult r = Gordian.load(Path.of(caseDir)).run(RunOptions.defaults().withScenario(scenario));
    MoveTable table = r.space().facts().table();
    List<Long> feasible = new ArrayList<>();
    Stream.concat(r.listed().stream(), r.explained().stream()).filter(DealOutcome::feasible)
        .forEach(d -> feasible.add(present(table, d)));
    for (Nearest.NearestDeals n : r.analyses().nearest()) {
      Neighbourhood.FeasibleDeals f = n.neighbourhood().feasible();
      for (int j = 0; j < f.size(); j++) {
        feasible.add(f.present(j));
      }
    }
    SpaceFacts facts = r.space().facts();
    for (int j = 0; j < facts.feasibleKept(); j++) {
      feasible.add(facts.keptPresent(j));
    }
    assertThat(facts.feasibleNotKept()).isZero();
    assertThat((long) facts.feasibleKept()).isEqualTo(r.space().feasible());
    for (Knot k : r.analyses().knots()) {
      long moves = 0;
      for (String m : k.moves()) {
        moves |= 1L << table.indexOf(m);
      }
      long knot = moves;
      assertThat(feasible).as("a feasible deal holding %s", k.moves()).noneMatch(p -> (p & knot) == knot);
    }
  }

  private static long present(MoveTable table, DealOutcome d) {
    long p = 0;
    for (DealOutcome.PhasedMove m : d.moves()) {
      p |= 1L << table.indexOf(m.move());
    }
    return p;
  }
}
