package org.gordian.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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
 * <p>Each approach first runs whole rounds over the space for the warm-up time (at least one),
 * so that the JIT has compiled its hot code. Then Gordian and the reference take turns, a round
 * each, until both have run for the measuring time, so that both see the machine in the same
 * state; the naive way, which needs far longer per round, runs its rounds after them. Each
 * figure is the deals of an approach's measured rounds over their time. Every round starts from a
 * new engine, so Gordian's memo starts empty each time. Compiling the rules, and building the
 * knowledge bases of their groups, happens once per rule set and is not in the rounds; the
 * benchmark prints how long the groups took.
 *
 * <p>Usage: {@code bench/throughput [--max-moves N] [--phases N] [--threads N] [--warmup S] [--measure S]}.
 */
public final class Throughput {
  private Throughput() {}

  public static void main(String[] args) {
    int maxMoves = 6;
    int phases = 3;
    int threads = Runtime.getRuntime().availableProcessors();
    double warmup = 5;
    double measure = 5;
    for (int i = 0; i < args.length - 1; i += 2) {
      switch (args[i]) {
        case "--max-moves" -> maxMoves = Integer.parseInt(args[i + 1]);
        case "--phases" -> phases = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Double.parseDouble(args[i + 1]);
        case "--measure" -> measure = Double.parseDouble(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Gordian hanoi = Gordian.load(Path.of("examples/hanoi-2019"));
    Bounds bounds = hanoi.caseDef().bounds().with(maxMoves, phases).withLimit(Long.MAX_VALUE);
    Engine probe = hanoi.engine(null, EngineOptions.DEFAULT);
    long size = new DealSpace(probe.table(), bounds).count();
    System.out.printf(Locale.ROOT, "Hanoi deal space: %,d deals (up to %d moves in up to %d phases), %d threads;"
        + " %.0f s warm-up and %.0f s measured per approach%n", size, maxMoves, phases, threads, warmup, measure);
    long t0 = System.nanoTime();
    int groups = size >= EngineOptions.DEFAULT.splitFrom() ? probe.ruleGroups() : 1;
    if (groups > 1) {
      System.out.printf(Locale.ROOT, "gordian evaluates the rules in %d independent groups (from %,d deals on);"
          + " building their knowledge bases took %.2f s, once%n", groups, EngineOptions.DEFAULT.splitFrom(),
          (System.nanoTime() - t0) / 1e9);
    }

    Approach gordian = new Approach("gordian", e -> e.judgesFor(size));
    Approach reference = new Approach("reference", e -> () -> new HanoiReference(e.table(), e.positions(), true, false));
    Approach naive = new Approach("naive", e -> () -> new NaiveJudge(e, true, false));

    for (Approach a : new Approach[] {gordian, reference, naive}) {
      Rounds warm = new Rounds(a.name);
      while (warm.seconds() < warmup || warm.times.isEmpty()) {
        a.round(hanoi, bounds, threads, warm);
      }
    }
    Rounds g = new Rounds(gordian.name);
    Rounds r = new Rounds(reference.name);
    while (g.seconds() < measure || r.seconds() < measure) {
      gordian.round(hanoi, bounds, threads, g);
      reference.round(hanoi, bounds, threads, r);
    }
    Rounds n = new Rounds(naive.name);
    while (n.seconds() < measure || n.times.isEmpty()) {
      naive.round(hanoi, bounds, threads, n);
    }
    List<Rounds> results = List.of(g, r, n);
    for (Rounds x : results) {
      System.out.printf(Locale.ROOT, "%-10s %,12.0f deals/s  (%d round(s) of %,d deals in %.2f s; median round %.3f s; %,d feasible)%n",
          x.name, x.rate(), x.times.size(), x.summary.evaluated(), x.seconds(), x.median(), x.summary.feasible());
    }
    System.out.printf(Locale.ROOT, "gordian fired rules in a Drools session %,d times a round for %,d deals (%.2f per 100"
        + " deals); its memos answered the rest%n", g.sessions / g.times.size(), size, 100.0 * g.sessions / g.times.size() / size);
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

  /**
   * The rounds of one approach so far: each round's seconds, the last round's summary, and the
   * Drools sessions its judges fired in all rounds.
   */
  private static final class Rounds {
    final String name;
    final List<Double> times = new ArrayList<>();
    SpaceSummary summary;
    long sessions;

    Rounds(String name) {
      this.name = name;
    }

    double seconds() {
      return times.stream().mapToDouble(Double::doubleValue).sum();
    }

    double rate() {
      return summary.evaluated() * times.size() / seconds();
    }

    double median() {
      List<Double> sorted = times.stream().sorted().toList();
      return sorted.get(sorted.size() / 2);
    }
  }

  private record Approach(String name, Function<Engine, Supplier<? extends DealJudge>> judges) {
    /** One whole round over the space, on a new engine, added to the rounds so far. */
    void round(Gordian hanoi, Bounds bounds, int threads, Rounds into) {
      Engine engine = hanoi.engine(null, EngineOptions.DEFAULT);
      DealSpace space = new DealSpace(engine.table(), bounds);
      SpaceRunner runner = new SpaceRunner(engine.table().size(), threads, 4096, org.gordian.space.Deadline.NONE);
      // Each round's judges are counted and let go: what one round remembers must not weigh on the next.
      List<DealJudge> used = Collections.synchronizedList(new ArrayList<>());
      Supplier<? extends DealJudge> made = judges.apply(engine);
      System.gc();
      long t0 = System.nanoTime();
      SpaceTally tally = new SpaceTally(engine.table(), engine.positions().all(),
          org.gordian.analysis.Bargaining.of(hanoi.caseDef().parties()), 10, 2);
      runner.run(space, Progress.NONE, () -> {
        DealJudge j = made.get();
        used.add(j);
        return j;
      }, tally.chunkWork(), tally::merge);
      into.times.add((System.nanoTime() - t0) / 1e9);
      into.sessions += used.stream().mapToLong(DealJudge::sessions).sum();
      into.summary = SpaceSummary.of(space.count(), bounds, tally, engine.positions().all());
    }
  }
}
