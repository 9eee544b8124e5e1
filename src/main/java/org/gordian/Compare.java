package org.gordian;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gordian.analysis.Comparison;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.RunResult;
import org.gordian.model.Scenario;
import org.gordian.run.Guard;
import org.gordian.space.Deadline;

/**
 * Puts several scenarios of one case side by side, the baseline first: every listed deal's verdict
 * under each, the generated space's feasible count under each, and what each scenario changes
 * against the baseline and why. Reporters for the result live in {@code org.gordian.report}
 * ({@code Reporters.of(Comparison.class, Format.HTML, Instant.now())}).
 *
 * <pre>{@code
 * Gordian gordian = Gordian.load(Path.of("examples/my-case"));
 * Comparison c = Compare.scenarios(gordian, Compare.all(gordian), RunOptions.defaults());
 * for (Comparison.Row row : c.rows()) {
 *   System.out.println(row.id() + " " + row.cells().stream().map(Comparison.Cell::feasible).toList());
 * }
 * c.columns().get(1).changes().listed();   // the deals the first scenario flips, with the vetoes that moved
 * }</pre>
 *
 * <p>Each scenario is run once, with its listed deals, its deal space (unless the options say
 * listed deals only) and its analyses (unless switched off); the comparisons with the baseline are
 * drawn from those runs ({@link Diff#runs}) without evaluating anything again. The time limit holds
 * for the whole comparison.
 */
public final class Compare {
  private Compare() {}

  /** Every scenario of the case, in case order. */
  public static List<String> all(Gordian gordian) {
    return gordian.caseDef().scenarios().stream().map(Scenario::id).toList();
  }

  /**
   * Runs the baseline and each scenario named, once each, and compares them.
   *
   * @param scenarios scenario ids; {@code baseline} and repeats are dropped, the baseline always
   *     comes first
   * @param options the bounds, limits and engine settings (its scenario is ignored)
   * @throws org.gordian.diag.GordianException naming an unknown scenario (with the nearest known
   *     one) before anything runs, or when a run fails
   */
  public static Comparison scenarios(Gordian gordian, List<String> scenarios, RunOptions options) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(null);
    for (String s : scenarios) {
      if (!s.equals("baseline")) {
        gordian.scenario(s);
        ids.add(s);
      }
    }
    Deadline deadline = Deadline.in(options.timeLimitMillis());
    return Guard.within(deadline, () -> {
      List<RunResult> runs = new ArrayList<>();
      for (String id : ids) {
        options.notice().accept("Scenario " + (id == null ? "baseline" : id) + " (" + (runs.size() + 1) + " of "
            + ids.size() + ")");
        runs.add(gordian.runWithin(options.withScenario(id), deadline));
      }
      List<DiffResult> changes = new ArrayList<>();
      RunResult base = runs.get(0);
      for (RunResult r : runs.subList(1, runs.size())) {
        changes.add(Diff.runs(base, base.scenarioId(), r, r.scenarioId()));
      }
      return Comparison.of(runs, changes);
    });
  }
}
