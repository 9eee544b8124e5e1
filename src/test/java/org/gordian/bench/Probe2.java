package org.gordian.bench;

import java.nio.file.Path;
import org.gordian.Gordian;
import org.gordian.engine.EngineOptions;
import org.gordian.engine.Engine;
import org.gordian.engine.Evaluator;
import org.gordian.space.DealSpace;

public class Probe2 {
  public static void main(String[] args) {
    Gordian g = Gordian.load(Path.of("examples/hanoi-2019"));
    Engine e = g.engine(null, EngineOptions.DEFAULT.withMemo(false));
    DealSpace space = new DealSpace(e.table(), g.caseDef().bounds().with(Integer.parseInt(args[0]), 3));
    try (Evaluator ev = e.newEvaluator()) {
      for (int round = 0; round < 3; round++) {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean(); long t1 = mx.getCurrentThreadCpuTime();
        long[] f = {0};
        space.forEach((p, ph) -> { if (ev.evaluate(p, ph, null, null).feasible()) f[0]++; return true; });
        long t2 = mx.getCurrentThreadCpuTime();
        System.out.printf("count=%d nomemo=%.0f/s (per cpu-second)%n", space.count(), space.count() / ((t2 - t1) / 1e9));
      }
    }
  }
}
