package org.gordian.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.VetoSets;
import org.gordian.diag.GordianException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The time limit holds against rules that do not end when asked: a consequence looping on the
 * processor, or one that swallows interrupts, on a listed deal; in {@code run}, {@code check},
 * {@code test} and watch's snapshots. Errors thrown by a rule's code are reported like exceptions.
 */
@org.junit.jupiter.api.Tag("slow")
class RulesThatWillNotStopTest {
  /** Loops on the processor for ever; nothing in it looks at interrupts. */
  static final String SPIN = "long i = 0; while (i >= 0) { i = (i + 1) % 1000; }";
  /** Sleeps for ever, swallowing every interrupt. */
  static final String SWALLOW = "while (System.nanoTime() != 0) { try { Thread.sleep(50); } catch (InterruptedException e) { } }";
  /** Recurses until the stack overflows. */
  static final String DEEP = "java.util.function.IntUnaryOperator[] f = new java.util.function.IntUnaryOperator[1];"
      + " f[0] = n -> f[0].applyAsInt(n + 1) + 1; f[0].applyAsInt(0);";

  @TempDir
  Path tmp;

  private final String[] last = new String[2];

  private int gordian(String... args) {
    org.gordian.cli.Cli.Result r = org.gordian.cli.Cli.run(args);
    last[0] = r.out();
    last[1] = r.err();
    return r.code();
  }

  /** The tiny case with its rule 'A wants dismantlement for relief' running this code when it fires. */
  private Path caseWith(String code) throws IOException {
    Path caseDir = tmp.resolve("case");
    BrokenInputsTest.copy(BrokenInputsTest.CORPUS.resolve("drl-missing-party"), caseDir);
    Path a = caseDir.resolve("rules/a.drl");
    Files.writeString(a, Files.readString(a).replace("  @position(\"red-line\")",
        "  @party(\"A\") @position(\"red-line\")").replace("then\n", "then\n  " + code + "\n"));
    return caseDir;
  }

  /** A run that never gave up would hang the suite: the timeout turns that into a failure. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"spins", "swallows interrupts"})
  @org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
  void runStopsAtItsTimeLimitOnAListedDealAndNamesTheRuleAndTheDeal(String kind) throws IOException {
    Path caseDir = caseWith(kind.equals("spins") ? SPIN : SWALLOW);
    Path report = Files.writeString(tmp.resolve("report.md"), "previous\n");

    int code = gordian("run", caseDir.toString(), "--listed-only", "--time-limit", "1", "--out", report.toString());

    assertThat(code).as(last[1]).isEqualTo(4);
    assertThat(last[1]).contains("time limit of 1 s")
        .contains("rule 'A wants dismantlement for relief' (").contains("a.drl:8) on deal 'swap'")
        .contains("--time-limit").doesNotContain("\tat ");
    assertThat(Files.readString(report)).isEqualTo("previous\n");
  }

  @Test
  void checkHasATimeLimitToo() throws IOException {
    Path caseDir = caseWith(SPIN);

    int code = gordian("check", caseDir.toString(), "--time-limit", "1");

    assertThat(code).as(last[0] + last[1]).isEqualTo(3);
    assertThat(last[0]).contains("time limit of 1 s").contains("on deal 'swap'");
  }

  @Test
  void testHasATimeLimitToo() throws IOException {
    Path caseDir = caseWith(SWALLOW);
    Files.writeString(caseDir.resolve("expectations.yaml"), "case: case.yaml\nexpectations:\n  - deal: swap\n"
        + "    feasible: false\n");

    int code = gordian("test", caseDir.resolve("expectations.yaml").toString(), "--time-limit", "1");

    assertThat(code).as(last[0] + last[1]).isEqualTo(4);
    assertThat(last[1]).contains("time limit of 1 s").contains("on deal 'swap'");
  }

  @Test
  void watchSnapshotsHoldToTheTimeLimit() throws IOException {
    Gordian g = Gordian.load(caseWith(SPIN));

    assertThat(TestCasesFailure.of(() -> g.snapshot(RunOptions.defaults().withSpace(false).withTimeLimit(1000),
        new VetoSets()))).contains("time limit of 1 s").contains("on deal 'swap'");
  }

  @Test
  void aStackOverflowInARuleIsReportedLikeAnExceptionWithoutATrace() throws IOException {
    Path caseDir = caseWith(DEEP);

    int code = gordian("run", caseDir.toString(), "--listed-only");

    assertThat(code).as(last[1]).isEqualTo(4);
    assertThat(last[1]).contains("a.drl:8").contains("rule 'A wants dismantlement for relief' failed on deal 'swap'")
        .contains("StackOverflowError").doesNotContain("\tat ");
    assertThat(last[1].lines().count()).as(last[1]).isLessThan(5);
  }

  /** A batch records a case whose rule throws an error (a stack overflow) as failed, and goes on to the next. */
  @Test
  void aBatchRecordsACaseWhoseRuleThrowsAnErrorAndGoesOn() throws IOException {
    Path cases = tmp.resolve("cases");
    Path broken = caseWith(DEEP);
    Path good = tmp.resolve("good");
    BrokenInputsTest.copy(BrokenInputsTest.CORPUS.resolve("drl-missing-party"), good);
    Path a = good.resolve("rules/a.drl");
    Files.writeString(a, Files.readString(a).replace("  @position(\"red-line\")",
        "  @party(\"A\") @position(\"red-line\")"));
    Files.move(broken, Files.createDirectories(cases).resolve("a-overflows"));
    Files.move(good, cases.resolve("b-fine"));
    Path out = tmp.resolve("out");

    int code = gordian("batch", cases.toString(), "--listed-only", "--out", out.toString());

    assertThat(code).as(last[1]).isEqualTo(4);
    assertThat(last[1]).contains("StackOverflowError").doesNotContain("\tat ");
    String index = Files.readString(out.resolve("index.md"));
    assertThat(index).contains("- Runs: 2, 1 failed").contains("StackOverflowError");
    assertThat(out.resolve("b-fine/baseline.md")).isRegularFile();
  }

  /**
   * {@code System.exit(0)} in a rule cannot pass for a finished run: the process ends with the
   * code of a failing rule, names the rule and the deal, and writes no report.
   */
  @Test
  void aRuleThatExitsTheProcessEndsItWithTheRuleFailureCode() throws Exception {
    Path caseDir = caseWith("System.exit(0);");
    Path report = tmp.resolve("report.md");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "org.gordian.cli.Main", "run", caseDir.toString(), "--listed-only", "--out", report.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(output).isEqualTo(4);
    assertThat(output).contains("rule 'A wants dismantlement for relief'").contains("on deal 'swap'")
        .contains("ended the process with System.exit; no report was written");
    assertThat(Files.exists(report)).isFalse();
  }

  /** The message of the Gordian failure an action ends with. */
  private static final class TestCasesFailure {
    static String of(Runnable action) {
      try {
        action.run();
      } catch (GordianException e) {
        return e.getMessage();
      }
      throw new AssertionError("expected the action to fail");
    }
  }
}
