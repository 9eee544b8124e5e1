package org.gordian;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.DiffResult.BlockingChange;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.SpaceSummary;
import org.gordian.analysis.AnalysisChanges;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.DiffResult.Change;
import org.gordian.analysis.DiffResult.DealChange;
import org.gordian.analysis.DiffTally;
import org.gordian.analysis.VetoSets;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Message;
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
          Message.DIFF_MOVES_DIFFER.say()));
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
    return listed(byId(left.listedDeals(), DealDef::id), byId(right.listedDeals(), DealDef::id), DealDef::title,
        d -> VetoSets.positions(left.evaluate(d)), d -> VetoSets.positions(right.evaluate(d)));
  }

  /**
   * The listed deals whose vetoes differ between two sides, or that only one side lists, in the
   * left side's order and then the right side's added deals.
   */
  private static <D> List<DealChange> listed(Map<String, D> fromDeals, Map<String, D> toDeals,
      Function<D, String> title, Function<D, List<PositionRef>> fromVetoes, Function<D, List<PositionRef>> toVetoes) {
    List<DealChange> out = new ArrayList<>();
    fromDeals.forEach((id, d) -> {
      List<PositionRef> before = fromVetoes.apply(d);
      D other = toDeals.get(id);
      if (other == null) {
        out.add(new DealChange(id, title.apply(d), true, Change.REMOVED, before, List.of()));
        return;
      }
      List<PositionRef> after = toVetoes.apply(other);
      Change c = DiffResult.classify(before, after);
      if (c != null) {
        out.add(new DealChange(id, title.apply(d), true, c, before, after));
      }
    });
    toDeals.forEach((id, d) -> {
      if (!fromDeals.containsKey(id)) {
        out.add(new DealChange(id, title.apply(d), true, Change.ADDED, List.of(), toVetoes.apply(d)));
      }
    });
    return List.copyOf(out);
  }

  /**
   * Compares two finished runs of one case without evaluating anything again: the listed deals
   * whose vetoes differ, both sides' blocking maps when both evaluated the deal space, and how the
   * analyses' conclusions changed when both ran them. The generated deals are not paired deal by
   * deal, so the result's {@code generated} is null; {@link #compare} pairs them.
   *
   * @param fromLabel how reports name the left side
   * @param toLabel how reports name the right side
   */
  public static DiffResult runs(RunResult from, String fromLabel, RunResult to, String toLabel) {
    List<DealChange> listed = listed(byId(from.listed(), DealOutcome::id), byId(to.listed(), DealOutcome::id),
        DealOutcome::title, d -> VetoSets.positions(d.verdict()), d -> VetoSets.positions(d.verdict()));
    List<BlockingChange> blocking = List.of();
    if (from.space() != null && to.space() != null) {
      Map<PositionRef, long[]> counts = new TreeMap<>();
      from.positions().forEach(p -> counts.put(p, new long[4]));
      to.positions().forEach(p -> counts.putIfAbsent(p, new long[4]));
      from.space().blocking().forEach(b -> fill(counts, b, 0));
      to.space().blocking().forEach(b -> fill(counts, b, 1));
      blocking = counts.entrySet().stream().map(e -> new BlockingChange(e.getKey(), e.getValue()[0],
          e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    }
    AnalysisChanges analyses = from.analyses() != null && to.analyses() != null ? AnalysisChanges.of(from, to) : null;
    return new DiffResult(from.caseDef().id(), fromLabel, toLabel, listed, null, blocking, analyses);
  }

  private static void fill(Map<PositionRef, long[]> counts, SpaceSummary.Blocking b, int side) {
    long[] c = counts.computeIfAbsent(b.position(), k -> new long[4]);
    c[side] = b.vetoes();
    c[2 + side] = b.pivotal();
  }

  private static <D> Map<String, D> byId(List<D> deals, Function<D, String> id) {
    Map<String, D> out = new LinkedHashMap<>();
    deals.forEach(d -> out.put(id.apply(d), d));
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
