package org.gordian.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gordian completion}: prints a shell completion script made by picocli from the commands' own model. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {"Print a completion script for bash (zsh reads it too, after 'autoload -U bashcompinit &&"
        + " bashcompinit'): commands, options and the formats each command writes complete on Tab."},
    footer = {"", "Examples:", "  gordian completion bash > ~/.local/share/bash-completion/completions/gordian",
        "  source <(gordian completion bash)",
        "", "Exit codes: 0 printed, 2 bad usage (a shell other than bash)."})
final class CompletionCommand extends Shell {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SHELL", defaultValue = "bash",
      description = "The shell: bash (default; zsh through bashcompinit).")
  String shell;

  @Override
  ExitCode execute() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "completion is written for bash (and zsh"
          + " through bashcompinit), not '" + shell + "'");
    }
    out().print(script());
    out().flush();
    return ExitCode.OK;
  }

  /** The bash completion script of every command. */
  static String script() {
    return AutoComplete.bash("gordian", Main.commandLine());
  }
}
