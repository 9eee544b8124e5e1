package org.gordian.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.gordian.Gordian;
import org.gordian.analysis.SpaceSummary;
import org.gordian.analysis.SpaceTally;
import org.gordian.engine.DealJudge;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.model.Bounds;
import org.gordian.space.DealSpace;
import org.gordian.space.Progress;
import org.gordian.space.SpaceRunner;

/**
 * Measures deal-space throughput on the Hanoi case in one run: Gordian's engine, the hand-written
 * reference predicates, and the naive Drools way (one stateless session execution per deal), all
 * over the same generated space through the same enumeration, threads and tallying.
 *
 * <p>Usage: {@code bench/throughput [--max-moves N] [--phases N] [--threads N]}.
 */
public final class Throughput {
  private Throughput() {}

  public static void main(String[] args) {
    int maxMoves = 6;
    int phases = 3;
    int threads = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < args.length - 1; i += 2) {
      switch (args[i]) {
        case "--max-moves" -> maxMoves = Integer.parseInt(args[i + 1]);
        case "--phases" -> phases = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Gordian hanoi = Gordian.load(Path.of("examples/hanoi-2019"));
    Bounds bounds = hanoi.caseDef().bounds().with(maxMoves, phases).withLimit(Long.MAX_VALUE);
    Engine probe = hanoi.engine(null, EngineOptions.DEFAULT);
    long size = new DealSpace(probe.table(), bounds).count();
    System.out.printf(Locale.ROOT, "Hanoi deal space: %,d deals (up to %d moves in up to %d phases), %d threads%n",
        size, maxMoves, phases, threads);

    java.util.List<org.gordian.engine.Evaluator> evaluators = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    Approach gordian = new Approach("gordian", () -> hanoi.engine(null, EngineOptions.DEFAULT), e -> () -> {
      org.gordian.engine.Evaluator ev = e.newEvaluator();
      evaluators.add(ev);
      return ev;
    });
    Approach reference = new Approach("reference", () -> hanoi.engine(null, EngineOptions.DEFAULT),
        e -> () -> new HanoiReference(e.table(), e.positions(), true, false));
    Approach naive = new Approach("naive", () -> hanoi.engine(null, EngineOptions.DEFAULT),
        e -> () -> new NaiveJudge(e, true, false));

    Bounds warmBounds = hanoi.caseDef().bounds();
    for (Approach a : new Approach[] {gordian, reference, naive}) {
      a.measure(warmBounds, threads);
    }
    evaluators.clear();
    Result g = gordian.measure(bounds, threads);
    long asked = evaluators.stream().mapToLong(org.gordian.engine.Evaluator::evaluated).sum();
    long fired = asked - evaluators.stream().mapToLong(org.gordian.engine.Evaluator::fromMemo).sum();
    Result r = reference.measure(bounds, threads);
    Result n = naive.measure(bounds, threads);
    for (Result x : new Result[] {g, r, n}) {
      System.out.printf(Locale.ROOT, "%-10s %,12.0f deals/s  (%,d deals in %.2f s; %,d feasible)%n", x.name,
          x.rate(), x.summary.evaluated(), x.seconds, x.summary.feasible());
    }
    System.out.printf(Locale.ROOT, "gordian fired the rules in Drools for %,d of %,d deals (%.1f%%); the memo answered"
        + " the rest%n", fired, asked, 100.0 * fired / Math.max(1, asked));
    boolean agree = sameCounts(g.summary, r.summary) && sameCounts(g.summary, n.summary);
    System.out.println("verdict counts agree (feasible and per-position vetoes): " + (agree ? "yes" : "NO"));
    System.out.printf(Locale.ROOT, "gordian/reference = %.2f, gordian/naive = %.2f%n", g.rate() / r.rate(),
        g.rate() / n.rate());
    System.out.printf(Locale.ROOT, "gordian=%.0f reference=%.0f naive=%.0f vs_reference=%.2f vs_naive=%.2f%n",
        g.rate(), r.rate(), n.rate(), g.rate() / r.rate(), g.rate() / n.rate());
    if (!agree) {
      System.exit(1);
    }
  }

  private static boolean sameCounts(SpaceSummary a, SpaceSummary b) {
    if (a.feasible() != b.feasible() || a.evaluated() != b.evaluated()) {
      return false;
    }
    for (int i = 0; i < a.blocking().size(); i++) {
      if (a.blocking().get(i).vetoes() != b.blocking().get(i).vetoes()
          || a.blocking().get(i).pivotal() != b.blocking().get(i).pivotal()) {
        return false;
      }
    }
    return true;
  }

  private record Result(String name, SpaceSummary summary, double seconds) {
    double rate() {
      return summary.evaluated() / seconds;
    }
  }

  private record Approach(String name, Supplier<Engine> engines,
      java.util.function.Function<Engine, Supplier<? extends DealJudge>> judges) {
    Result measure(Bounds bounds, int threads) {
      Engine engine = engines.get();
      DealSpace space = new DealSpace(engine.table(), bounds);
      SpaceRunner runner = new SpaceRunner(engine, threads, 4096, 10, 2, 0);
      System.gc();
      long t0 = System.nanoTime();
      SpaceTally tally = runner.run(space, Progress.NONE, judges.apply(engine));
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new Result(name, SpaceSummary.of(space.count(), tally, engine.positions().all()), seconds);
    }
  }

}
