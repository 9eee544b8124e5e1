package org.gordian.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.Analyses;
import org.gordian.analysis.Knot;
import org.gordian.analysis.RunResult;

/**
 * Prints how long each analysis takes on a case (the Hanoi case by default) with its default
 * bounds: {@code java -cp … org.gordian.bench.AnalysesBench [case folder] [runs]}. A benchmark, not
 * a test: the figures depend on the machine.
 */
public final class AnalysesBench {
  private AnalysesBench() {}

  public static void main(String[] args) {
    run(args, System.out);
  }

  static void run(String[] args, PrintStream out) {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/hanoi-2019");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    long t0 = System.nanoTime();
    Gordian g = Gordian.load(folder);
    out.printf("load: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    tallyOverhead(g, out);
    for (int r = 1; r <= runs; r++) {
      long start = System.nanoTime();
      RunResult space = g.run(RunOptions.defaults().withAnalyses(false, 0));
      long spaceMs = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      RunResult result = g.run(RunOptions.defaults());
      long totalMs = (System.nanoTime() - start) / 1_000_000;
      Analyses a = result.analyses();
      out.printf("run %d: space only %d ms (%,d deals); space + analyses %d ms; analyses %s%n", r, spaceMs,
          space.space().evaluated(), totalMs, a.millis());
      if (r == runs) {
        out.printf("  %d relaxations, %d nearest lists, %d knots (%d sequencing), %d Pareto-optimal deals%n",
            a.relaxations().size(), a.nearest().size(), a.knots().size(),
            a.knots().stream().filter(k -> k.kind() == Knot.Kind.SEQUENCING).count(), a.ranking().pareto().size());
        a.notes().forEach(n -> out.println("  note: " + n));
        for (Knot k : a.knots()) {
          out.printf("  knot %s %s: %s%n", k.kind().label(), k.moves(), k.positionNames());
        }
      }
    }
  }

  /**
   * What the tally (with the streamed facts the analyses read) costs per deal: one thread evaluates
   * the space twice with a memo, once dropping verdicts and once tallying them.
   */
  private static void tallyOverhead(Gordian g, PrintStream out) {
    org.gordian.engine.Engine engine = g.engine(null, org.gordian.engine.EngineOptions.DEFAULT);
    org.gordian.space.DealSpace space = new org.gordian.space.DealSpace(engine.table(), g.caseDef().bounds());
    try (org.gordian.engine.Evaluator ev = engine.newEvaluator()) {
      for (int round = 0; round < 2; round++) {
        long[] sink = {0};
        long start = System.nanoTime();
        space.forEach((present, phase) -> {
          sink[0] += ev.evaluate(present, phase, null, null).vetoes().size();
          return true;
        });
        long bare = System.nanoTime() - start;
        org.gordian.analysis.SpaceTally tally = new org.gordian.analysis.SpaceTally(engine.table(),
            engine.positions().all(), org.gordian.analysis.Bargaining.of(g.caseDef().parties()), 200, 10);
        start = System.nanoTime();
        space.forEach((present, phase) -> {
          tally.add(present, phase, ev.evaluate(present, phase, null, null));
          return true;
        });
        long tallied = System.nanoTime() - start;
        out.printf("evaluate only (memo warm after round 1): %d ms; evaluate + tally: %d ms (%,d deals, %d)%n",
            bare / 1_000_000, tallied / 1_000_000, tally.evaluated(), sink[0] % 2);
      }
    }
  }
}
