package org.gordian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gordian.analysis.Comparison;
import org.gordian.analysis.Comparison.Cell;
import org.gordian.analysis.Comparison.Column;
import org.gordian.analysis.Comparison.Row;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.VetoSets;
import org.gordian.diag.GordianException;
import org.gordian.model.Scenario;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scenarios side by side agree with each scenario run on its own: the grid holds, for every listed
 * deal of every scenario, the verdict {@code run} gives; the space's feasible count is {@code run}'s;
 * the deals each scenario flips are those {@code diff} finds; and the conclusions that change are
 * those {@code diff} finds.
 */
@Tag("slow")
class CompareTest {
  @ParameterizedTest
  @ValueSource(strings = {"hanoi-2019", "reykjavik-1986"})
  void theGridHoldsTheVerdictsOfEachScenarioRunOnItsOwn(String example) {
    Gordian g = Comparisons.load(example);
    Comparison c = Comparisons.all(example, true, false);
    assertThat(c.columns()).extracting(Column::scenario).first().isEqualTo("baseline");
    assertThat(c.columns()).hasSize(g.caseDef().scenarios().size() + 1);
    for (int i = 0; i < c.columns().size(); i++) {
      Column col = c.columns().get(i);
      RunResult run = g.run(Comparisons.options(true, false).withScenario(col.scenario()));
      for (DealOutcome d : run.listed()) {
        Cell cell = row(c, d.id()).cells().get(i);
        assertThat(cell.listed()).as("%s listed under %s", d.id(), col.scenario()).isTrue();
        assertThat(cell.vetoes()).as("%s under %s", d.id(), col.scenario())
            .isEqualTo(VetoSets.positions(d.verdict()));
        assertThat(cell.feasible()).isEqualTo(d.feasible());
      }
      int column = i;
      assertThat(c.rows().stream().filter(r -> r.cells().get(column).listed()).count())
          .as("deals listed under %s", col.scenario()).isEqualTo(run.listed().size());
      assertThat(col.listedFeasible()).isEqualTo((int) run.listed().stream().filter(DealOutcome::feasible).count());
      assertThat(col.space().feasible()).as("feasible generated deals under %s", col.scenario())
          .isEqualTo(run.space().feasible());
      assertThat(col.space().evaluated()).isEqualTo(run.space().evaluated());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"hanoi-2019", "reykjavik-1986"})
  void theDealsEachScenarioFlipsAreThoseDiffFinds(String example) {
    Gordian g = Comparisons.load(example);
    Comparison c = Comparisons.all(example, true, false);
    boolean someFlip = false;
    for (Column col : c.columns().subList(1, c.columns().size())) {
      DiffResult diff = Diff.scenarios(g, "baseline", col.scenario(), Comparisons.options(true, false), 0);
      assertThat(col.changes().listed()).as("listed changes under %s", col.scenario()).isEqualTo(diff.listed());
      assertThat(col.changes().blocking()).as("blocking map under %s", col.scenario()).isEqualTo(diff.blocking());
      someFlip |= !col.changes().listed().isEmpty();
    }
    assertThat(someFlip).as("some scenario of %s flips a listed deal", example).isTrue();
  }

  @Test
  void theConclusionsThatChangeAreThoseDiffFinds() {
    Gordian g = Comparisons.load("hanoi-2019");
    RunOptions options = Comparisons.options(true, true);
    Comparison c = Compare.scenarios(g, List.of("us-drops-all-or-nothing"), options);
    DiffResult diff = Diff.scenarios(g, "baseline", "us-drops-all-or-nothing", options, 0);
    assertThat(c.columns().get(1).changes().analyses()).isNotNull().isEqualTo(diff.analyses());
    assertThat(diff.analyses().unchanged()).isFalse();
  }

  @Test
  void aDatedScenarioCarriesItsDayAndTheBaselineTheCasesMoment() {
    Gordian g = Comparisons.load("hanoi-2019");
    Comparison c = Comparisons.all("hanoi-2019", true, false);
    assertThat(c.columns().get(0).date()).isEqualTo(g.caseDef().date());
    for (Scenario s : g.caseDef().scenarios()) {
      Column col = c.columns().stream().filter(x -> x.scenario().equals(s.id())).findFirst().orElseThrow();
      assertThat(col.date()).isEqualTo(s.dating() == null ? null : s.dating().date());
    }
    assertThat(g.caseDef().scenarios()).anyMatch(s -> s.dating() != null).anyMatch(s -> s.dating() == null);
  }

  @Test
  void aDealAScenarioDoesNotListIsShownAsNotListed() {
    Gordian g = Comparisons.load("hanoi-2019");
    Comparison c = Comparisons.all("hanoi-2019", true, false);
    Scenario adding = g.caseDef().scenarios().stream().filter(s -> !s.deals().isEmpty()).findFirst().orElseThrow();
    String added = adding.deals().get(0).id();
    Row row = row(c, added);
    for (int i = 0; i < c.columns().size(); i++) {
      String scenario = c.columns().get(i).scenario();
      assertThat(row.cells().get(i).listed()).as("%s under %s", added, scenario).isEqualTo(listsToo(g, scenario,
          added));
    }
    assertThat(row.cells()).anyMatch(cell -> !cell.listed()).anyMatch(Cell::listed);
    assertThat(c.columns().get(0).changes()).isNull();
  }

  @Test
  void anUnknownScenarioIsRefusedBeforeAnythingRunsWithTheNearestName() {
    Gordian g = Comparisons.load("hanoi-2019");
    assertThatThrownBy(() -> Compare.scenarios(g, List.of("us-drops-all-or-nothing", "no-hardliner-presure"),
        Comparisons.options(false, false))).isInstanceOf(GordianException.class)
        .hasMessageContaining("no scenario 'no-hardliner-presure'").hasMessageContaining("did you mean");
  }

  @Test
  void theBaselineComesFirstOnceWhateverTheOrderAsked() {
    Gordian g = Comparisons.load("reykjavik-1986");
    List<String> ids = Compare.all(g);
    List<String> asked = List.of(ids.get(1), "baseline", ids.get(0), ids.get(1));
    Comparison c = Compare.scenarios(g, asked, Comparisons.options(false, false));
    assertThat(c.columns()).extracting(Column::scenario).containsExactly("baseline", ids.get(1), ids.get(0));
    assertThat(c.columns()).allSatisfy(col -> assertThat(col.space()).isNull());
  }

  private static boolean listsToo(Gordian g, String scenario, String deal) {
    return g.caseDef().scenario(scenario).map(s -> s.deals().stream().anyMatch(d -> d.id().equals(deal)))
        .orElse(false);
  }

  private static Row row(Comparison c, String id) {
    return c.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(
        "no row " + id));
  }
}
