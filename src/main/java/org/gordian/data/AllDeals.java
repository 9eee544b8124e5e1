package org.gordian.data;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.DealOutcome;
import org.gordian.engine.Verdict;
import org.gordian.facts.internal.MoveTable;
import org.gordian.run.CaseRun;

/**
 * Every deal of a run's space, walked by the evaluation core as any run walks it and written chunk by
 * chunk in enumeration order: the walk hands over one chunk at a time, so memory holds a few chunks,
 * never the space.
 */
final class AllDeals {
  private AllDeals() {}

  /** One chunk's deals with their verdicts (shared with the engine's memo, not copied). */
  private record Chunk(List<Long> present, List<byte[]> phases, List<Verdict> verdicts) {}

  static void write(Gordian gordian, RunOptions options, RunRows rows) throws SQLException {
    SQLException[] failed = new SQLException[1];
    try (CaseRun run = gordian.bind(options)) {
      MoveTable table = run.engine().table();
      run.walkJudged((judge, deals) -> {
        Chunk c = new Chunk(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        deals.forEach((present, phase) -> {
          c.present().add(present);
          c.phases().add(phase.clone());
          c.verdicts().add(judge.evaluate(present, phase));
          return true;
        });
        return c;
      }, c -> {
        if (failed[0] != null) {
          return;
        }
        try {
          for (int i = 0; i < c.present().size(); i++) {
            rows.generated(DealOutcome.generated(table, c.present().get(i), c.phases().get(i), c.verdicts().get(i)));
          }
        } catch (SQLException e) {
          failed[0] = e;
        }
      });
    }
    if (failed[0] != null) {
      throw failed[0];
    }
  }
}
