package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gordian.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watch mode reruns after a rule edit, names the flipped deals, and survives a rule that does not compile. */
class WatcherTest {
  @Test
  void reportsFlipsAfterEditsAndKeepsWatchingThroughABrokenRule(@TempDir Path dir) throws Exception {
    try (WatchFixture w = new WatchFixture(dir, RunOptions.defaults().withBounds(2, 2))) {
      String first = w.await(0, s -> s.contains("Watching "));
      assertThat(first).contains("hanoi-2019 [baseline]: 1 of 6 listed deals feasible");

      int mark = w.mark();
      Files.writeString(w.us, w.withoutAllOrNothing());
      String edited = w.await(mark, s -> s.contains("generated deals feasible"));
      assertThat(edited).contains("Changed: us.drl")
          .contains("kim-hanoi-demand: vetoed by other positions; veto by US/all-or-nothing gone")
          .contains("generated: ");

      mark = w.mark();
      Files.writeString(w.us, w.original.replace("rule \"Washington grants", "rule Washington grants \"("));
      String broken = w.await(mark, s -> s.contains("Still watching"));
      assertThat(broken).contains(w.us.toString() + ":");

      mark = w.mark();
      Files.writeString(w.us, w.original);
      String fixed = w.await(mark, s -> s.contains("generated deals feasible"));
      assertThat(fixed).contains("kim-hanoi-demand: vetoed by other positions; veto by US/all-or-nothing appeared");
    }
  }

  @Test
  void helpShowsAnExample() {
    assertThat(Cli.run("watch", "--help").out()).contains("gordian watch examples/my-case").contains("Exit codes:");
  }
}
