package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gordian.CaseFiles;
import org.gordian.diag.Paths2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file {@code batch} cannot write is named with the reason, not the path alone nor the reason alone. */
class BatchIoErrorsTest {
  @TempDir
  Path dir;
  Path cases;

  @BeforeEach
  void oneCase() throws IOException {
    cases = Files.createDirectories(dir.resolve("cases"));
    CaseFiles.write(Files.createDirectories(cases.resolve("hanoi")), CaseFiles.hanoiText());
  }

  private Cli.Result batch(Path out) {
    return Cli.run("batch", cases.toString(), "--out", out.toString(), "--listed-only", "--threads", "1");
  }

  @Test
  void anOutputFolderThatIsAFileIsNamedWithWhatIsWrong() throws IOException {
    Path out = Files.writeString(dir.resolve("out"), "a file, not a folder\n");

    Cli.Result r = batch(out);

    assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR.code());
    assertThat(r.err()).contains("gordian: cannot make the folder " + Paths2.display(out)
        + ": a file is in the way where a folder is needed");
  }

  @Test
  void anIndexThatCannotBeWrittenIsNamedWithWhatIsWrong() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path index = Files.createDirectories(out.resolve("index.md"));

    Cli.Result r = batch(out);

    assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR.code());
    assertThat(r.err()).contains("gordian: cannot write the report to " + Paths2.display(index) + ": it is a folder");
  }

  @Test
  void javasFileExceptionsGainTheirReasonAndPlainOnesTheirPath() {
    Path p = dir.resolve("gone.md");
    assertThat(org.gordian.diag.IoProblems.describe(new java.nio.file.NoSuchFileException(p.toString())))
        .isEqualTo(Paths2.display(p) + ": no such file or folder");
    assertThat(org.gordian.diag.IoProblems.describe(new java.nio.file.AccessDeniedException(p.toString())))
        .isEqualTo(Paths2.display(p) + ": permission denied");
    assertThat(org.gordian.diag.IoProblems.describe("cannot write", p, new IOException("No space left on device")))
        .isEqualTo("cannot write " + Paths2.display(p) + ": No space left on device");
  }
}
