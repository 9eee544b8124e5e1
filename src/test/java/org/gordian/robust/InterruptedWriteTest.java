package org.gordian.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.gordian.cli.Cli;
import org.gordian.report.ReportFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers that are killed or race each other never cost a report: a writer killed mid-write
 * (SIGKILL, which no shutdown hook sees) leaves the previous report intact and its temporary file
 * is removed by the next run writing there; two runs writing one {@code --out} leave one complete
 * report, never a mix.
 */
@org.junit.jupiter.api.Tag("slow")
class InterruptedWriteTest {
  static final String PREVIOUS = "# An earlier report\n\nStill here.\n";

  @TempDir
  Path tmp;

  private List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aWriterKilledMidWriteLeavesThePreviousReportAndTheNextRunClearsItsTemporaryFile() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path report = Files.writeString(out.resolve("report.md"), PREVIOUS);
    Path other = Files.writeString(out.resolve("other.md"), "another report\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        SlowWriter.class.getName(), report.toString(), Long.toString(64L << 20))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          return r.readLine();
        } catch (IOException e) {
          return null;
        }
      });
      assertThat(line.get(60, TimeUnit.SECONDS)).isEqualTo("half-way");
      assertThat(names(out)).as("a temporary file is being written").hasSize(3);

      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(Files.readString(report)).as("the previous report survives the kill").isEqualTo(PREVIOUS);
    List<String> left = names(out);
    assertThat(left).hasSize(3);
    Path stale = out.resolve(left.stream().filter(n -> !n.equals("report.md") && !n.equals("other.md"))
        .findFirst().orElseThrow());
    assertThat(Files.size(stale)).as("the killed writer's half-written file").isGreaterThan(1L << 20);

    Path caseDir = TrustBoundaryTest.tiny(tmp.resolve("tiny"));
    Cli.Result r = Cli.run("run", caseDir.toString(), "--out", out.resolve("fresh.md").toString(), "--threads", "1");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(names(out)).as("the next run into the folder removed the stale file")
        .containsExactly("fresh.md", "other.md", "report.md");
    assertThat(Files.readString(report)).isEqualTo(PREVIOUS);
    assertThat(Files.readString(other)).isEqualTo("another report\n");
  }

  @Test
  void concurrentWritersLeaveOneWholeFileNeverAMix() throws Exception {
    Path report = tmp.resolve("report.txt");
    int size = 1 << 20;
    String a = "a".repeat(size);
    String b = "b".repeat(size);
    ReportFiles.write(report, w -> w.write(a));
    CountDownLatch go = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> writers = new ArrayList<>();
    for (String text : List.of(a, b)) {
      Thread t = new Thread(() -> {
        try {
          go.await();
          for (int i = 0; i < 20; i++) {
            ReportFiles.write(report, w -> {
              for (int k = 0; k < text.length(); k += 4096) {
                w.write(text, k, 4096);
              }
            });
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      });
      t.start();
      writers.add(t);
    }
    go.countDown();
    int reads = 0;
    while (writers.stream().anyMatch(Thread::isAlive)) {
      String seen = Files.readString(report);
      assertThat(seen.length()).as("a read sees a whole file").isEqualTo(size);
      assertThat(seen.equals(a) || seen.equals(b)).as("a read sees one writer's file, not a mix").isTrue();
      reads++;
    }
    for (Thread t : writers) {
      t.join();
    }
    assertThat(failure.get()).isNull();
    String last = Files.readString(report);
    assertThat(last.equals(a) || last.equals(b)).isTrue();
    assertThat(reads).isPositive();
    assertThat(names(tmp)).containsExactly("report.txt");
  }

  @Test
  void twoRunsIntoOneOutLeaveOneCompleteReport() throws Exception {
    Path caseDir = TrustBoundaryTest.tiny(tmp.resolve("tiny"));
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path report = out.resolve("report.md");
    List<CompletableFuture<Cli.Result>> runs = new ArrayList<>();
    for (String scenario : List.of("baseline", "no-a-line", "baseline", "no-a-line")) {
      List<String> args = new ArrayList<>(List.of("run", caseDir.toString(), "--out", report.toString(),
          "--threads", "1"));
      if (!scenario.equals("baseline")) {
        args.addAll(List.of("--scenario", scenario));
      }
      runs.add(CompletableFuture.supplyAsync(() -> Cli.run(args.toArray(String[]::new))));
    }
    for (CompletableFuture<Cli.Result> f : runs) {
      Cli.Result r = f.get(120, TimeUnit.SECONDS);
      assertThat(r.code()).as(r.err()).isZero();
    }
    Path alone = tmp.resolve("alone.md");
    String text = Files.readString(report);
    String scenario = text.contains("- Scenario: baseline") ? "baseline" : "no-a-line";
    List<String> args = new ArrayList<>(List.of("run", caseDir.toString(), "--out", alone.toString(),
        "--threads", "1"));
    if (!scenario.equals("baseline")) {
      args.addAll(List.of("--scenario", scenario));
    }
    assertThat(Cli.run(args.toArray(String[]::new)).code()).isZero();
    assertThat(withoutTime(text)).as("the report is one run's whole report").isEqualTo(withoutTime(
        Files.readString(alone)));
    assertThat(names(out)).containsExactly("report.md");
  }

  private static String withoutTime(String report) {
    return report.replaceAll("(?m)^- Generated at .*$", "");
  }
}
