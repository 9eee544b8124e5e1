package org.gordian.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gordian.RunOptions;
import org.gordian.TestCases;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.SpaceSummary;
import org.gordian.engine.EngineOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The space's results do not depend on thread count, chunk size or whether verdicts are remembered. */
@org.junit.jupiter.api.Tag("slow")
class SpaceDeterminismTest {
  static SpaceSummary reference;

  @BeforeAll
  static void singleThreadWithoutMemo() {
    reference = run(1, 4096, false);
  }

  static SpaceSummary run(int threads, int chunk, boolean memo) {
    RunResult r = TestCases.hanoi().run(RunOptions.defaults().withThreads(threads, chunk)
        .withEngine(EngineOptions.DEFAULT.withMemo(memo)).withKeep(5000, 50));
    return r.space();
  }

  @ParameterizedTest(name = "{0} threads, chunks of {1}, memo {2}")
  @CsvSource({"1, 1, true", "2, 7, true", "3, 4096, true", "2, 100000, false", "4, 333, true"})
  void sameSummaryWhateverTheThreadsAndChunks(int threads, int chunk, boolean memo) {
    SpaceSummary s = run(threads, chunk, memo);
    assertThat(s.evaluated()).isEqualTo(reference.evaluated()).isEqualTo(s.size());
    assertThat(s.feasible()).isEqualTo(reference.feasible());
    assertThat(s.blocking()).hasSameSizeAs(reference.blocking());
    for (int i = 0; i < s.blocking().size(); i++) {
      var a = s.blocking().get(i);
      var b = reference.blocking().get(i);
      assertThat(a.position()).isEqualTo(b.position());
      assertThat(a.vetoes()).as("vetoes of %s", a.position()).isEqualTo(b.vetoes());
      assertThat(a.pivotal()).as("pivotal of %s", a.position()).isEqualTo(b.pivotal());
      assertThat(ids(a.nearMisses())).isEqualTo(ids(b.nearMisses()));
    }
    assertThat(ids(s.feasibleDeals())).isEqualTo(ids(reference.feasibleDeals()));
    for (int i = 0; i < s.feasibleDeals().size(); i++) {
      assertThat(s.feasibleDeals().get(i).verdict()).isEqualTo(reference.feasibleDeals().get(i).verdict());
    }
  }

  private static List<String> ids(List<DealOutcome> deals) {
    return deals.stream().map(DealOutcome::id).toList();
  }

  @org.junit.jupiter.api.Test
  void chunksAreSmallEnoughToShareTheWorkAndNeverAboveTheSizeAskedFor() {
    var engine = TestCases.hanoi().engine(null, EngineOptions.DEFAULT);
    SpaceRunner two = new SpaceRunner(engine.table().size(), 2, 4096, Deadline.NONE);
    assertThat(two.chunkSizeFor(59_080)).isEqualTo(59_080 / 32);
    assertThat(two.chunkSizeFor(10_000_000)).isEqualTo(4096);
    assertThat(two.chunkSizeFor(100)).isEqualTo(256);
    assertThat(new SpaceRunner(engine.table().size(), 2, 7, Deadline.NONE).chunkSizeFor(59_080)).isEqualTo(7);
  }
}
