package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gordian.cli.Cli;

/**
 * The shipped batch ({@code examples/} with every scenario, in small bounds) written with
 * {@code --format html}, once per test run: whole, and as three shards merged. A broken case is
 * added so that one cell of the grid is a failed run.
 */
final class BatchPages {
  static final Path ROOT = Path.of("target", "batch-page-test").toAbsolutePath();
  static final String[] SMALL = {"--max-moves", "2", "--phases", "2", "--threads", "1", "--quiet"};

  private static Path whole;
  private static Path merged;

  private BatchPages() {}

  /** A folder of one broken case, for a failed run. */
  static synchronized Path broken() throws IOException {
    Path dir = ROOT.resolve("cases/broken");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("case.yaml"), "id: broken\nparties: [\n");
    return dir;
  }

  /** The output folder of {@code gordian batch examples/ BROKEN --all-scenarios --format html}. */
  static synchronized Path whole() throws IOException {
    if (whole == null) {
      whole = batch("whole");
    }
    return whole;
  }

  /** The output folder of three shards of the same batch merged with {@code --format html}. */
  static synchronized Path merged() throws IOException {
    if (merged == null) {
      List<String> args = new ArrayList<>(List.of("merge"));
      for (int i = 1; i <= 3; i++) {
        args.add(batch("shards/" + i, "--shard", i + "/3").toString());
      }
      Path out = ROOT.resolve("merged");
      clean(out);
      args.addAll(List.of("--format", "html", "--out", out.toString()));
      Cli.Result m = Cli.run(args.toArray(String[]::new));
      assertThat(m.code()).as(m.err()).isZero();
      merged = out;
    }
    return merged;
  }

  private static Path batch(String name, String... more) throws IOException {
    Path out = ROOT.resolve(name);
    clean(out);
    List<String> args = new ArrayList<>(List.of("batch", "examples", broken().toString(), "--all-scenarios",
        "--format", "html", "--out", out.toString()));
    args.addAll(List.of(SMALL));
    args.addAll(List.of(more));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    // Only the broken case fails (exit 3); a shard without its run succeeds.
    assertThat(r.code()).as(r.err()).isIn(more.length == 0 ? List.of(3) : List.of(0, 3));
    assertThat(r.err()).doesNotContain("Exception");
    return out;
  }

  private static void clean(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
