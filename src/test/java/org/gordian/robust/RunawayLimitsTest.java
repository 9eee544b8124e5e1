package org.gordian.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gordian.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stops with exit code 4 and says why when one deal fires too often or the whole run takes too long. */
@org.junit.jupiter.api.Tag("slow")
class RunawayLimitsTest {
  @TempDir
  Path tmp;

  private String[] last = new String[2];

  private int run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    last[0] = out.toString(StandardCharsets.UTF_8);
    last[1] = err.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void aFiringLimitNamesTheRuleTheDealAndTheLimit() throws Exception {
    Path caseDir = tmp.resolve("case");
    BrokenInputsTest.copy(BrokenInputsTest.CORPUS.resolve("drl-fires-forever-insert"), caseDir);

    int code = run("run", caseDir.toString(), "--listed-only", "--max-firings", "37", "--out",
        tmp.resolve("r.md").toString());

    assertThat(code).isEqualTo(4);
    assertThat(last[1]).contains("rule 'Every veto breeds another' fired")
        .contains("on deal 'swap'").contains("limit 37 firings per deal").contains("b.drl:17:");
    assertThat(Files.exists(tmp.resolve("r.md"))).isFalse();
  }

  @Test
  void aRuleThatLoopsOnTheCaseFactsAloneIsNamedAsSuch() throws Exception {
    Path caseDir = tmp.resolve("case");
    BrokenInputsTest.copy(Path.of("src/test/resources/engine/case-facts"), caseDir);
    Path context = caseDir.resolve("positive/context.drl");
    Files.writeString(context, Files.readString(context) + String.join("\n",
        "",
        "rule \"The mood feeds on itself\"",
        "when",
        "  $m : Mood( level == \"high\" )",
        "then",
        "  modify($m) { setLevel(\"high\") }",
        "end",
        ""));
    Files.writeString(caseDir.resolve("case.yaml"),
        Files.readString(caseDir.resolve("case.yaml")).replace("  - rules\n", "  - positive\n"));

    int code = run("run", caseDir.toString(), "--max-firings", "50", "--out", tmp.resolve("r.md").toString());

    assertThat(code).as(last[1]).isEqualTo(4);
    // It and the rule it wakes each time fire equally often: both are named, in name order.
    assertThat(last[1]).contains("context.drl:11: rule 'Tension from the mood alone' and rule 'The mood feeds on itself'")
        .contains("on the case's own facts, before any deal").contains("(limit 50 firings)");
    assertThat(Files.exists(tmp.resolve("r.md"))).isFalse();
  }

  @Test
  void theSameRulesRunWhenTheLimitIsNotReached() throws Exception {
    int code = run("run", "examples/hanoi-2019", "--listed-only", "--max-firings", "500");
    assertThat(code).as(last[1]).isZero();
  }

  @Test
  void aTimeLimitCoversSlowRulesInASpaceOfOneChunk() throws Exception {
    Path caseDir = tmp.resolve("case");
    BrokenInputsTest.copy(BrokenInputsTest.CORPUS.resolve("drl-missing-party"), caseDir);
    Path a = caseDir.resolve("rules/a.drl");
    Files.writeString(a, Files.readString(a).replace("  @position(\"red-line\")",
        "  @party(\"A\") @position(\"red-line\")").replace("then\n",
        "then\n  try { Thread.sleep(40); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }\n"));
    Path report = Files.writeString(tmp.resolve("report.md"), "previous\n");

    int code = run("run", caseDir.toString(), "--no-memo", "--threads", "1", "--time-limit", "0.3",
        "--out", report.toString());

    assertThat(code).as(last[1]).isEqualTo(4);
    assertThat(last[1]).contains("time limit of 0.3 s");
    assertThat(Files.readString(report)).isEqualTo("previous\n");
  }

  @Test
  void aTimeLimitStopsALongRunAndNamesTheLimit() throws Exception {
    Path report = tmp.resolve("report.md");
    Files.writeString(report, "previous\n");

    int code = run("run", "examples/hanoi-2019", "--max-moves", "6", "--limit", "100000000", "--time-limit", "0.5",
        "--threads", "2", "--out", report.toString());

    assertThat(code).as(last[1]).isEqualTo(4);
    assertThat(last[1]).contains("time limit of 0.5 s").contains("--time-limit");
    assertThat(Files.readString(report)).isEqualTo("previous\n");
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.md");
    }
  }
}
