package org.gordian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gordian.Gordian;
import org.gordian.analysis.SpaceSummary;
import org.gordian.analysis.SpaceTally;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.model.Bounds;
import org.gordian.space.DealSpace;
import org.gordian.space.Progress;
import org.gordian.space.SpaceRunner;
import org.gordian.space.whole.Budget;
import org.gordian.space.whole.GeneratedCase;
import org.gordian.space.whole.WholeSpace;
import org.gordian.space.whole.WholeSpaceAnswer;

/**
 * Measures the exact whole-space answer on Hanoi's whole space (any number of its 15 moves, up to 3
 * phases) against enumerating the same space with the hand-written reference predicates, in one run;
 * then answers a generated case far past enumeration.
 *
 * <p>The exact answer runs once cold (first use of the code in this JVM, on a new engine) and then
 * {@code --runs} times, each on a new engine (so nothing is remembered from one run to the next; the
 * rules are compiled once, before any run); the figure is the median of those runs. Enumerating
 * the whole space one deal at a time would take minutes, so the enumeration is measured on a share of
 * it (every deal of up to {@code --share-moves} moves, after one warm-up round), and its rate is
 * extrapolated to the whole space's deals; the output says so. The exact answer for the same share is
 * checked against the enumeration's counts.
 *
 * <p>Usage: {@code bench/whole-space [--runs N] [--threads N] [--share-moves K] [--generated-moves N]
 * [--generated-phases N]}. The last line is {@code deals=N exact_s=S enumerated_s=S ratio=R}.
 */
public final class WholeSpaceBench {
  private WholeSpaceBench() {}

