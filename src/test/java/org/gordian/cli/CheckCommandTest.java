package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gordian.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gordian check} lists every problem with its place and exits 3 only on errors. */
class CheckCommandTest {
  @TempDir
  Path dir;

  @Test
  void theShippedHanoiCaseHasNoErrors() {
    Cli.Result r = Cli.run("check", "examples/hanoi-2019");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    // Its derivation rules (derived.drl) only derive consequences and need no @party or @position.
    assertThat(r.out()).doesNotContain("derived.drl").endsWith("0 errors, 0 warnings\n");
  }

  @Test
  void theShippedReykjavikCaseHasNoErrorsOrWarnings() {
    Cli.Result r = Cli.run("check", "examples/reykjavik-1986");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).endsWith("0 errors, 0 warnings\n");
  }

  /** A faction no position names would make a scenario switching it off change nothing: check says so at its line. */
  @Test
  void aFactionNoPositionNamesIsAWarningAtItsLine() throws Exception {
    Path caseFile = org.gordian.CaseFiles.copyHanoi(dir);
    String text = Files.readString(caseFile);
    String hawks = "      - id: hawks\n";
    assertThat(text).contains(hawks);
    Files.writeString(caseFile, text.replace(hawks, "      - id: doves\n        name: Nobody in the rules\n" + hawks));
    int line = (int) text.substring(0, text.indexOf(hawks)).lines().count() + 1;

    Cli.Result r = Cli.run("check", caseFile.toString());

    assertThat(r.code()).as("a warning only").isZero();
    assertThat(r.out()).contains(caseFile + ":" + line + ":9: warning: faction 'doves' of party 'US' is declared, but"
        + " no rule's position names it with @faction").contains("0 errors, 1 warning");
    assertThat(r.out()).doesNotContain("'hawks'");

    // A scenario adding a rule file whose position names the faction: a scenario can switch it off.
    Path doves = caseFile.resolveSibling("doves.drl");
    Files.writeString(doves, """
        package hanoi;
        import org.gordian.facts.Deal;
        import org.gordian.facts.Concern;
        rule "The doves welcome any deal"
          @party("US") @position("welcome-any-deal") @faction("doves") @source("a test") @confidence("stated")
        when
          $d : Deal( has("testing-freeze") )
        then
          insertLogical(new Concern(1, "a deal is welcome"));
        end
        """);
    String withDoves = Files.readString(caseFile).replace("scenarios:\n", "scenarios:\n  - id: doves-heard\n"
        + "    description: The doves have a say\n    rules: [doves.drl]\n");
    Files.writeString(caseFile, withDoves);
    Cli.Result again = Cli.run("check", caseFile.toString());
    assertThat(again.code()).as(again.out() + again.err()).isZero();
    assertThat(again.out()).doesNotContain("faction 'doves'").contains("0 errors, 0 warnings");
  }

  @Test
  void aRuleHeldByAPartyTheCaseDoesNotDefineIsAnErrorAtTheRuleEvenWhenThePartyLooksRight() throws Exception {
    Path caseDir = dir.resolve("case");
    org.gordian.robust.BrokenInputsTest.copy(Path.of("src/test/resources/broken/drl-party-look-alike"), caseDir);
    Path b = caseDir.resolve("rules/b.drl");
    Files.writeString(b, Files.readString(b).replace("@party(\"B\")", "@party(\"Nobody\")"));

    Cli.Result r = Cli.run("check", caseDir.toString());

    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(r.out()).contains(caseDir.resolve("rules/a.drl") + ":8: rule 'A wants dismantlement for relief' is held"
        + " by party '\u0391', which the case does not define; it looks like 'A' but contains U+0391 GREEK CAPITAL"
        + " LETTER ALPHA (parties: A, B)");
    assertThat(r.out()).contains(caseDir.resolve("rules/b.drl") + ":8: rule 'B values relief' is held by party"
        + " 'Nobody', which the case does not define");
  }

  @Test
  void ruleErrorsAndScenarioErrorsAreAllListed() throws Exception {
    Path rules = CaseFiles.copyRules(dir);
    Path us = rules.resolve("us.drl");
    String drl = Files.readString(us);
    Files.writeString(us, drl.replaceFirst("\\$d : Deal\\(", "\\$d : Deal( kode == 1, "));
    String text = CaseFiles.hanoiText().replace(Path.of("rules/hanoi-2019").toAbsolutePath().toString(),
        rules.toString());
    Files.createDirectories(dir.resolve("case"));
    Path file = CaseFiles.write(dir.resolve("case"), text);
    Cli.Result r = Cli.run("check", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(r.out()).containsPattern(us + ":\\d+:\\d+: .*kode");
    assertThat(r.out()).containsPattern("\\d+ errors?, \\d+ warnings?\n$");
  }

  @Test
  void aScenarioSwitchingOffAPositionNoRuleHoldsIsAnErrorWithItsLine() throws Exception {
    String text = CaseFiles.hanoiText().replaceFirst("- US/all-or-nothing", "- US/hawks");
    Path file = CaseFiles.write(dir, text);
    Cli.Result r = Cli.run("check", file.toString(), "--allow-rules-outside");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).contains(file + ":" + CaseFiles.lineOf(text, "US/hawks") + ":9: scenario 'us-drops-all-or-nothing' switches off"
        + " position 'US/hawks', which no rule holds");
  }

  @Test
  void aMoveNoRuleMentionsIsAWarning() throws Exception {
    String text = CaseFiles.hanoiText().replace("moves:\n  - id: end-of-war-declaration",
        "moves:\n  - id: panda-diplomacy\n    party: US\n    kind: gift\n    description: a pair of pandas\n"
            + "  - id: end-of-war-declaration");
    Path file = CaseFiles.write(dir, text);
    Cli.Result r = Cli.run("check", file.toString(), "--allow-rules-outside");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(file + ":" + CaseFiles.lineOf(text, "- id: panda-diplomacy")
        + ":5: warning: no rule mentions move 'panda-diplomacy', its kind 'gift'; no position reacts to it");
  }

  @Test
  void aBrokenCaseFileIsReportedWithoutCompilingAnything() throws Exception {
    Path file = CaseFiles.write(dir, "id: x\nparties: [\n");
    Cli.Result r = Cli.run("check", file.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).contains(file + ":").contains("not valid YAML");
  }
}
