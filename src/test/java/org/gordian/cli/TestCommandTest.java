package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gordian.TestCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gordian test} prints like a test runner and exits 1 when an expectation fails. */
@org.junit.jupiter.api.Tag("slow")
class TestCommandTest {
  @Test
  void theShippedHanoiExpectationsPass() {
    Cli.Result r = Cli.run("test", "examples/hanoi-2019");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("PASS examples/hanoi-2019/expectations.yaml:5 [baseline] kim-hanoi-demand")
        .doesNotContain("FAIL").contains("Coverage over ");
    assertThat(r.out().lines().toList()).last().asString().matches("\\d+ passed, 0 failed");
  }

  @Test
  void aFailingExpectationExitsWithOneAndSaysExpectedAndActual(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("expectations.yaml");
    Files.writeString(f, "case: " + TestCases.HANOI.toAbsolutePath() + "\nexpectations:\n"
        + "  - deal: freeze-for-freeze\n    feasible: true\n"
        + "  - deal: kim-hanoi-demand\n    feasible: true\n");
    Cli.Result r = Cli.run("test", f.toString());
    assertThat(r.code()).isEqualTo(ExitCode.EXPECTATIONS_FAILED.code());
    assertThat(r.out()).contains("FAIL " + f + ":5 [baseline] kim-hanoi-demand is feasible\n"
        + "     expected: feasible\n     actual:   infeasible, vetoed by US/all-or-nothing");
    assertThat(r.out()).endsWith("\n1 passed, 1 failed\n");
  }

  @Test
  void aBrokenExpectationsFileExitsWithThree(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("expectations.yaml");
    Files.writeString(f, "case: " + TestCases.HANOI.toAbsolutePath() + "\nexpectations:\n  - deal: nope\n");
    Cli.Result r = Cli.run("test", f.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(r.err()).contains(f + ":3:5: an expectation needs one of");
  }

  @Test
  void helpShowsAnExampleAndTheExitCodes() {
    Cli.Result r = Cli.run("test", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("gordian test examples/my-case").contains("1 an expectation failed");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"--max-firings, 0", "--limit, -5"})
  void optionsOutOfRangeAreBadUsageAsForRun(String option, String value) {
    Cli.Result r = Cli.run("test", "examples/hanoi-2019", option, value);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("option '" + option + "' must be at least 1, found " + value)
        .contains("gordian test --help").doesNotContain("Exception");
    assertThat(Cli.run("run", "examples/hanoi-2019", option, value).err())
        .contains("option '" + option + "' must be at least 1, found " + value);
  }
}
