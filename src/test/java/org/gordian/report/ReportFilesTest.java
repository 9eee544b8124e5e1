package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report files are written whole, with the permissions a shared file needs. */
class ReportFilesTest {
  @TempDir
  Path dir;

  @BeforeEach
  void posixOnly() throws IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
        "file permissions are POSIX permissions here");
  }

  @Test
  void aNewReportIsReadableByAll() throws IOException {
    Path report = dir.resolve("hanoi.html");
    ReportFiles.write(report, w -> w.write("<!DOCTYPE html>\n"));
    assertThat(Files.readString(report)).isEqualTo("<!DOCTYPE html>\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r--r--");
  }

  @Test
  void aReplacedReportKeepsItsPermissions() throws IOException {
    Path report = dir.resolve("hanoi.csv");
    Files.writeString(report, "old\r\n");
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
    ReportFiles.write(report, w -> w.write("new\r\n"));
    assertThat(Files.readString(report)).isEqualTo("new\r\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-rw----");
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary file left behind").containsExactly(report);
    }
  }
}
