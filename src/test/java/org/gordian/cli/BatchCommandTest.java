package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gordian.CaseFiles;
import org.gordian.batch.Shard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gordian batch} writes one report per run and an index; shards merged give the same index. */
@org.junit.jupiter.api.Tag("slow")
class BatchCommandTest {
  static final String[] SMALL = {"--max-moves", "2", "--phases", "2", "--threads", "1"};

  @TempDir
  Path dir;
  Path cases;

  @BeforeEach
  void cases() throws IOException {
    cases = Files.createDirectories(dir.resolve("cases"));
    String hanoi = CaseFiles.hanoiText();
    CaseFiles.write(Files.createDirectories(cases.resolve("a-hanoi")), hanoi);
    CaseFiles.write(Files.createDirectories(cases.resolve("b-hanoi-again")),
        hanoi.replace("id: hanoi-2019", "id: hanoi-again"));
    CaseFiles.write(Files.createDirectories(cases.resolve("c-broken")), "id: broken\nparties: [\n");
    Files.createDirectories(cases.resolve("not-a-case"));
  }

  private Cli.Result batch(Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("batch", cases.toString(), "--all-scenarios", "--out",
        out.toString()));
    args.addAll(List.of(SMALL));
    args.add("--allow-rules-outside");   // the cases name the shipped rules, outside the temporary folder
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  /** A file's lines without the generated-at line. */
  private static List<String> normalised(Path f) throws IOException {
    return Files.readAllLines(f).stream().filter(l -> !l.contains("Generated at") && !l.contains("\"generatedAt\""))
        .toList();
  }

  /** The runs of the batch: the two Hanoi copies under the baseline and every scenario, and the broken case. */
  private static final int RUNS = 2 * (1 + org.gordian.load.CaseLoader.load(java.nio.file.Path.of("examples/hanoi-2019"))
      .scenarios().size()) + 1;

  @Test
  void writesAReportPerRunAndAnIndexAndRecordsFailures() throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r = batch(out);
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(out.resolve("a-hanoi/baseline.md")).isRegularFile();
    assertThat(out.resolve("b-hanoi-again/more-sanctions.json")).isRegularFile();
    String index = Files.readString(out.resolve("index.md"));
    assertThat(index).contains("- Runs: " + RUNS + ", 1 failed")
        .contains("| 1 | `hanoi-2019` | `baseline` | 1 of 6 |")
        .contains("| " + RUNS + " | `c-broken` | `baseline` | failed |").contains("not valid YAML");
    assertThat(Files.readString(out.resolve("index.json"))).contains("\"runs\" : " + RUNS);
    IndexSchema.assertMatches(out.resolve("index.json"));   // a failed run among them
  }

  @Test
  void mergedShardsGiveTheSameIndexAsOneRun() throws IOException {
    Path whole = dir.resolve("whole");
    batch(whole);
    Path reports = dir.resolve("reports");
    for (int i = 1; i <= 3; i++) {
      Cli.Result r = batch(reports.resolve("shard-" + i), "--shard", i + "/3");
      assertThat(r.err()).contains("(shard " + i + "/3 of " + RUNS + " runs)");
      assertThat(reports.resolve("shard-" + i + "/shard-index.json")).isRegularFile();
      IndexSchema.assertMatches(reports.resolve("shard-" + i + "/shard-index.json"));
    }
    Cli.Result m = Cli.run("merge", reports.resolve("shard-1").toString(), reports.resolve("shard-2").toString(),
        reports.resolve("shard-3").toString(), "--out", reports.toString());
    assertThat(m.code()).as(m.err()).isZero();
    IndexSchema.assertMatches(reports.resolve("index.json"));
    for (String f : List.of("index.json", "index.md")) {
      assertThat(normalised(reports.resolve(f))).as(f).isEqualTo(normalised(whole.resolve(f)));
      assertThat(Files.readAllLines(reports.resolve(f))).hasSize(Files.readAllLines(whole.resolve(f)).size());
    }
    try (Stream<Path> files = Files.walk(whole)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".json")).toList()) {
        assertThat(normalised(reports.resolve(whole.relativize(f)))).as(f.toString()).isEqualTo(normalised(f));
      }
    }
  }

  @Test
  void everyRunBelongsToExactlyOneShard() {
    for (int n = 1; n <= 5; n++) {
      for (int run = 0; run < 20; run++) {
        int owners = 0;
        for (int i = 1; i <= n; i++) {
          owners += new Shard(i, n).owns(run) ? 1 : 0;
        }
        assertThat(owners).isEqualTo(1);
      }
    }
  }

  @Test
  void aMissingShardIsRefused() throws IOException {
    Path reports = dir.resolve("reports");
    batch(reports.resolve("shard-1"), "--shard", "1/2");
    Cli.Result m = Cli.run("merge", reports.resolve("shard-1").toString(), "--out", reports.toString());
    assertThat(m.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(m.err()).contains("cannot merge: missing shard 2/2");
    assertThat(reports.resolve("index.md")).doesNotExist();
  }

  @Test
  void aBadShardIsAUsageError() {
    Cli.Result r = batch(dir.resolve("out"), "--shard", "3/2");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("a shard is i/n with 1 <= i <= n, found 3/2");
  }

  @Test
  void helpShowsExamplesAndExitCodes() {
    assertThat(Cli.run("batch", "--help").out()).contains("gordian batch examples/ --all-scenarios --out reports/")
        .contains("--shard").contains("Exit codes:");
    assertThat(Cli.run("merge", "--help").out()).contains("gordian merge reports/shard-*/ --out reports/");
  }
}
