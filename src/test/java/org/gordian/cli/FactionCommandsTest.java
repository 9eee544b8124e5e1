package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's faction change works in every command that runs scenarios: run, diff, sensitivity and test. */
class FactionCommandsTest {
  static final String CASE = "src/test/resources/uncertainty";

  @Test
  void runSwitchesOffTheFactionsPositions(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("r.md");
    Cli.Result r = Cli.run("run", CASE, "--scenario", "hawks-sidelined", "--threads", "1", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).contains("A/dismantlement-with-relief", "A/no-payment")
        .contains("| `pay-freeze` | feasible | 1 |");
  }

  @Test
  void diffNamesTheFactionsPositionsAsTheVetoesGone() {
    Cli.Result r = Cli.run("diff", CASE, "--from", "baseline", "--to", "hawks-sidelined", "--threads", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("| `pay-freeze` | became feasible | — | `A/no-payment` |");
  }

  @Test
  @Tag("slow")
  void sensitivityDoesNotSwitchOffWhatTheFactionChangeSwitchedOff() {
    Cli.Result r = Cli.run("sensitivity", CASE, "--scenario", "hawks-sidelined", "--threads", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("positions off: 4").doesNotContain("`A/no-payment` off");
  }

  @Test
  void testChecksExpectationsUnderAFactionScenario() {
    Cli.Result r = Cli.run("test", CASE);
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("3 passed, 0 failed");
  }
}
