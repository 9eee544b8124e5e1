package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gordian.CaseFiles;
import org.gordian.Diff;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.TestCases;
import org.gordian.analysis.DiffResult.BlockingChange;
import org.gordian.analysis.DiffResult.Change;
import org.gordian.analysis.DiffResult.DealChange;
import org.gordian.model.PositionRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diffs agree with separate runs of each side and name the positions whose vetoes changed. */
@org.junit.jupiter.api.Tag("slow")
class DiffTest {
  static final RunOptions SMALL = RunOptions.defaults().withBounds(3, 2).withThreads(1, 512);
  static final PositionRef ALL_OR_NOTHING = new PositionRef("US", "all-or-nothing");

  static DiffResult dropAllOrNothing;

  @BeforeAll
  static void diff() {
    dropAllOrNothing = Diff.scenarios(TestCases.hanoi(), "baseline", "us-drops-all-or-nothing", SMALL, 5);
  }

  @Test
  void listedDealsLoseTheDroppedPositionsVeto() {
    DealChange kim = dropAllOrNothing.listed().stream().filter(d -> d.id().equals("kim-hanoi-demand")).findFirst()
        .orElseThrow();
    assertThat(kim.change()).isEqualTo(Change.VETOES_CHANGED);
    assertThat(kim.disappeared()).containsExactly(ALL_OR_NOTHING);
    assertThat(kim.appeared()).isEmpty();
    assertThat(dropAllOrNothing.listed()).extracting(DealChange::id).doesNotContain("freeze-for-freeze");
  }

  @Test
  void generatedCountsMatchSeparateRunsOfEachSide() {
    RunResult before = TestCases.hanoi().run(SMALL);
    RunResult after = TestCases.hanoi().run(SMALL.withScenario("us-drops-all-or-nothing"));
    DiffResult.Generated g = dropAllOrNothing.generated();
    assertThat(g.evaluated()).isEqualTo(before.space().evaluated());
    assertThat(g.fromFeasible()).isEqualTo(before.space().feasible());
    assertThat(g.toFeasible()).isEqualTo(after.space().feasible());
    assertThat(g.toFeasible() - g.fromFeasible()).isEqualTo(g.becameFeasible() - g.becameInfeasible());
    for (BlockingChange b : dropAllOrNothing.blocking()) {
      SpaceSummary.Blocking was = before.space().blocking().stream().filter(x -> x.position().equals(b.position()))
          .findFirst().orElseThrow();
      assertThat(b.fromVetoes()).as("vetoes of %s", b.position()).isEqualTo(was.vetoes());
      assertThat(b.fromPivotal()).as("sole vetoes of %s", b.position()).isEqualTo(was.pivotal());
    }
    BlockingChange aon = dropAllOrNothing.blocking().stream().filter(b -> b.position().equals(ALL_OR_NOTHING))
        .findFirst().orElseThrow();
    assertThat(aon.fromVetoes()).isPositive();
    assertThat(aon.toVetoes()).isZero();
  }

  @Test
  void examplesAreTheFirstChangedDealsOfEachKindAndNameTheirVetoes() {
    assertThat(dropAllOrNothing.generated().examples()).isNotEmpty().hasSizeLessThanOrEqualTo(5 * Change.values().length)
        .allSatisfy(d -> assertThat(d.disappeared()).contains(ALL_OR_NOTHING));
  }

  @Test
  void aScenarioComparedWithItselfChangesNothing() {
    DiffResult same = Diff.scenarios(TestCases.hanoi(), "hawks-sidelined", "hawks-sidelined", SMALL, 5);
    assertThat(same.unchanged()).isTrue();
    assertThat(same.generated().changed()).isZero();
  }

  @Test
  void anAddedDealIsReportedAsAdded() {
    DiffResult d = Diff.scenarios(TestCases.hanoi(), null, "more-sanctions", SMALL.withSpace(false), 5);
    assertThat(d.listed(Change.ADDED)).extracting(DealChange::id).containsExactly("squeeze-after-hanoi");
    assertThat(d.listed(Change.BECAME_INFEASIBLE)).extracting(DealChange::id).contains("freeze-for-freeze");
    assertThat(d.generated()).isNull();
  }

  @Test
  void anEditedRuleFolderIsComparedWithTheCommittedOne(@TempDir Path dir) throws Exception {
    Path edited = CaseFiles.copyRules(dir);
    Path us = edited.resolve("us.drl");
    // switch the all-or-nothing veto off by making its condition impossible
    String text = Files.readString(us);
    String rule = text.substring(text.indexOf("rule \"Washington grants no sanctions relief"));
    String when = rule.substring(0, rule.indexOf("then"));
    Files.writeString(us, text.replace(when, when.replaceFirst("when", "when\n    eval(false)")));
    Gordian committed = TestCases.hanoi();
    Gordian changed = Gordian.load(TestCases.HANOI, List.of(edited));
    DiffResult d = Diff.compare(new Diff.Side(committed, null, "committed"), new Diff.Side(changed, null, "edited"),
        SMALL, 5);
    DiffResult viaScenario = dropAllOrNothing;
    assertThat(d.generated().vetoesChanged() + d.generated().becameFeasible())
        .isEqualTo(viaScenario.generated().vetoesChanged() + viaScenario.generated().becameFeasible());
    assertThat(d.listed()).extracting(DealChange::id).containsExactlyElementsOf(
        viaScenario.listed().stream().map(DealChange::id).toList());
  }

  @Test
  void theAnalysesConclusionsAreComparedWithSeparateRunsOfEachSide() {
    AnalysisChanges a = dropAllOrNothing.analyses();
    RunResult left = TestCases.hanoi().run(SMALL);
    RunResult right = TestCases.hanoi().run(SMALL.withScenario("us-drops-all-or-nothing"));
    // Dropping the all-or-nothing position takes it out of every minimal relaxation that held it.
    AnalysisChanges.RelaxationChange kim = a.relaxations().stream().filter(r -> r.dealId().equals("kim-hanoi-demand"))
        .findFirst().orElseThrow();
    assertThat(kim.from()).isEqualTo(left.analyses().relaxation("kim-hanoi-demand").orElseThrow().sets());
    assertThat(kim.to()).isEqualTo(right.analyses().relaxation("kim-hanoi-demand").orElseThrow().sets());
    assertThat(kim.from().stream().flatMap(List::stream)).contains(ALL_OR_NOTHING);
    assertThat(kim.to().stream().flatMap(List::stream)).doesNotContain(ALL_OR_NOTHING);
    assertThat(a.knotsAppeared()).allMatch(k -> right.analyses().knots().contains(k)
        && left.analyses().knots().stream().noneMatch(l -> l.moves().equals(k.moves())));
    assertThat(a.knotsVanished()).allMatch(k -> left.analyses().knots().contains(k)
        && right.analyses().knots().stream().noneMatch(r -> r.moves().equals(k.moves())));
  }

  @Test
  void aRunWithoutTheAnalysesComparesVerdictsOnly() {
    DiffResult d = Diff.scenarios(TestCases.hanoi(), "baseline", "us-drops-all-or-nothing",
        SMALL.withAnalyses(false, 0), 5);
    assertThat(d.analyses()).isNull();
  }
}
