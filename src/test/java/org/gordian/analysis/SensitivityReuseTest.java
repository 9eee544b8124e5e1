package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gordian.Gordian;
import org.gordian.Robustness;
import org.gordian.RunOptions;
import org.gordian.TestCases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Compiling each changed copy of the rules into a knowledge base a thread keeps (only the changed
 * files compiled again) gives the very sensitivity analysis that compiling every copy afresh gives.
 */
@Tag("slow")
class SensitivityReuseTest {
  @Test
  void keptRulesGiveTheSameAnswerAsFreshOnesOnTheFixture() {
    Gordian g = Gordian.load(Path.of("src/test/resources/sensitivity"));
    RunOptions o = RunOptions.defaults().withThreads(2, 4096);
    assertThat(Robustness.run(g, o, true).sensitivity()).isEqualTo(Robustness.run(g, o, false).sensitivity());
  }

  @Test
  void keptRulesGiveTheSameAnswerAsFreshOnesOnHanoi() {
    RunOptions o = RunOptions.defaults().withThreads(2, 4096);
    Sensitivity kept = Robustness.run(TestCases.hanoi(), o, true).sensitivity();
    Sensitivity fresh = Robustness.run(TestCases.hanoi(), o, false).sensitivity();
    assertThat(kept).isEqualTo(fresh);
    // Nine veto rules or positions made concerns, and six phase comparisons edited.
    assertThat(kept.tried().stream().filter(p -> p.kind().editsRules())).hasSize(15);
    assertThat(kept.untested()).isEmpty();
  }
}
