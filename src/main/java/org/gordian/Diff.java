package org.gordian;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.DiffResult.Change;
import org.gordian.analysis.DiffResult.DealChange;
import org.gordian.analysis.DiffTally;
import org.gordian.analysis.VetoSets;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.RunFailure;
import org.gordian.engine.DealIds;
import org.gordian.engine.Engine;
import org.gordian.engine.Evaluator;
import org.gordian.engine.Verdict;
import org.gordian.model.Bounds;
import org.gordian.model.DealDef;
import org.gordian.model.PositionRef;
import org.gordian.space.DealSpace;

/**
 * Compares two runs of one case: two scenarios, or the case under two versions of its rules. Says
 * which listed and generated deals became feasible or infeasible, which positions' vetoes appeared
 * or disappeared on each, and how the blocking map changed. Reporters for the result live in
 * {@code org.gordian.report} ({@code DiffMarkdown}, {@code DiffJson}).
 *
 * <pre>{@code
 * Gordian gordian = Gordian.load(Path.of("examples/my-case"));
 * DiffResult d = Diff.scenarios(gordian, "baseline", "my-scenario", RunOptions.defaults(), 20);
 * d.listed(Change.BECAME_FEASIBLE).forEach(c -> System.out.println(c.id() + " now feasible"));
 *
 * Gordian edited = Gordian.load(Path.of("examples/my-case"), List.of(Path.of("/tmp/edited-rules")));
 * DiffResult r = Diff.compare(new Diff.Side(gordian, null, "committed rules"),
 *     new Diff.Side(edited, null, "edited rules"), RunOptions.defaults(), 20);
 * }</pre>
 *
 * <p>The generated deal space is enumerated once and every deal is evaluated by both sides in turn,
 * so spaces of millions of deals are compared without holding their verdicts: only counts and the
 * first {@code keep} changed deals of each kind are kept. The comparison runs on one thread.
 */
public final class Diff {
  private Diff() {}

  /**
   * One side of a comparison.
   *
   * @param scenario the scenario's id, or null for the baseline
   * @param label how reports name this side
   */
  public record Side(Gordian gordian, String scenario, String label) {}

  /** Compares two scenarios of one case ({@code baseline} or null for the case as written). */
  public static DiffResult scenarios(Gordian gordian, String from, String to, RunOptions options, int keep) {
    return compare(new Side(gordian, from, from == null ? "baseline" : from),
        new Side(gordian, to, to == null ? "baseline" : to), options, keep);
  }

  /**
   * Compares two sides deal by deal.
   *
   * @param options the bounds, limits and engine settings (its scenario is ignored; each side names its own)
   * @param keep how many changed generated deals of each kind to keep
   * @throws GordianException when a side cannot run, or the sides' moves differ
   */
  public static DiffResult compare(Side from, Side to, RunOptions options, int keep) {
    Engine left = from.gordian().engine(from.gordian().scenario(from.scenario()), options.engine());
    Engine right = to.gordian().engine(to.gordian().scenario(to.scenario()), options.engine());
    if (!left.table().moveIds().equals(right.table().moveIds())) {
      throw new GordianException(Diagnostic.error(to.gordian().caseDef().file(), 0, 0,
          "the two sides have different moves; diff compares one case under two scenarios or rule sets"));
    }
    VetoSets sets = new VetoSets();
    List<DealChange> listed;
    DiffTally tally = new DiffTally(sets, keep);
    try (Evaluator a = left.newEvaluator(); Evaluator b = right.newEvaluator()) {
      listed = listed(from, to, left, right, a, b);
      if (options.space()) {
        walk(from.gordian().bounds(options), left, a, b, sets, tally, options);
      }
    }
    return new DiffResult(from.gordian().caseDef().id(), from.label(), to.label(), listed,
        options.space() ? tally.generated() : null,
        options.space() ? tally.blocking(left.positions().all(), right.positions().all()) : List.of());
  }

  private static List<DealChange> listed(Side from, Side to, Engine left, Engine right, Evaluator a, Evaluator b) {
    Map<String, DealDef> fromDeals = byId(from.gordian().listedDeals(from.gordian().scenario(from.scenario())));
    Map<String, DealDef> toDeals = byId(to.gordian().listedDeals(to.gordian().scenario(to.scenario())));
    List<DealChange> out = new ArrayList<>();
    for (DealDef d : fromDeals.values()) {
      List<PositionRef> before = VetoSets.positions(Gordian.evaluate(left, a, d).verdict());
      DealDef other = toDeals.get(d.id());
      if (other == null) {
        out.add(new DealChange(d.id(), d.title(), true, Change.REMOVED, before, List.of()));
        continue;
      }
      List<PositionRef> after = VetoSets.positions(Gordian.evaluate(right, b, other).verdict());
      Change c = DiffResult.classify(before, after);
      if (c != null) {
        out.add(new DealChange(d.id(), d.title(), true, c, before, after));
      }
    }
    for (DealDef d : toDeals.values()) {
      if (!fromDeals.containsKey(d.id())) {
        List<PositionRef> after = VetoSets.positions(Gordian.evaluate(right, b, d).verdict());
        out.add(new DealChange(d.id(), d.title(), true, Change.ADDED, List.of(), after));
      }
    }
    return List.copyOf(out);
  }

  private static Map<String, DealDef> byId(List<DealDef> deals) {
    Map<String, DealDef> out = new LinkedHashMap<>();
    deals.forEach(d -> out.put(d.id(), d));
    return out;
  }

  private static void walk(Bounds bounds, Engine left, Evaluator a, Evaluator b, VetoSets sets, DiffTally tally,
      RunOptions options) {
    DealSpace space = new DealSpace(left.table(), bounds);
    long size = space.count();
    if (size > bounds.limit()) {
      throw new GordianException(bounds.loc().error(String.format(
          "the bounds allow %,d deals, more than the limit of %,d; raise it with --limit %d", size, bounds.limit(),
          size)));
    }
    long start = System.currentTimeMillis();
    space.forEach((present, phase) -> {
      Verdict va = a.evaluate(present, phase, null, null);
      Verdict vb = b.evaluate(present, phase, null, null);
      tally.add(sets.idOf(va), sets.idOf(vb), x -> DealIds.of(left.table(), present, phase));
      if ((tally.evaluated() & 1023) == 0) {
        options.progress().update(tally.evaluated(), size);
        if (options.timeLimitMillis() > 0 && System.currentTimeMillis() - start > options.timeLimitMillis()) {
          throw new RunFailure(Diagnostic.error(null, 0, 0, "the comparison took longer than its time limit of "
              + options.timeLimitMillis() / 1000.0 + " s; raise it with --time-limit or narrow the bounds"));
        }
        if (Thread.currentThread().isInterrupted()) {
          throw new CancellationException("interrupted");
        }
      }
      return true;
    });
    options.progress().update(tally.evaluated(), size);
  }
}
