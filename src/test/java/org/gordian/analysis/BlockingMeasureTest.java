package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.engine.EngineOptions;
import org.gordian.engine.Evaluator;
import org.gordian.facts.Veto;
import org.gordian.run.CaseRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blocking map's measures, recounted deal by deal from plain verdicts (no memo, no rule groups):
 * the deals no position of another party vetoes, how many of them each position vetoes, and the
 * position most often the only obstacle.
 */
@org.junit.jupiter.api.Tag("slow")
class BlockingMeasureTest {

  @ParameterizedTest
  @ValueSource(strings = {"src/test/resources/analysis/deadlock", "src/test/resources/analysis/two-keys",
      "examples/hanoi-2019"})
  void theBlockingMapsMeasuresMatchARecountFromPlainVerdicts(String dir) {
    Gordian g = Gordian.load(Path.of(dir));
    RunResult r = g.run(RunOptions.defaults().withAnalyses(false, 0));
    SpaceSummary s = r.space();
    RunOptions plain = RunOptions.defaults().withEngine(EngineOptions.DEFAULT.withMemo(false));
    List<SpaceSummary.Blocking> rows = s.blocking();
    long[] othersAccept = new long[rows.size()];
    long[] blocks = new long[rows.size()];
    long[] only = new long[rows.size()];
    try (CaseRun run = g.bind(plain); Evaluator ev = run.engine().newEvaluator()) {
      run.space().forEach((present, phase) -> {
        Set<String> parties = new HashSet<>();
        Set<String> positions = new HashSet<>();
        for (Veto v : ev.evaluate(present, phase, null, null).vetoes()) {
          parties.add(v.getParty());
          positions.add(v.getParty() + "/" + v.getPosition());
        }
        for (int i = 0; i < rows.size(); i++) {
          String party = rows.get(i).position().party();
          if (parties.isEmpty() || parties.equals(Set.of(party))) {
            othersAccept[i]++;
            if (positions.contains(rows.get(i).position().toString())) {
              blocks[i]++;
            }
          }
          if (positions.equals(Set.of(rows.get(i).position().toString()))) {
            only[i]++;
          }
        }
        return true;
      });
    }
    long most = 0;
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).othersAccept()).as("deals no other party than %s's vetoes", rows.get(i).position())
          .isEqualTo(othersAccept[i]);
      assertThat(rows.get(i).blocksOfOthersAccept()).as("of those, vetoed by %s", rows.get(i).position())
          .isEqualTo(blocks[i]);
      assertThat(rows.get(i).pivotal()).isEqualTo(only[i]);
      most = Math.max(most, only[i]);
    }
    long top = most;
    if (most == 0) {
      assertThat(s.mostDecisive()).isEmpty();
    } else {
      assertThat(s.mostDecisive().orElseThrow().pivotal()).isEqualTo(top);
    }
  }
}
