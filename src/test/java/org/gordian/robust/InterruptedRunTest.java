package org.gordian.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real {@code gordian run} process, signalled while it evaluates a large deal space, stops
 * promptly and leaves the previous report as it was and no temporary file beside it.
 */
@org.junit.jupiter.api.Tag("slow")
class InterruptedRunTest {
  static final String PREVIOUS = "# An earlier report\n\nStill here.\n";

  @TempDir
  Path tmp;

  @ParameterizedTest(name = "SIG{0}")
  @ValueSource(strings = {"INT", "TERM"})
  void aSignalMidRunLeavesThePreviousReportAndNoTemporaryFile(String signal) throws Exception {
    Path report = tmp.resolve("report.md");
    Files.writeString(report, PREVIOUS);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "org.gordian.cli.Main", "run", Path.of("examples/hanoi-2019").toAbsolutePath().toString(),
        "--max-moves", "6", "--limit", "100000000", "--threads", "1", "--out", report.toString()));
    pb.directory(tmp.toFile());
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    StringBuilder err = new StringBuilder();
    CompletableFuture<Void> started = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          synchronized (err) {
            err.append(line).append('\n');
          }
          if (line.startsWith("Evaluating")) {
            started.complete(null);
          }
        }
      } catch (java.io.IOException ignored) {
        // the process ended
      }
      started.complete(null);
    });
    reader.start();
    try {
      started.get(60, TimeUnit.SECONDS);
      org.junit.jupiter.api.Assumptions.assumeFalse(ignoredFromBirth(p.pid(), signal),
          "SIG" + signal + " is ignored by the environment that started these tests (as in a background job of a"
              + " shell), and a process cannot undo that; the run is not told of the signal");
      assertThat(p.isAlive()).as("still evaluating when signalled; stderr: %s", err).isTrue();
      Thread.sleep(500);
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
      assertThat(kill.waitFor()).isZero();

      assertThat(p.waitFor(15, TimeUnit.SECONDS)).as("ends promptly after SIG%s", signal).isTrue();
      reader.join(5000);
      assertThat(p.exitValue()).as("exit status; stderr: %s", err).isIn(130, 143);
      assertThat(Files.readString(report)).isEqualTo(PREVIOUS);
      try (var files = Files.list(tmp)) {
        assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file left")
            .containsExactly("report.md");
      }
      synchronized (err) {
        assertThat(err.toString()).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(");
        assertThat(err.toString()).contains("gordian: interrupted");
      }
    } finally {
      p.destroyForcibly();
    }
  }

  /** Whether the process ignores this signal (its SigIgn mask in /proc), as it does when started ignoring it. */
  private static boolean ignoredFromBirth(long pid, String signal) throws java.io.IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    if (!Files.isReadable(status)) {
      return false;
    }
    int number = signal.equals("INT") ? 2 : 15;
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        long mask = Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16);
        return (mask & (1L << (number - 1))) != 0;
      }
    }
    return false;
  }
}
