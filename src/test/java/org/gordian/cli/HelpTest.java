package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command explains itself with an example and its exit codes. */
class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"init", "diff", "sensitivity", "test", "check", "watch", "batch", "merge", "completion", "man"})
  void everyCommandHasHelpWithAnExampleAndExitCodes(String command) {
    Cli.Result r = Cli.run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: gordian " + command).containsPattern("Examples?:\\s+gordian " + command)
        .contains("Exit codes: 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"init", "diff", "sensitivity", "test", "check", "watch", "batch", "merge", "completion", "man"})
  void theTopLevelHelpListsEveryCommand(String command) {
    assertThat(Cli.run("--help").out()).containsPattern("\\n\\s+" + command + "\\s");
  }
}
