package org.gordian.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gordian.CaseFiles;
import org.gordian.Check;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.gordian.diag.Diagnostic;
import org.gordian.tester.TestReport;
import org.gordian.tester.TestRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input is read as written or refused where it is written; never silently read as something else. */
@org.junit.jupiter.api.Tag("slow")
class NoSilentMisreadingTest {
  @TempDir
  Path dir;

  private Path hanoiWith(String from, String to) throws Exception {
    Path file = CaseFiles.copyHanoi(Files.createTempDirectory(dir, "case"));
    Files.writeString(file, Files.readString(file).replace(from, to));
    return file;
  }

  @Test
  void yamlOneOneBooleansAreReadAsTheBooleansTheyMean() throws Exception {
    for (String[] word : new String[][] {{"yes", "true"}, {"On", "true"}, {"no", "false"}, {"OFF", "false"}}) {
      Path file = hanoiWith("pushForMore: false", "pushForMore: " + word[0]);
      RunResult r = Gordian.load(file, LoadOptions.DEFAULT).run(RunOptions.defaults().withSpace(false)
          .withAnalyses(false, 0));
      Object value = r.sources().context().stream().filter(c -> c.id().equals("sanctions-debate")).findFirst()
          .orElseThrow().fields().get("pushForMore");
      assertThat(value).as(word[0]).isEqualTo(Boolean.valueOf(word[1]));
    }
  }

  @Test
  void aQuotedBooleanIsRefusedAsTextWithWhereItIs() throws Exception {
    Path file = hanoiWith("pushForMore: false", "pushForMore: \"false\"");
    List<Diagnostic> problems = Check.run(file, 60_000, LoadOptions.DEFAULT);
    assertThat(problems).anyMatch(d -> d.line() > 0 && d.message().equals("field 'pushForMore' of 'SanctionsDebate'"
        + " is a boolean; found the text \"false\" (write it without quotes)"));
  }

  @Test
  void aMistypedMoveInsideANegationIsWarnedAsAlwaysTrueAndTheTestCommandShowsIt() throws Exception {
    Path file = CaseFiles.copyHanoi(dir);
    Path us = dir.resolve("rules/us.drl");
    Files.writeString(us, Files.readString(us).replace("!has(\"give-up-all-facilities\")",
        "!has(\"give-up-all-facilites\")"));
    Files.copy(Path.of("examples/hanoi-2019/expectations.yaml"), file.resolveSibling("expectations.yaml"));
    Gordian g = Gordian.load(file, LoadOptions.DEFAULT);
    TestReport report = TestRunner.run(g, ExpectationsLoader.load(file.resolveSibling("expectations.yaml")),
        RunOptions.defaults());
    assertThat(report.warnings()).anyMatch(d -> d.message().contains("'give-up-all-facilites'")
        && d.message().contains("its negation always does"));
  }
}
