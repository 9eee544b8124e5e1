package org.gordian.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gordian.RunOptions;

/**
 * Measures watch mode's edit-to-summary time on the Hanoi case (listed deals and the default deal
 * space): edits us.drl back and forth and prints the time from each write until the new summary is
 * printed, then the median. A benchmark to run by hand, not a test:
 *
 * <pre>
 * mvn -q -B -o package -DskipTests &amp;&amp; mvn -q -B -o test-compile
 * java -cp target/gordian-cli.jar:target/test-classes org.gordian.cli.WatchLatency [edits [warm-up edits]]
 * </pre>
 */
public final class WatchLatency {
  private WatchLatency() {}

  public static void main(String[] args) throws Exception {
    int edits = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Path dir = Files.createTempDirectory("gordian-watch-latency");
    List<Long> times = new ArrayList<>();
    try (WatchFixture w = new WatchFixture(dir, RunOptions.defaults())) {
      w.await(0, s -> s.contains("Watching "));
      for (int i = 0; i < warmup + edits; i++) {
        int mark = w.mark();
        String text = i % 2 == 0 ? w.withoutAllOrNothing() : w.original;
        long start = System.nanoTime();
        Files.writeString(w.us, text);
        String out = w.await(mark, s -> s.contains("generated deals feasible"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (i >= warmup) {
          times.add(ms);
        }
        System.out.printf("edit %2d: %4d ms%s  | %s%n", i + 1, ms, i < warmup ? " (warm-up)" : "",
            out.lines().filter(l -> l.contains("generated deals feasible")).findFirst().orElse(""));
        Thread.sleep(300);
      }
    }
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    long median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    System.out.printf("edit-to-summary over %d edits: median %d ms, min %d ms, max %d ms (debounce %d ms included)%n",
        sorted.size(), median, sorted.get(0), sorted.get(sorted.size() - 1), Watcher.QUIET_MILLIS);
    System.exit(0);
  }
}
