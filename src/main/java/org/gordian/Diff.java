package org.gordian;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gordian.analysis.AnalysisChanges;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.DiffResult.Change;
import org.gordian.analysis.DiffResult.DealChange;
import org.gordian.analysis.DiffTally;
import org.gordian.analysis.VetoSets;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.engine.DealIds;
import org.gordian.engine.Engine;
import org.gordian.engine.DealJudge;
import org.gordian.facts.internal.MoveTable;
import org.gordian.run.CaseRun;
import org.gordian.run.Guard;
import org.gordian.space.Deadline;
import org.gordian.engine.Verdict;
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
 * first {@code keep} changed deals of each kind are kept. Chunks of deals are compared on the run's
 * threads and tallied in enumeration order, so the result is the same whatever the thread count.
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
    Deadline deadline = Deadline.in(options.timeLimitMillis());
    return Guard.within(deadline, () -> {
      DiffResult verdicts;
      try (CaseRun left = from.gordian().bind(options.withScenario(from.scenario()), deadline);
          CaseRun right = to.gordian().bind(options.withScenario(to.scenario()), deadline)) {
        verdicts = compare(from, to, left, right, options.space(), keep);
      }
      if (!options.analyses()) {
        return verdicts;
      }
      // The conclusions drawn from the verdicts: each side is run whole, with its analyses (the
      // probabilities of feasibility are not compared, so not computed).
      RunOptions quiet = options.toBuilder().uncertainty(org.gordian.analysis.Uncertainty.Options.OFF).build()
          .withProgress(org.gordian.space.Progress.NONE, s -> { });
      return verdicts.withAnalyses(AnalysisChanges.of(
          from.gordian().runWithin(quiet.withScenario(from.scenario()), deadline),
          to.gordian().runWithin(quiet.withScenario(to.scenario()), deadline)));
    });
  }

  private static DiffResult compare(Side from, Side to, CaseRun left, CaseRun right, boolean space, int keep) {
    if (!left.engine().table().moveIds().equals(right.engine().table().moveIds())) {
      throw new GordianException(Diagnostic.error(to.gordian().caseDef().file(), 0, 0,
          "the two sides have different moves; diff compares one case under two scenarios or rule sets"));
    }
    VetoSets sets = new VetoSets();
    DiffTally tally = new DiffTally(sets, keep);
    List<DealChange> listed = listed(left, right);
    if (space) {
      walk(left, right, sets, tally);
    }
    return new DiffResult(from.gordian().caseDef().id(), from.label(), to.label(), listed,
        space ? tally.generated() : null,
        space ? tally.blocking(left.engine().positions().all(), right.engine().positions().all()) : List.of(),
        null);
  }

  private static List<DealChange> listed(CaseRun left, CaseRun right) {
    Map<String, DealDef> fromDeals = byId(left.listedDeals());
    Map<String, DealDef> toDeals = byId(right.listedDeals());
    List<DealChange> out = new ArrayList<>();
    for (DealDef d : fromDeals.values()) {
      List<PositionRef> before = VetoSets.positions(left.evaluate(d));
      DealDef other = toDeals.get(d.id());
      if (other == null) {
        out.add(new DealChange(d.id(), d.title(), true, Change.REMOVED, before, List.of()));
        continue;
      }
      List<PositionRef> after = VetoSets.positions(right.evaluate(other));
      Change c = DiffResult.classify(before, after);
      if (c != null) {
        out.add(new DealChange(d.id(), d.title(), true, c, before, after));
      }
    }
    for (DealDef d : toDeals.values()) {
      if (!fromDeals.containsKey(d.id())) {
        List<PositionRef> after = VetoSets.positions(right.evaluate(d));
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

  /** A judge of each side, side by side on one thread. */
  private record Pair(DealJudge from, DealJudge to) implements AutoCloseable {
    @Override
    public void close() {
      try (DealJudge a = from; DealJudge b = to) {
        // both closed
      }
    }
  }

  /** One chunk's deals with the verdict sets of both sides. */
  private record Compared(long[] present, byte[][] phases, int[] from, int[] to) {}

  private static void walk(CaseRun left, CaseRun right, VetoSets sets, DiffTally tally) {
    DealSpace space = left.space();
    MoveTable table = left.engine().table();
    var fromJudges = left.engine().judgesFor(space.count());
    var toJudges = right.engine().judgesFor(space.count());
    left.walk(space, () -> new Pair(fromJudges.get(), toJudges.get()), (pair, deals) -> {
      List<long[]> present = new ArrayList<>();
      List<byte[]> phases = new ArrayList<>();
      List<Verdict> a = new ArrayList<>();
      List<Verdict> b = new ArrayList<>();
      deals.forEach((p, phase) -> {
        present.add(new long[] {p});
        phases.add(phase.clone());
        a.add(pair.from().evaluate(p, phase));
        b.add(pair.to().evaluate(p, phase));
        return true;
      });
      int n = a.size();
      Compared c = new Compared(new long[n], phases.toArray(new byte[0][]), new int[n], new int[n]);
      synchronized (sets) {
        for (int i = 0; i < n; i++) {
          c.present()[i] = present.get(i)[0];
          c.from()[i] = sets.idOf(a.get(i));
          c.to()[i] = sets.idOf(b.get(i));
        }
      }
      return c;
    }, c -> {
      synchronized (sets) {
        for (int i = 0; i < c.from().length; i++) {
          long p = c.present()[i];
          byte[] phase = c.phases()[i];
          tally.add(c.from()[i], c.to()[i], x -> DealIds.of(table, p, phase));
        }
      }
    });
  }
}
