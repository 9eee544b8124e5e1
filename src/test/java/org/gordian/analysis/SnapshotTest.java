package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.gordian.Diff;
import org.gordian.RunOptions;
import org.gordian.TestCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Comparing two kept runs gives what a streaming diff of the same two runs gives, on any number of threads. */
@org.junit.jupiter.api.Tag("slow")
class SnapshotTest {
  static final RunOptions SMALL = RunOptions.defaults().withBounds(3, 2);

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2, 3})
  void snapshotsAgreeWithDiff(int threads) {
    RunOptions options = SMALL.withThreads(threads, 512);
    VetoSets sets = new VetoSets();
    Snapshot before = TestCases.hanoi().snapshot(options, sets);
    Snapshot after = TestCases.hanoi().snapshot(options.withScenario("more-sanctions"), sets);
    DiffResult viaSnapshots = after.since(before, 4);
    DiffResult streamed = Diff.scenarios(TestCases.hanoi(), null, "more-sanctions", SMALL.withThreads(1, 512), 4);
    assertThat(viaSnapshots.generated()).isEqualTo(streamed.generated());
    assertThat(viaSnapshots.blocking()).isEqualTo(streamed.blocking());
    assertThat(viaSnapshots.listed()).isEqualTo(streamed.listed());
    RunResult run = TestCases.hanoi().run(SMALL.withScenario("more-sanctions"));
    assertThat(after.generatedFeasible()).isEqualTo(run.space().feasible());
    assertThat(after.generated()).isEqualTo(run.space().evaluated());
  }
}
