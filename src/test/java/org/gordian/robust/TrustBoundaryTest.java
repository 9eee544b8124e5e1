package org.gordian.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gordian.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Gordian reads from others cannot make it write or read outside the folders a user names:
 * merge checks every path a shard index names and that shards come from one batch.
 */
class TrustBoundaryTest {
  static final Path TINY = Path.of("src/test/resources/trust/tiny");

  @TempDir
  Path tmp;

  /** A copy of the tiny case (with its own rule folder) at {@code dir}. */
  static Path tiny(Path dir) throws IOException {
    BrokenInputsTest.copy(TINY, dir);
    return dir;
  }

  static void assertNoStackTrace(Cli.Result r) {
    assertThat(r.err()).as("no stack trace").doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
        .doesNotContain("Caused by:").doesNotContain("internal error");
  }

  private Path shard(Path caseDir, String name, String shard, String... more) {
    Path out = tmp.resolve(name);
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("batch", caseDir.toString(),
        "--all-scenarios", "--shard", shard, "--out", out.toString(), "--threads", "1"));
    args.addAll(java.util.List.of(more));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return out;
  }

  private static void setReport(Path shard, String from, String to) throws IOException {
    Path index = shard.resolve("shard-index.json");
    String text = Files.readString(index);
    assertThat(text).contains("\"report\" : \"" + from + "\"");
    Files.writeString(index, text.replace("\"report\" : \"" + from + "\"", "\"report\" : \"" + to + "\""));
  }

  @Test
  void mergeRefusesAReportThatClimbsOutOfTheShardThroughALink() throws IOException {
    Path shard = shard(tiny(tmp.resolve("cases/tiny")), "shard", "1/1");
    Files.createDirectories(shard.resolve("x/y"));
    Files.createSymbolicLink(shard.resolve("L"), shard.resolve("x/y"));
    Files.writeString(shard.resolve("package.md"), "planted\n");
    Files.writeString(shard.resolve("package.json"), "planted\n");
    setReport(shard, "tiny/baseline", "L/../../package");
    Path out = Files.createDirectories(tmp.resolve("deep/out"));
    Path victim = Files.writeString(tmp.resolve("deep/package.md"), "precious\n");

    Cli.Result r = Cli.run("merge", shard.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains("shard-index.json: run 1 (tiny baseline): report 'L/../../package' leads out of"
        + " the folder with '..'");
    assertThat(Files.readString(victim)).isEqualTo("precious\n");
    assertThat(out).isEmptyDirectory();
    assertNoStackTrace(r);
  }

  @Test
  void mergeRefusesAnAbsoluteReportPath() throws IOException {
    Path shard = shard(tiny(tmp.resolve("cases/tiny")), "shard", "1/1");
    Path elsewhere = Files.writeString(tmp.resolve("elsewhere.md"), "not a report\n");
    Files.writeString(tmp.resolve("elsewhere.json"), "{}\n");
    setReport(shard, "tiny/baseline", elsewhere.toString().replace(".md", ""));

    Cli.Result r = Cli.run("merge", shard.toString(), "--out", tmp.resolve("out").toString());

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains("is an absolute path");
    assertNoStackTrace(r);
  }

  @Test
  void mergeDoesNotCopyAReportThatIsALinkToAFileOutsideTheShard() throws IOException {
    Path shard = shard(tiny(tmp.resolve("cases/tiny")), "shard", "1/1");
    Path secret = Files.writeString(tmp.resolve("secret"), "root:$6$hash:19000::::::\n");
    Path report = shard.resolve("tiny/baseline.md");
    Files.delete(report);
    Files.createSymbolicLink(report, secret);
    Path out = tmp.resolve("out");

    Cli.Result r = Cli.run("merge", shard.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains("tiny/baseline.md: is a symbolic link; merge copies only regular files inside the"
        + " shard folder");
    assertThat(out.resolve("tiny/baseline.md")).doesNotExist();
    assertNoStackTrace(r);
  }

  @Test
  void mergeRefusesAShardIndexThatIsALink() throws IOException {
    Path shard = shard(tiny(tmp.resolve("cases/tiny")), "shard", "1/1");
    Path secret = Files.writeString(tmp.resolve("secret"), "{\"runs\": \"root:$6$hash\"}\n");
    Files.delete(shard.resolve("shard-index.json"));
    Files.createSymbolicLink(shard.resolve("shard-index.json"), secret);

    Cli.Result r = Cli.run("merge", shard.toString(), "--out", tmp.resolve("out").toString());

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains("shard-index.json: is a symbolic link").doesNotContain("root:");
    assertNoStackTrace(r);
  }

  @Test
  void aNulInAReportPathIsADiagnosticNotACrash() throws IOException {
    Path shard = shard(tiny(tmp.resolve("cases/tiny")), "shard", "1/1");
    setReport(shard, "tiny/baseline", "tiny/base\\u0000line");

    Cli.Result r = Cli.run("merge", shard.toString(), "--out", tmp.resolve("out").toString());

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains("report 'tiny/base\\u0000line' holds a control character");
    assertNoStackTrace(r);
  }

  @Test
  void mergeRefusesShardsWhoseRulesDiffer() throws IOException {
    Path caseDir = tiny(tmp.resolve("cases/tiny"));
    Path one = shard(caseDir, "shard-1", "1/2");
    Path rule = caseDir.resolve("rules/b.drl");
    Files.writeString(rule, Files.readString(rule).replace("new Concern(2,", "new Concern(5,"));
    Path two = shard(caseDir, "shard-2", "2/2");
    Path out = tmp.resolve("out");

    Cli.Result r = Cli.run("merge", one.toString(), two.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains("cannot merge: shard " + org.gordian.diag.Paths2.display(two)
        + " (2/2) is from another batch than shard " + org.gordian.diag.Paths2.display(one)
        + " (1/2): different case or rule files");
    assertThat(out).doesNotExist();
    assertNoStackTrace(r);
  }

  @Test
  void mergeRefusesShardsOfOtherCases() throws IOException {
    Path one = shard(tiny(tmp.resolve("p1/tiny")), "shard-1", "1/2");
    Path two = shard(tiny(tmp.resolve("p2/tiny")), "shard-2", "2/2");

    Cli.Result r = Cli.run("merge", one.toString(), two.toString(), "--out", tmp.resolve("out").toString());

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains("is from another batch").contains("different cases: '" + tmp.resolve("p1/tiny")
        + "' on one side, '" + tmp.resolve("p2/tiny") + "' on the other");
    assertNoStackTrace(r);
  }

  @Test
  void shardsOfOneBatchStillMerge() throws IOException {
    Path caseDir = tiny(tmp.resolve("cases/tiny"));
    Path one = shard(caseDir, "shard-1", "1/2");
    Path two = shard(caseDir, "shard-2", "2/2");
    Path out = tmp.resolve("out");

    Cli.Result r = Cli.run("merge", one.toString(), two.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("tiny/baseline.md")).isRegularFile();
    assertThat(out.resolve("tiny/no-a-line.json")).isRegularFile();
    assertThat(Files.readString(out.resolve("index.md"))).contains("- Runs: 2, 0 failed");
  }
}
