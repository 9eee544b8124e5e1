package org.gordian.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.SpaceSummary;
import org.gordian.facts.Consequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules that react to the case's own facts: what the context alone leads to holds for every deal,
 * however many deals one session evaluates, as if each were evaluated in a session of its own.
 * The case (src/test/resources/engine/case-facts) has three moves, so of its 19 generated deals 14
 * hold move x.
 */
class CaseFactsTest {
  private static final Gordian CASE = Gordian.load(Path.of("src/test/resources/engine/case-facts"));

  private static Map<String, Long> vetoes(SpaceSummary s) {
    Map<String, Long> out = new TreeMap<>();
    s.blocking().forEach(b -> out.put(b.position().toString(), b.vetoes()));
    return out;
  }

  @ParameterizedTest(name = "{0} threads, memo {1}")
  @CsvSource({"1, false", "1, true", "2, true", "2, false"})
  void everyDealSeesWhatTheContextLeadsTo(int threads, boolean memo) {
    RunResult r = CASE.run(RunOptions.defaults().withThreads(threads, 4)
        .withEngine(EngineOptions.DEFAULT.withMemo(memo)).withAnalyses(false, 0));
    // A veto from the context alone falls on all 19 deals; a veto that needs a consequence derived
    // from the context falls on the 14 with x; nothing that held only with no deal is left over.
    assertThat(vetoes(r.space())).containsExactlyInAnyOrderEntriesOf(Map.of(
        "A/calm-first", 14L, "B/mood-veto", 19L, "B/never-idle", 0L));
    assertThat(r.space().feasible()).isZero();
    assertThat(r.listed().get(0).verdict().consequences()).extracting(Consequence::getId).containsExactly("tension");
  }

  @Test
  void switchingOffAPositionThatFiresOnTheContextAloneTakesItsVetoesAway() {
    RunResult r = CASE.run(RunOptions.defaults().withScenario("b-relents").withAnalyses(false, 0));
    assertThat(vetoes(r.space())).containsEntry("A/calm-first", 14L).containsEntry("B/mood-veto", 0L);
    assertThat(r.space().feasible()).isEqualTo(5);
  }

  @Test
  void theRelaxationOfADealCountsThePositionThatFiresOnTheContextAlone() {
    RunResult r = CASE.run(RunOptions.defaults());
    assertThat(r.analyses().relaxation("x-then-y").orElseThrow().setNames())
        .containsExactly(java.util.List.of("A/calm-first", "B/mood-veto"));
  }
}
