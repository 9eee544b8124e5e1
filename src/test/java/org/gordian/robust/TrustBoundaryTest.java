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

  /** A rule folder at {@code dir} whose one rule, when it runs, makes the folder {@code canary}. */
  static Path evilRules(Path dir, Path canary) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("evil.drl"), "package evil;\n\nimport org.gordian.facts.Deal;\n\n"
        + "// Code from outside the case's project.\nrule \"Runs code from elsewhere\"\nwhen\n  Deal()\nthen\n"
        + "  new java.io.File(\"" + canary + "\").mkdirs();\nend\n");
    return dir;
  }

  /** The tiny case at {@code caseDir} with {@code rules} added to its rule folders (line 6); returns the case file. */
  private static Path addRules(Path caseDir, String own, String rules) throws IOException {
    Path file = caseDir.resolve("case.yaml");
    String text = Files.readString(file);
    assertThat(text).contains("rules:\n  - rules\n");
    Files.writeString(file, text.replace("rules:\n  - rules\n", "rules:\n  - " + own + "\n  - " + rules + "\n"));
    return file;
  }

  @Test
  void aCaseCannotRunRulesFromOutsideItsProject() throws IOException {
    Path canary = tmp.resolve("ran");
    evilRules(tmp.resolve("elsewhere"), canary);
    Path caseDir = tiny(tmp.resolve("shared"));
    Path file = addRules(caseDir, "rules", "../elsewhere");

    for (String command : java.util.List.of("run", "check", "diff", "batch")) {
      java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command, caseDir.toString()));
      switch (command) {
        case "diff" -> args.addAll(java.util.List.of("--to", "no-a-line"));
        case "batch" -> args.addAll(java.util.List.of("--out", tmp.resolve("batch").toString()));
        default -> { }
      }
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      assertThat(r.code()).as(command + ": " + r.err()).isEqualTo(3);
      assertThat(r.err() + r.out()).as(command).contains(org.gordian.diag.Paths2.display(file) + ":6:5: rules"
          + " '../elsewhere' lie outside this case's project").contains("--allow-rules-outside");
      assertNoStackTrace(r);
    }
    assertThat(canary).as("no rule from outside ran").doesNotExist();
  }

  @Test
  void allowingRulesOutsideRunsThem() throws IOException {
    Path canary = tmp.resolve("ran");
    evilRules(tmp.resolve("elsewhere"), canary);
    Path caseDir = tiny(tmp.resolve("shared"));
    addRules(caseDir, "rules", "../elsewhere");

    Cli.Result r = Cli.run("run", caseDir.toString(), "--allow-rules-outside", "--threads", "1", "--listed-only");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(canary).as("the user chose to trust these rules").exists();
  }

  @Test
  void aLinkInsideTheProjectDoesNotLeadRulesOutIt() throws IOException {
    Path canary = tmp.resolve("ran");
    Path elsewhere = evilRules(tmp.resolve("elsewhere"), canary);
    Path project = Files.createDirectories(tmp.resolve("project"));
    Files.createDirectories(project.resolve("rules"));
    Files.createSymbolicLink(project.resolve("rules/tiny"), elsewhere);
    Path caseDir = tiny(project.resolve("cases/tiny"));
    Files.move(caseDir.resolve("rules"), project.resolve("rules/own"));
    Path file = addRules(caseDir, "../../rules/own", "../../rules/tiny");

    Cli.Result r = Cli.run("run", caseDir.toString(), "--threads", "1", "--listed-only");

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains(org.gordian.diag.Paths2.display(file) + ":6:5: rules '../../rules/tiny' lie outside"
        + " this case's project, in " + elsewhere.toRealPath() + " (after following links)");
    assertThat(canary).doesNotExist();
  }

  @Test
  void aRuleFileThatLinksOutOfTheProjectIsRefused() throws IOException {
    Path canary = tmp.resolve("ran");
    Path elsewhere = evilRules(tmp.resolve("elsewhere"), canary);
    Path caseDir = tiny(tmp.resolve("project"));
    Files.createSymbolicLink(caseDir.resolve("rules/zz.drl"), elsewhere.resolve("evil.drl"));

    Cli.Result r = Cli.run("run", caseDir.toString(), "--threads", "1", "--listed-only");

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains("case.yaml:5:5: rule file 'zz.drl' in 'rules' is a link to "
        + elsewhere.resolve("evil.drl").toRealPath());
    assertThat(canary).doesNotExist();
  }

  @Test
  void aScenarioCannotAddRulesFromOutsideTheProject() throws IOException {
    Path canary = tmp.resolve("ran");
    evilRules(tmp.resolve("elsewhere"), canary);
    Path caseDir = tiny(tmp.resolve("project"));
    Path file = caseDir.resolve("case.yaml");
    Files.writeString(file, Files.readString(file) + "    rules:\n      - ../elsewhere/evil.drl\n");

    Cli.Result r = Cli.run("run", caseDir.toString(), "--scenario", "no-a-line", "--threads", "1", "--listed-only");

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains(org.gordian.diag.Paths2.display(file) + ":40:9: rules '../elsewhere/evil.drl' lie"
        + " outside this case's project");
    assertThat(canary).doesNotExist();
  }

  @Test
  void theShippedLayoutOfCasesAndRuleFoldersIsOneProject() {
    Cli.Result r = Cli.run("check", "examples/hanoi-2019");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
  }

  @Test
  void everyCommandThatLoadsACaseTakesAllowRulesOutside() {
    for (String command : java.util.List.of("run", "diff", "test", "check", "watch", "batch")) {
      assertThat(Cli.run(command, "--help").out()).as(command).contains("--allow-rules-outside");
    }
  }

  @Test
  void theReportNeverReplacesAnInputOfTheRun() throws IOException {
    Path caseDir = tiny(tmp.resolve("tiny"));
    Files.writeString(caseDir.resolve("expectations.yaml"), "expectations: []\n");
    Files.createSymbolicLink(tmp.resolve("link.md"), caseDir.resolve("case.yaml"));
    java.util.Map<String, String> before = BrokenInputsTest.snapshot(caseDir);
    for (Path out : java.util.List.of(caseDir.resolve("case.yaml"), caseDir.resolve("rules/b.drl"),
        caseDir.resolve("expectations.yaml"), tmp.resolve("link.md"), caseDir.resolve("rules"))) {
      for (String command : java.util.List.of("run", "diff")) {
        Cli.Result r = command.equals("run")
            ? Cli.run("run", caseDir.toString(), "--out", out.toString(), "--threads", "1", "--listed-only")
            : Cli.run("diff", caseDir.toString(), "--to", "no-a-line", "--out", out.toString(), "--threads", "1",
                "--listed-only");
        assertThat(r.code()).as(command + " --out " + out + ": " + r.err()).isEqualTo(5);
        assertThat(r.err()).contains("cannot write the report to " + org.gordian.diag.Paths2.display(out) + ": it is");
        assertNoStackTrace(r);
      }
    }
    assertThat(BrokenInputsTest.snapshot(caseDir)).as("the case folder is as it was").isEqualTo(before);
    assertThat(Files.isSymbolicLink(tmp.resolve("link.md"))).isTrue();
  }

  /**
   * A null device of the test's own ({@code mknod c 1 3}), so that a failure can never replace the
   * system's {@code /dev/null}; skips the test where devices cannot be made.
   */
  static Path nullDevice(Path dir) throws Exception {
    Path dev = dir.resolve("null");
    Process mk = new ProcessBuilder("mknod", "-m", "666", dev.toString(), "c", "1", "3").redirectErrorStream(true)
        .start();
    mk.getInputStream().readAllBytes();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0 && Files.exists(dev),
        "making a device node needs root (CI runs as root)");
    return dev;
  }

  @Test
  void aReportToACharacterDeviceGoesIntoItAndLeavesTheDevice() throws Exception {
    Path dev = nullDevice(tmp);
    Path caseDir = tiny(tmp.resolve("tiny"));

    Cli.Result r = Cli.run("run", caseDir.toString(), "--out", dev.toString(), "--threads", "1", "--listed-only");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.isRegularFile(dev)).as("still a device").isFalse();
    assertThat((Integer) Files.getAttribute(dev, "unix:mode") & 0170000).isEqualTo(0020000);
  }

  @Test
  void aReportToANamedPipeGoesThroughIt() throws Exception {
    Path fifo = tmp.resolve("pipe");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is needed");
    Path caseDir = tiny(tmp.resolve("tiny"));
    java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo);
      } catch (IOException e) {
        return e.toString();
      }
    });

    Cli.Result r = Cli.run("run", caseDir.toString(), "--out", fifo.toString(), "--threads", "1", "--listed-only");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(read.get(60, java.util.concurrent.TimeUnit.SECONDS)).startsWith("# Feasibility report");
    assertThat((Integer) Files.getAttribute(fifo, "unix:mode") & 0170000).as("still a named pipe").isEqualTo(0010000);
  }
}
