package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Batch tasks of a job array find their shard in the scheduler's environment; merge names what differs between shards. */
@org.junit.jupiter.api.Tag("slow")
class BatchJobArrayTest {
  @TempDir
  Path dir;
  Path cases;

  @BeforeEach
  void cases() {
    cases = dir.resolve("cases");
    assertThat(Cli.run("init", cases.resolve("one").toString(), "--quiet").code()).isZero();
    assertThat(Cli.run("init", cases.resolve("two").toString(), "--quiet", "--parties", "X,Y,Z").code()).isZero();
  }

  /** Runs {@code gordian batch} as a task whose environment is {@code env}. */
  private Cli.Result task(Map<String, String> env, String... args) {
    CommandLine cli = Main.commandLine();
    ((BatchCommand) cli.getSubcommands().get("batch").getCommand()).environment = env;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    int code = cli.execute(args);
    return new Cli.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Cli.Result slurmTask(int id, Path out) {
    return task(Map.of("SLURM_ARRAY_TASK_ID", "" + id, "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_COUNT", "3"),
        "batch", cases.toString(), "--all-scenarios", "--listed-only", "--shard", "env", "--out", out.toString());
  }

  @Test
  void theTasksOfASlurmArrayShareTheBatchAndMergeIntoTheWholeIndex() throws IOException {
    for (int id = 1; id <= 3; id++) {
      Cli.Result r = slurmTask(id, dir.resolve("shard-" + id));
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.err()).contains("(shard " + id + "/3 of 4 runs)");
    }
    Cli.Result m = Cli.run("merge", dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString(),
        dir.resolve("shard-3").toString(), "--out", dir.resolve("all").toString());
    assertThat(m.code()).as(m.err()).isZero();
    assertThat(Files.readString(dir.resolve("all/index.md"))).contains("- Runs: 4, 0 failed");
  }

  @Test
  void aKubernetesIndexedJobTakesItsCountFromTheOption() {
    Cli.Result r = task(Map.of("JOB_COMPLETION_INDEX", "1"), "batch", cases.toString(), "--listed-only", "--shard",
        "env", "--shard-count", "2", "--out", dir.resolve("k").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("(shard 2/2 of 2 runs)");
  }

  @Test
  void aTaskOutsideAnyJobArrayIsBadUsageNamingTheVariablesLookedFor() {
    Cli.Result r = task(Map.of(), "batch", cases.toString(), "--shard", "env", "--out", dir.resolve("x").toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("SLURM_ARRAY_TASK_ID").contains("JOB_COMPLETION_INDEX");
  }

  @Test
  void mergeRefusesShardsMadeFromDifferentRulesNamingTheShardAndTheFile() throws IOException {
    assertThat(slurmTask(1, dir.resolve("shard-1")).code()).isZero();
    // A rule is edited between the tasks, as when the rules change while the array waits in the queue.
    Files.writeString(cases.resolve("two/rules/y.drl"), "\n// edited\n", StandardOpenOption.APPEND);
    assertThat(slurmTask(2, dir.resolve("shard-2")).code()).isZero();
    assertThat(slurmTask(3, dir.resolve("shard-3")).code()).isZero();
    Cli.Result m = Cli.run("merge", dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString(),
        dir.resolve("shard-3").toString(), "--out", dir.resolve("all").toString());
    assertThat(m.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(m.err()).contains("shard " + org.gordian.diag.Paths2.display(dir.resolve("shard-2")) + " (2/3)")
        .contains("different case or rule files: rule ").contains("two/case.yaml -> rules/y.drl");
    assertThat(dir.resolve("all/index.md")).doesNotExist();
  }

  @Test
  void mergeRefusesShardsOfOtherCasesNamingThem() throws IOException {
    assertThat(slurmTask(1, dir.resolve("shard-1")).code()).isZero();
    assertThat(Cli.run("init", cases.resolve("three").toString(), "--quiet").code()).isZero();
    assertThat(slurmTask(2, dir.resolve("shard-2")).code()).isZero();
    Cli.Result m = Cli.run("merge", dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString(),
        "--out", dir.resolve("all").toString());
    assertThat(m.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(m.err()).contains("shard " + org.gordian.diag.Paths2.display(dir.resolve("shard-2")) + " (2/3)")
        .contains("different cases: none on one side").contains("cases/three' on the other");
  }
}
