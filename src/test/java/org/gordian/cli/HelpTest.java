package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command explains itself with an example and its exit codes. */
class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"init", "diff", "compare", "sensitivity", "test", "check", "watch", "batch", "merge", "completion",
      "man"})
  void everyCommandHasHelpWithAnExampleAndExitCodes(String command) {
    Cli.Result r = Cli.run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: gordian " + command).containsPattern("Examples?:\\s+gordian " + command)
        .contains("Exit codes: 0");
  }

  /**
   * A command line that names a command is built with that command alone; its help, and what it
   * accepts, are those of the command in the whole tree.
   */
  @org.junit.jupiter.api.Test
  void aCommandBuiltAloneIsTheCommandOfTheWholeTree() {
    picocli.CommandLine whole = Main.commandLine();
    int alone = 0;
    for (var e : whole.getSubcommands().entrySet()) {
      picocli.CommandLine built = Main.commandLineFor(new String[] {e.getKey(), "--help"});
      picocli.CommandLine command = built.getSubcommands().get(e.getKey());
      assertThat(command).as(e.getKey()).isNotNull();
      if (built.getSubcommands().size() == 1) {
        alone++;
      }
      assertThat(command.getUsageMessage(picocli.CommandLine.Help.Ansi.OFF))
          .isEqualTo(e.getValue().getUsageMessage(picocli.CommandLine.Help.Ansi.OFF));
      assertThat(command.getCommandSpec().options().stream().map(o -> o.longestName()).toList())
          .isEqualTo(e.getValue().getCommandSpec().options().stream().map(o -> o.longestName()).toList());
    }
    assertThat(alone).as("commands built alone (all but help, completion and man)").isEqualTo(whole.getSubcommands().size() - 3);
    assertThat(Main.commandLineFor(new String[] {"rnu"}).getSubcommands()).as("a misspelt command gets every command, for suggestions")
        .hasSameSizeAs(whole.getSubcommands());
  }

  /** Where a command writes more than one page in HTML, its --format help says what, not "one page". */
  @ParameterizedTest
  @ValueSource(strings = {"batch", "merge"})
  void theHtmlFormatOfBatchAndMergeIsDescribedAsWhatTheyWrite(String command) {
    String help = Cli.run(command, "--help").out().replaceAll("\\s+", " ");
    String format = help.substring(help.indexOf("--format=FORMAT"), help.indexOf("-h, --help"));
    assertThat(format).contains("index.html").doesNotContain("one self-contained page");
  }

  /** A '%' in an option's description must be written '%%', or the help is printed with a warning. */
  @ParameterizedTest
  @ValueSource(strings = {"run", "diff", "compare", "sensitivity", "test", "check", "watch", "batch", "merge"})
  void helpIsPrintedWithoutWarnings(String command) {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    Cli.Result r;
    try {
      r = Cli.run(command, "--help");
    } finally {
      System.setErr(err);
    }
    assertThat(r.code()).isZero();
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8) + r.err()).doesNotContain("WARN");
    assertThat(r.out()).doesNotContain("%n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"init", "diff", "compare", "sensitivity", "test", "check", "watch", "batch", "merge", "completion",
      "man"})
  void theTopLevelHelpListsEveryCommand(String command) {
    assertThat(Cli.run("--help").out()).containsPattern("\\n\\s+" + command + "\\s");
  }
}
