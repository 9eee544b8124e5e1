package org.gordian.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gordian.cli.Main;
import org.gordian.diag.Paths2;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs every broken input under {@code src/test/resources/broken/} through the command line and
 * checks the answer each folder's {@code expected.yaml} gives: the exit code, the file and line
 * the message names, a piece of the message, no stack trace, and an output folder left as it was.
 */
public class BrokenInputsTest {
  static final Path CORPUS = Path.of("src/test/resources/broken");
  static final String PREVIOUS = "# The report of an earlier run\n\nIt must survive a failed run byte for byte.\n";

  /** What one broken input must produce. */
  record Expected(String name, int exit, String file, int line, String message, List<String> args, String setup,
      List<String> also) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Expected> corpus() throws IOException {
    List<Expected> all = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      for (Path dir : dirs.sorted().toList()) {
        Map<String, Object> y = new Yaml(new SafeConstructor(new LoaderOptions()))
            .load(Files.readString(dir.resolve("expected.yaml")));
        all.add(new Expected(dir.getFileName().toString(), (Integer) y.get("exit"), (String) y.get("file"),
            (Integer) y.get("line"), (String) y.get("message"), strings(y.get("args")), (String) y.get("setup"),
            strings(y.get("also"))));
      }
    }
    return all.stream();
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object o) {
    return o == null ? List.of() : (List<String>) o;
  }

  @Test
  void theCorpusCoversAtLeastFiftyFiveDefects() throws IOException {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(55);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void answersWithADiagnosticAndLeavesTheReportAlone(Expected e, @TempDir Path tmp) throws Exception {
    Path caseDir = tmp.resolve("case");
    copy(CORPUS.resolve(e.name()), caseDir);
    Files.delete(caseDir.resolve("expected.yaml"));
    Path outDir = Files.createDirectories(tmp.resolve("out"));
    Path report = outDir.resolve("report.md");
    Files.writeString(report, PREVIOUS);
    Path out = report;
    if (e.setup() != null) {
      out = setUp(e.setup(), caseDir, outDir, report);
    }
    Map<String, String> before = snapshot(outDir);

    List<String> args = new ArrayList<>(List.of("run", caseDir.toString(), "--out", out.toString(), "--threads", "1"));
    args.addAll(e.args());
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = Main.run(args.toArray(String[]::new), new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    String err = stderr.toString(StandardCharsets.UTF_8);

    assertThat(code).as("exit code; stderr was:%n%s", err).isEqualTo(e.exit());
    String where = e.file() == null ? Paths2.display(out) : Paths2.display(caseDir.resolve(e.file()));
    if (e.line() > 0) {
      where += ":" + e.line() + ":";
    }
    assertThat(err).as("names the place").contains(where);
    assertThat(err).as("says what is wrong").contains(e.message());
    for (String extra : e.also()) {
      int colon = extra.lastIndexOf(':');
      assertThat(err).as("also names").contains(
          Paths2.display(caseDir.resolve(extra.substring(0, colon))) + ":" + extra.substring(colon + 1) + ":");
    }
    assertThat(err).as("no stack trace").doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
        .doesNotContain("Caused by:").doesNotContain("internal error");
    assertThat(stdout.toString(StandardCharsets.UTF_8)).as("nothing on standard output").isEmpty();
    assertThat(snapshot(outDir)).as("the output folder is as it was").isEqualTo(before);
    assertThat(Files.readString(report)).isEqualTo(PREVIOUS);
  }

  /** Prepares what files in a folder cannot express; returns the report path to pass to --out. */
  private static Path setUp(String setup, Path caseDir, Path outDir, Path report) throws Exception {
    String[] w = setup.split(" ", 2);
    switch (w[0]) {
      case "fifo" -> {
        Path p = caseDir.resolve(w[1]);
        Files.deleteIfExists(p);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();
        return report;
      }
      case "grow" -> {
        Path p = caseDir.resolve(w[1]);
        String filler = "# " + "x".repeat(1021) + "\n";
        try (var out = Files.newBufferedWriter(p, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND)) {
          for (int i = 0; i < 9 * 1024; i++) {
            out.write(filler);
          }
        }
        return report;
      }
      case "repeat" -> {
        // repeat FILE N: each @REPEAT:text@ in FILE becomes text N times (\n in text is a line break).
        String[] a = w[1].split(" ");
        Path p = caseDir.resolve(a[0]);
        int n = Integer.parseInt(a[1]);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@REPEAT:(.*?)@", java.util.regex.Pattern.DOTALL)
            .matcher(Files.readString(p));
        StringBuilder grown = new StringBuilder();
        while (m.find()) {
          m.appendReplacement(grown, java.util.regex.Matcher.quoteReplacement(
              m.group(1).replace("\\n", "\n").repeat(n)));
        }
        m.appendTail(grown);
        Files.writeString(p, grown);
        return report;
      }
      case "chmod000" -> {
        Path p = caseDir.resolve(w[1]);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(p),
            "running as root, who may read a file with no permissions; the named-pipe cases stand in");
        return report;
      }
      case "out" -> {
        switch (w[1]) {
          case "folder" -> {
            return Files.createDirectories(outDir.resolve("reports"));
          }
          case "parent-is-file" -> {
            return report.resolve("report.md");
          }
          case "missing-folder" -> {
            return outDir.resolve("nowhere").resolve("report.md");
          }
          case "case-file" -> {
            return caseDir.resolve("case.yaml");
          }
          case "rule-file" -> {
            return caseDir.resolve("rules/a.drl");
          }
          case "not-writable" -> {
            Path sys = Path.of("/sys");
            Assumptions.assumeTrue(Files.isDirectory(sys), "needs Linux's /sys, where no one may create files");
            return sys.resolve("gordian-report.md");
          }
          default -> throw new IllegalArgumentException(setup);
        }
      }
      default -> throw new IllegalArgumentException(setup);
    }
  }

  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Every file below a folder with its content (folders as empty entries). */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
        files.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "<folder>");
      }
    }
    return files;
  }
}
