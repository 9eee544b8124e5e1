package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes a script or CI can act on, and a mistyped command answered with the one meant. */
@org.junit.jupiter.api.Tag("slow")
class ScriptingExitCodesTest {
  @TempDir
  Path dir;

  @Test
  void checkStrictFailsOnWarningsAndPassesWithout() throws Exception {
    Path caseDir = dir.resolve("case");
    org.gordian.robust.BrokenInputsTest.copy(Path.of("src/test/resources/analysis/deadlock"), caseDir);
    // The deadlock case's positions name no source: warnings, no error.
    Cli.Result plain = Cli.run("check", caseDir.toString());
    assertThat(plain.code()).isEqualTo(ExitCode.OK.code());
    assertThat(plain.out()).contains("names no source");
    Cli.Result strict = Cli.run("check", caseDir.toString(), "--strict");
    assertThat(strict.code()).isEqualTo(ExitCode.INVALID_INPUT.code());

    assertThat(Cli.run("check", "examples/hanoi-2019", "--strict").code()).isEqualTo(ExitCode.OK.code());
  }

  @Test
  void diffExitCodeSaysWhetherAnythingChanged() throws Exception {
    Path out = dir.resolve("d.md");
    Cli.Result moved = Cli.run("diff", "examples/hanoi-2019", "--to", "us-drops-all-or-nothing", "--exit-code",
        "--out", out.toString());
    assertThat(moved.code()).isEqualTo(1);
    Cli.Result same = Cli.run("diff", "examples/hanoi-2019", "--to", "baseline", "--exit-code", "--out",
        out.toString());
    assertThat(same.code()).isEqualTo(ExitCode.OK.code());
    assertThat(Files.readString(out)).contains("No deal changed, and no conclusion of the analyses.");
    Cli.Result noFlag = Cli.run("diff", "examples/hanoi-2019", "--to", "us-drops-all-or-nothing", "--out",
        out.toString());
    assertThat(noFlag.code()).isEqualTo(ExitCode.OK.code());
  }

  @Test
  void aMistypedCommandIsAnsweredWithTheOneMeant() {
    Cli.Result r = Cli.run("rnu", "examples/hanoi-2019");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("gordian: unknown command 'rnu'; did you mean 'run'?");
  }
}
