package org.gordian.load;

import org.gordian.engine.drools.DrlReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.gordian.CaseFiles;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.diag.GordianException;
import org.gordian.report.Format;
import org.gordian.report.Reporters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules updated in place after an edit give exactly what compiling the edited files afresh gives:
 * the whole JSON report (listed deals, space, blocking map, analyses) is compared after each edit.
 */
@org.junit.jupiter.api.Tag("slow")
class RuleUpdateTest {
  private static final Instant AT = Instant.parse("2019-02-28T00:00:00Z");
  private static final String HEADER = "package %s;\nimport org.gordian.facts.Deal;\nimport org.gordian.facts.Concern;\n";
  private static final String EXTRA_RULE = String.join("\n",
      "rule \"An extra concern\" @party(\"ROK\") @position(\"extra\")",
      "when",
      "  Deal( has(\"liaison-office\") )",
      "then",
      "  insertLogical(new Concern(1, \"an office in Pyongyang\"));",
      "end",
      "");

  @TempDir
  Path dir;
  Path rules;
  Path caseFile;

  @BeforeEach
  void copyTheCase() throws IOException {
    caseFile = CaseFiles.copyHanoi(dir);
    CaseFiles.rokAsDrl(dir.resolve("rules"));
    rules = dir.resolve("rules");
  }

  private void edit(String file, String from, String to) throws IOException {
    Path f = rules.resolve(file);
    String text = Files.readString(f);
    assertThat(text).as("%s holds the text to edit", file).contains(from);
    Files.writeString(f, text.replace(from, to));
  }

  private static String report(Gordian g, boolean analyses) throws IOException {
    StringWriter w = new StringWriter();
    Reporters.of(Format.JSON, AT).write(g.run(RunOptions.defaults().withAnalyses(analyses, 0)), w);
    return w.toString();
  }

  /** Updates the rules after an edit, checks the result against a fresh load, and says whether it was in place. */
  private Gordian updateAndCompare(Gordian before, boolean analyses) throws IOException {
    Object kieBase = before.rulebook().kieBase();
    Gordian updated = before.updateRules();
    assertThat(report(updated, analyses)).isEqualTo(report(Gordian.load(caseFile), analyses));
    inPlace = updated.rulebook().kieBase() == kieBase;
    return updated;
  }

  private boolean inPlace;

  @Test
  void editsToRulesAreAppliedInPlaceAndReadAsAFreshCompileWould() throws IOException {
    Gordian g = Gordian.load(caseFile);

    // A rule that can no longer fire (a line longer, so every later line moves).
    edit("us.drl", "rule \"Washington grants no sanctions relief short of giving up every facility\"\n",
        "rule \"Washington grants no sanctions relief short of giving up every facility\"\n  // off for now\n");
    edit("us.drl", "when\n  $d : Deal( hasKind(\"sanctions-relief\"), !has(\"give-up-all-facilities\") )",
        "when\n  eval(false)\n  $d : Deal( hasKind(\"sanctions-relief\"), !has(\"give-up-all-facilities\") )");
    g = updateAndCompare(g, true);
    assertThat(inPlace).isTrue();

    // Another file: a concern's weight and reason, and a rule renamed.
    edit("rok.drl", "insertLogical(new Concern(-3, \"a risk that North Korea resumes testing\"));",
        "insertLogical(new Concern(-5, \"North Korea may resume testing\"));");
    edit("rok.drl", "rule \"Seoul welcomes steps that lower tension\"", "rule \"Seoul welcomes any step that lowers tension\"");
    g = updateAndCompare(g, false);
    assertThat(inPlace).isTrue();
    assertThat(g.rulebook().rules().values()).extracting(r -> r.rule())
        .contains("Seoul welcomes any step that lowers tension")
        .doesNotContain("Seoul welcomes steps that lower tension");

    // A derivation removed: positions that react to what it derived change their verdicts.
    String derived = Files.readString(rules.resolve("derived.drl"));
    int from = derived.indexOf("rule \"Added sanctions put the testing freeze at risk\"");
    int to = derived.indexOf("\nend", from) + "\nend".length();
    Files.writeString(rules.resolve("derived.drl"), derived.substring(0, from) + derived.substring(to));
    g = updateAndCompare(g, false);
    assertThat(inPlace).isTrue();

    // A new position, and two files edited at once.
    Files.writeString(rules.resolve("us.drl"), Files.readString(rules.resolve("us.drl")) + String.join("\n",
        "",
        "rule \"Washington wants a liaison office first\" @party(\"US\") @position(\"liaison-first\")",
        "when",
        "  $d : Deal( has(\"lift-un-sanctions-2016\"), !has(\"liaison-office\") )",
        "then",
        "  insertLogical(new Veto(\"no liaison office among \" + $d.size() + \" moves\"));",
        "end",
        ""));
    Files.writeString(rules.resolve("derived.drl"), derived);
    g = updateAndCompare(g, true);
    assertThat(inPlace).isTrue();
    assertThat(g.rulebook().positions()).extracting(Object::toString).contains("US/liaison-first");
  }

