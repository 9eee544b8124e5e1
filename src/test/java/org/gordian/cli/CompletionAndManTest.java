package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Model.OptionSpec;

/** The completion script and the manual pages come from the same model as --help, and the shell and man read them. */
class CompletionAndManTest {
  @TempDir
  Path tmp;

  @Test
  void theBashScriptCompletesEveryCommandAndTheFormatsEachWrites() throws Exception {
    Cli.Result r = Cli.run("completion", "bash");
    assertThat(r.code()).isZero();
    for (String c : Main.commandLine().getSubcommands().keySet()) {
      assertThat(r.out()).contains(c);
    }
    assertThat(r.out()).contains("complete -F").contains("junit").contains("--shard-count");
    Path script = Files.writeString(tmp.resolve("gordian.bash"), r.out());
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")));
    Process bash = new ProcessBuilder("/bin/bash", "-n", script.toString()).redirectErrorStream(true).start();
    assertThat(bash.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(bash.exitValue()).as(new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
  }

  @Test
  void anotherShellIsBadUsage() {
    Cli.Result r = Cli.run("completion", "fish");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("not 'fish'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "run", "test", "batch", "init"})
  void eachPageNamesEveryOptionTheHelpShows(String command) throws Exception {
    Cli.Result r = command.isEmpty() ? Cli.run("man") : Cli.run("man", command);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith(".TH \"GORDIAN" + (command.isEmpty() ? "" : "-" + command.toUpperCase()) + "\"")
        .contains(".SH SYNOPSIS").contains(".SH OPTIONS");
    var spec = command.isEmpty() ? Main.commandLine().getCommandSpec()
        : Main.commandLine().getSubcommands().get(command).getCommandSpec();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        assertThat(r.out()).contains("\\fB" + ManCommand.esc(o.longestName()) + "\\fR");
      }
    }
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")));
    Path page = Files.writeString(tmp.resolve("page.1"), r.out());
    Process groff = new ProcessBuilder("/usr/bin/groff", "-man", "-Tutf8", "-ww", page.toString()).start();
    String shown = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String warnings = new String(groff.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(groff.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(warnings).isEmpty();
    assertThat(shown.replaceAll(".\b", "")).contains("OPTIONS").contains("--help");
  }

  @Test
  void aPageWrittenToAFileAndAnUnknownCommand() throws IOException {
    Path page = tmp.resolve("gordian-check.1");
    assertThat(Cli.run("man", "check", "--out", page.toString()).code()).isZero();
    assertThat(Files.readString(page)).contains("\\-\\-strict");
    Cli.Result r = Cli.run("man", "chek");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("no command 'chek'; did you mean 'check'?");
  }
}
