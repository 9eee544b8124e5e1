package org.gordian.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gordian.cli.Cli;
import org.gordian.diag.Paths2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that fail half-way — a full disk, a folder that refuses writes — leave every earlier
 * output as it was, no temporary file, and a message naming the file and the reason. The failure
 * is injected where bytes go to the disk, so the tests need neither a small disk nor a non-root user.
 */
class FaultInjectionTest {
  static final Path TINY = Path.of("src/test/resources/trust/tiny");

  @TempDir
  Path tmp;

  @AfterEach
  void heal() {
    AtomicFiles.faults = AtomicFiles.NO_FAULTS;
  }

  /** Every write fails once {@code bytes} bytes of it went through, as on a full disk. */
  static void diskFullAfter(long bytes) {
    AtomicFiles.faults = out -> new FilterOutputStream(out) {
      long written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (written + len > bytes) {
          throw new IOException("No space left on device");
        }
        written += len;
        out.write(b, off, len);
      }
    };
  }

  private Path tiny(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(TINY)) {
      for (Path p : walk.toList()) {
        Path target = dir.resolve(TINY.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return dir;
  }

  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.toList()) {
        files.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "<folder>");
      }
    }
    return files;
  }

  static void noStackTrace(Cli.Result r) {
    assertThat(r.err()).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(").doesNotContain("internal error");
  }

  @Test
  void aFullDiskDuringARunLeavesThePreviousReport() throws IOException {
    Path caseDir = tiny(tmp.resolve("tiny"));
    Path report = Files.writeString(Files.createDirectories(tmp.resolve("out")).resolve("report.md"), "earlier\n");
    diskFullAfter(100);

    Cli.Result r = Cli.run("run", caseDir.toString(), "--out", report.toString(), "--threads", "1");

    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err()).contains("cannot write the report to " + Paths2.display(report) + ": No space left on device");
    assertThat(snapshot(tmp.resolve("out"))).containsOnlyKeys("", "report.md").containsEntry("report.md", "earlier\n");
    noStackTrace(r);
  }

  @Test
  void aFullDiskDuringAMergeLeavesThePreviousMergedReports() throws IOException {
    Path caseDir = tiny(tmp.resolve("cases/tiny"));
    Path one = tmp.resolve("shard-1");
    Path two = tmp.resolve("shard-2");
    for (Path shard : List.of(one, two)) {
      String i = shard == one ? "1/2" : "2/2";
      Cli.Result b = Cli.run("batch", caseDir.toString(), "--all-scenarios", "--shard", i, "--out", shard.toString(),
          "--threads", "1");
      assertThat(b.code()).as(b.err()).isZero();
    }
    Path out = tmp.resolve("merged");
    Cli.Result first = Cli.run("merge", one.toString(), two.toString(), "--out", out.toString());
    assertThat(first.code()).as(first.err()).isZero();
    Map<String, String> before = snapshot(out);
    assertThat(before).containsKey("tiny/baseline.json");
    // the shards change (a rerun), and the disk fills up while they are merged again
    Files.writeString(one.resolve("tiny/baseline.json"), Files.readString(one.resolve("tiny/baseline.json"))
        .replace("\"id\" : \"tiny\"", "\"id\" : \"tiny\" "));
    diskFullAfter(64);

    Cli.Result r = Cli.run("merge", one.toString(), two.toString(), "--out", out.toString());

    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err()).contains("cannot copy " + Paths2.display(one.resolve("tiny/baseline.md")) + " to "
        + Paths2.display(out.resolve("tiny/baseline.md")) + ": No space left on device");
    assertThat(snapshot(out)).as("every merged file as it was, nothing added").isEqualTo(before);
    noStackTrace(r);
  }

  @Test
  void aFullDiskDuringABatchKeepsTheEarlierIndex() throws IOException {
    Path caseDir = tiny(tmp.resolve("cases/tiny"));
    Path out = tmp.resolve("out");
    Cli.Result first = Cli.run("batch", caseDir.toString(), "--out", out.toString(), "--threads", "1");
    assertThat(first.code()).as(first.err()).isZero();
    Map<String, String> before = snapshot(out);
    diskFullAfter(10);

    Cli.Result r = Cli.run("batch", caseDir.toString(), "--out", out.toString(), "--threads", "1");

    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err()).contains("No space left on device").contains(Paths2.display(out.resolve("tiny/baseline.md")));
    assertThat(snapshot(out)).isEqualTo(before);
    noStackTrace(r);
  }

  @Test
  void aFolderThatRefusesWritesGivesAClearErrorAndLosesNothing() throws IOException {
    Path caseDir = tiny(tmp.resolve("tiny"));
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path report = Files.writeString(out.resolve("report.md"), "earlier\n");
    AtomicFiles.faults = stream -> {
      throw new AccessDeniedException(out.toString());
    };
    Cli.Result r;
    try {
      r = Cli.run("run", caseDir.toString(), "--out", report.toString(), "--threads", "1");
    } finally {
      heal();
    }
    assertThat(r.code()).isEqualTo(5);
    assertThat(r.err()).contains("cannot write the report to " + Paths2.display(report) + ": ").contains("permission denied");
    assertThat(snapshot(out)).containsOnlyKeys("", "report.md").containsEntry("report.md", "earlier\n");
    noStackTrace(r);
  }

  @Test
  void aReadOnlyFolderGivesAClearErrorAndLosesNothing() throws IOException {
    Path caseDir = tiny(tmp.resolve("tiny"));
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path report = Files.writeString(out.resolve("report.md"), "earlier\n");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(Files.isWritable(out), "running as root, who may write anywhere; the injected"
          + " refusal above stands in");
      Cli.Result r = Cli.run("run", caseDir.toString(), "--out", report.toString(), "--threads", "1");
      assertThat(r.code()).isEqualTo(5);
      assertThat(r.err()).contains(Paths2.display(report)).contains("not writable");
      assertThat(Files.readString(report)).isEqualTo("earlier\n");
      noStackTrace(r);
    } finally {
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void onlyTemporaryFilesOfWritersThatAreGoneAreCleared() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("out"));
    long dead = ProcessHandle.current().pid();
    Process child = new ProcessBuilder("true").start();
    try {
      dead = child.pid();
      child.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String mine = AtomicFiles.tempName("report.md");
    String parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow().toString();
    Path live = Files.writeString(dir.resolve(mine.replace("." + ProcessHandle.current().pid() + ".",
        "." + parent + ".")), "a live writer's\n");
    Path gone = Files.writeString(dir.resolve(mine.replace("." + ProcessHandle.current().pid() + ".",
        "." + dead + ".")), "a killed writer's\n");
    Path oldLive = Files.writeString(dir.resolve(AtomicFiles.tempName("index.md").replace(
        "." + ProcessHandle.current().pid() + ".", "." + parent + ".")), "untouched for hours\n");
    Files.setLastModifiedTime(oldLive, FileTime.fromMillis(System.currentTimeMillis()
        - (AtomicFiles.STALE_MINUTES + 1) * 60_000));
    Path notOurs = Files.writeString(dir.resolve(".report.md.12345.tmp"), "someone else's\n");

    assertThat(AtomicFiles.abandoned(live)).as("the writer is alive").isFalse();
    assertThat(AtomicFiles.abandoned(gone)).as("the writer is gone").isTrue();
    assertThat(AtomicFiles.abandoned(oldLive)).as("unchanged for longer than any write takes").isTrue();
    assertThat(AtomicFiles.abandoned(notOurs)).as("not named as Gordian names its files").isFalse();

    AtomicFiles.write(dir.resolve("fresh.md"), AtomicFiles.Access.SHARED, o -> o.write('x'));
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("fresh.md",
          live.getFileName().toString(), notOurs.getFileName().toString());
    }
  }

  /** A null device of the test's own, never the system's {@code /dev/null}; skips where none can be made. */
  static Path nullDevice(Path dir) throws Exception {
    Path dev = dir.resolve("null");
    Process mk = new ProcessBuilder("mknod", "-m", "666", dev.toString(), "c", "1", "3").redirectErrorStream(true)
        .start();
    mk.getInputStream().readAllBytes();
    Assumptions.assumeTrue(mk.waitFor() == 0 && Files.exists(dev), "making a device node needs root");
    return dev;
  }

  @Test
  void aWriteIntoADeviceGoesIntoItAndLeavesItADevice() throws Exception {
    Path dev = nullDevice(tmp);
    AtomicFiles.write(dev, AtomicFiles.Access.SHARED, o -> o.write("report\n".getBytes()));
    assertThat(Files.isRegularFile(dev)).isFalse();
    assertThat((Integer) Files.getAttribute(dev, "unix:mode") & 0170000).isEqualTo(0020000);
  }
}