  @Test
  void aChangedDeclarationOrANewFileIsCompiledAfresh() throws IOException {
    Gordian g = Gordian.load(caseFile);
    edit("context.drl", "  level : String", "  level : String\n  note : String");
    g = updateAndCompare(g, false);
    assertThat(inPlace).isFalse();

    Files.writeString(rules.resolve("extra.drl"), HEADER.formatted("hanoi") + EXTRA_RULE);
    updateAndCompare(g, false);
    assertThat(inPlace).isFalse();
  }

  @Test
  void aRuleMovedToAnotherPackageLeavesNoCopyBehind() throws IOException {
    Path extra = rules.resolve("extra.drl");
    Files.writeString(extra, HEADER.formatted("hanoi.extra") + EXTRA_RULE);
    Gordian g = Gordian.load(caseFile);
    Files.writeString(extra, HEADER.formatted("hanoi.extra"));
    Files.writeString(rules.resolve("rok.drl"), Files.readString(rules.resolve("rok.drl")) + "\n" + EXTRA_RULE);
    g = updateAndCompare(g, false);
    assertThat(inPlace).isTrue();
    assertThat(g.rulebook().rules()).containsKey("hanoi.An extra concern").doesNotContainKey("hanoi.extra.An extra concern");
  }

  @Test
  void rulesWhoseOutcomeCouldHangOnFiringOrderAreCompiledAfresh() throws IOException {
    Gordian g = Gordian.load(caseFile);
    // A consequence that inserts without truth maintenance.
    edit("rok.drl", "insertLogical(new Concern(-3, \"a risk that North Korea resumes testing\"));",
        "insert(new Concern(-3, \"a risk that North Korea resumes testing\"));");
    g = updateAndCompare(g, false);
    assertThat(inPlace).isFalse();
    assertThat(updatable("package p;\nno-loop true\nrule \"r\" when then end\n")).isFalse();
    assertThat(updatable("package p;\nquery \"q\" Deal() end\n")).isFalse();
    assertThat(updatable("package p;\nrule \"b\" extends \"a\"\nwhen\nthen\nend\n")).isFalse();
    assertThat(updatable("package p;\nrule \"r\" when then\n  drools.halt();\nend\n")).isFalse();
    assertThat(updatable(
        "package p;\n// no-loop true\nrule \"r\"\n  salience 10\nwhen\nthen\n  insertLogical(\"x\");\nend\n")).isTrue();
    assertThat(updatable("package p;\nrule \"r\" when then\n  // insert(x);\n  insertLogical(\"update(y)\");\nend\n"))
        .as("calls in comments and literals are not calls").isTrue();
  }

  private static boolean updatable(String drl) {
    return RuleLoader.updatableInPlace(org.gordian.engine.drools.DrlReader.read(Path.of("p.drl"), drl));
  }

  @Test
  void aBrokenEditIsReportedAsAFreshLoadReportsIt() throws IOException {
    Gordian g = Gordian.load(caseFile);
    edit("us.drl", "!has(\"give-up-all-facilities\") )", "!hass(\"give-up-all-facilities\") )");
    String fresh = org.gordian.TestCases.failureMessage(() -> Gordian.load(caseFile));
    Gordian before = g;
    assertThatThrownBy(before::updateRules).isInstanceOf(GordianException.class).hasMessage(fresh);
  }
}
