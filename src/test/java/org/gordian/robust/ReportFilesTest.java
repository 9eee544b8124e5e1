package org.gordian.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gordian.report.ReportFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report is replaced whole or not at all: a writer failing half-way leaves the old one and no stray file. */
class ReportFilesTest {
  @TempDir
  Path tmp;

  private String[] names() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void aWriterThatFailsHalfWayLeavesThePreviousReport() throws IOException {
    Path report = Files.writeString(tmp.resolve("report.md"), "old\n");

    assertThatThrownBy(() -> ReportFiles.write(report, w -> {
      w.write("new half");
      w.flush();
      throw new IOException("disk full");
    })).hasMessage("disk full");

    assertThat(Files.readString(report)).isEqualTo("old\n");
    assertThat(names()).containsExactly("report.md");
  }

  @Test
  void aWriterThatThrowsAnUncheckedErrorLeavesThePreviousReport() throws IOException {
    Path report = Files.writeString(tmp.resolve("report.md"), "old\n");

    assertThatThrownBy(() -> ReportFiles.write(report, w -> {
      w.write("x".repeat(100_000));
      throw new IllegalStateException("bug in a reporter");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(Files.readString(report)).isEqualTo("old\n");
    assertThat(names()).containsExactly("report.md");
  }

  @Test
  void aCompleteWriteReplacesTheReportAndLeavesNothingElse() throws IOException {
    Path report = Files.writeString(tmp.resolve("report.md"), "old\n");

    ReportFiles.write(report, w -> w.write("new\n"));

    assertThat(Files.readString(report)).isEqualTo("new\n");
    assertThat(names()).containsExactly("report.md");
  }
}
