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
  void aRuleFolderMovedAwayAndReplacedIsWatchedAgainAndRerun(@TempDir Path dir) throws Exception {
    try (WatchFixture w = new WatchFixture(dir, RunOptions.defaults().withBounds(2, 2))) {
      w.await(0, s -> s.contains("Watching "));
      Path rules = w.us.getParent();
      Path edited = Files.createDirectories(dir.resolve("new-rules"));
      try (var files = Files.list(rules)) {
        for (Path f : files.toList()) {
          Files.copy(f, edited.resolve(f.getFileName()));
        }
      }
      Files.writeString(edited.resolve("us.drl"), w.withoutAllOrNothing());

      // mv rules rules.old && cp -r new-rules rules
      int mark = w.mark();
      Files.move(rules, dir.resolve("rules.old"));
      Files.createDirectory(rules);
      try (var files = Files.list(edited)) {
        for (Path f : files.toList()) {
          Files.copy(f, rules.resolve(f.getFileName()));
        }
      }
      String replaced = w.await(mark, s -> s.contains("veto by US/all-or-nothing gone"));
      assertThat(replaced).contains("kim-hanoi-demand: vetoed by other positions; veto by US/all-or-nothing gone");

      // An edit in the new folder is seen: it is the one watched now.
      w.await(mark, s -> s.contains("again: the folder was replaced"));
      mark = w.mark();
      Files.writeString(w.us, w.original);
      String again = w.await(mark, s -> s.contains("veto by US/all-or-nothing appeared"));
      assertThat(again).contains("Changed: us.drl");
    }
  }

  @Test
  void helpShowsAnExample() {
    assertThat(Cli.run("watch", "--help").out()).contains("gordian watch examples/my-case").contains("Exit codes:");
  }
}