  public static void main(String[] args) throws Exception {
    int runs = 3;
    int threads = Runtime.getRuntime().availableProcessors();
    int shareMoves = 7;
    int genMoves = 30;
    int genPhases = 4;
    for (int i = 0; i < args.length - 1; i += 2) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--share-moves" -> shareMoves = Integer.parseInt(args[i + 1]);
        case "--generated-moves" -> genMoves = Integer.parseInt(args[i + 1]);
        case "--generated-phases" -> genPhases = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Gordian hanoi = Gordian.load(Path.of("examples/hanoi-2019"));
    Bounds whole = WholeSpace.whole(hanoi.caseDef().bounds());
    hanoi.engine(null, EngineOptions.DEFAULT).ruleGroups();   // compile the rules and their groups once

    long t0 = System.nanoTime();
    WholeSpaceAnswer cold = WholeSpace.answer(hanoi.engine(null, EngineOptions.DEFAULT), whole, Budget.DEFAULT);
    double coldS = (System.nanoTime() - t0) / 1e9;
    if (!cold.exact()) {
      System.out.println("defeated: " + cold.defeated());
      System.exit(1);
    }
    List<Double> times = new ArrayList<>();
    WholeSpaceAnswer a = cold;
    for (int r = 0; r < runs; r++) {
      long t = System.nanoTime();
      a = WholeSpace.answer(hanoi.engine(null, EngineOptions.DEFAULT), whole, Budget.DEFAULT);
      times.add((System.nanoTime() - t) / 1e9);
    }
    double exactS = times.stream().sorted().toList().get(times.size() / 2);
    System.out.printf(Locale.ROOT, "Hanoi whole space: %s%n", a.scope());
    System.out.printf(Locale.ROOT, "  %,d deals, %,d feasible; exact in %.2f s (median of %d runs %s; cold first run %.2f s)%n",
        a.total(), a.feasible(), exactS, runs, times.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList(),
        coldS);
    System.out.printf(Locale.ROOT, "  %s%n", stats(a));
    System.out.printf(Locale.ROOT, "  never feasible: %s; pairs never feasible together: %s%n",
        a.neverFeasibleMoves(), a.neverFeasiblePairs());

    // Enumeration with the hand-written predicates, on a share of the space, extrapolated.
    Engine engine = hanoi.engine(null, EngineOptions.DEFAULT);
    Bounds share = whole.with(shareMoves, whole.phases());
    DealSpace shareSpace = new DealSpace(engine.table(), share);
    long shareDeals = shareSpace.count();
    // Warm-up rounds for 5 s at least, then measured rounds for 5 s at least (as bench/throughput does).
    for (long tw = System.nanoTime(); System.nanoTime() - tw < 5_000_000_000L; ) {
      enumerate(engine, shareSpace, share, threads);
    }
    List<Double> rounds = new ArrayList<>();
    SpaceSummary summary = null;
    while (rounds.stream().mapToDouble(Double::doubleValue).sum() < 5 || rounds.isEmpty()) {
      long te = System.nanoTime();
      summary = enumerate(engine, shareSpace, share, threads);
      rounds.add((System.nanoTime() - te) / 1e9);
    }
    double shareS = rounds.stream().sorted().toList().get(rounds.size() / 2);
    double rate = shareDeals / shareS;
    double enumeratedS = a.total().doubleValue() / rate;
    WholeSpaceAnswer shareExact = WholeSpace.answer(hanoi.engine(null, EngineOptions.DEFAULT), share, Budget.DEFAULT);
    boolean agree = shareExact.exact() && shareExact.total().longValueExact() == summary.evaluated()
        && shareExact.feasible().longValueExact() == summary.feasible();
    System.out.printf(Locale.ROOT, "Enumeration with the hand-written predicates (%d threads): measured on the deals of up to"
        + " %d moves, %,d deals (%.2f%% of the whole space), in %.2f s (median of %d rounds after 5 s of warm-up) = %,.0f deals/s; extrapolated to the whole"
        + " space's %,d deals: %.1f s (not run)%n", threads, shareMoves, shareDeals,
        100.0 * shareDeals / a.total().doubleValue(), shareS, rounds.size(), rate, a.total(), enumeratedS);
    System.out.printf(Locale.ROOT, "  the exact answer on that share agrees with its enumeration (%,d deals, %,d feasible): %s%n",
        summary.evaluated(), summary.feasible(), agree ? "yes" : "NO");

    // A generated case far past enumeration.
    Path dir = Files.createTempDirectory("gordian-whole-bench-");
    Gordian generated = Gordian.load(GeneratedCase.writeBench(dir, genMoves, genPhases));
    Bounds genWhole = WholeSpace.whole(generated.caseDef().bounds());
    generated.engine(null, EngineOptions.DEFAULT).ruleGroups();
    long tg = System.nanoTime();
    WholeSpaceAnswer g = WholeSpace.answer(generated.engine(null, EngineOptions.DEFAULT), genWhole, Budget.DEFAULT);
    double genS = (System.nanoTime() - tg) / 1e9;
    System.out.printf(Locale.ROOT, "Generated case (%s): %s%n", dir.resolve("case.yaml"), g.scope());
    if (g.exact()) {
      System.out.printf(Locale.ROOT, "  %s deals (%.2e), %s feasible; exact in %.2f s (one cold run)%n  %s%n",
          g.total(), g.total().doubleValue(), g.feasible(), genS, stats(g));
    } else {
      System.out.printf(Locale.ROOT, "  defeated after %.2f s: %s%n", genS, g.defeated());
    }
    if (!agree) {
      System.exit(1);
    }
    System.out.printf(Locale.ROOT, "deals=%s exact_s=%.2f enumerated_s=%.1f ratio=%.1f%n", a.total(), exactS,
        enumeratedS, enumeratedS / exactS);
  }

  private static String stats(WholeSpaceAnswer a) {
    WholeSpaceAnswer.Stats s = a.stats();
    return String.format(Locale.ROOT, "%d sweep(s), %d questions, %,d states, %,d answer patterns, %,d paths through"
        + " the rules, %,d Drools firings", s.rounds(), s.questions(), s.states(), s.patterns(), s.paths(),
        s.engineCalls());
  }

  private static SpaceSummary enumerate(Engine engine, DealSpace space, org.gordian.model.Bounds bounds, int threads) {
    SpaceRunner runner = new SpaceRunner(engine.table().size(), threads, 4096, org.gordian.space.Deadline.NONE);
    SpaceTally tally = new SpaceTally(engine.table(), engine.positions().all(),
        new org.gordian.analysis.Bargaining(java.util.List.of(), java.util.Map.of()), 10, 2);
    runner.run(space, Progress.NONE, () -> new HanoiReference(engine.table(), engine.positions(), true, false),
        tally.chunkWork(), tally::merge);
    return SpaceSummary.of(space.count(), bounds, tally, engine.positions().all());
  }
}
