package org.gordian.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gordian.Gordian;
import org.gordian.TestCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which rules can be evaluated apart from each other, and what keeps them together. */
class RuleGroupsTest {
  private static final Path CASE = Path.of("src/test/resources/engine/case-facts");
  private static final String HEADER = """
      package casefacts;
      import org.gordian.facts.*;
      declare Mood
        level : String
      end
      """;
  /** Two rules that share nothing but the deal: two groups. */
  private static final String APART = """
      rule "A vetoes x" @party("A") @position("p")
      when
        Deal( has("x") )
      then
        insertLogical(new Veto("x"));
      end

      rule "B weighs y" @party("B") @position("q")
      when
        $d : Deal( has("y") )
      then
        insertLogical(new Concern($d.countBy("B"), "y"));
      end
      """;

  /** A rule that reads the mood, for rules that change it to join. */
  private static final String MOOD_READER = """
      rule "B objects in a high mood" @party("B") @position("mood")
      when
        Mood( level == "high" )
      then
        insertLogical(new Veto("high"));
      end
      """;

  @TempDir
  Path dir;

  private List<Set<String>> groups(String rules) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(folder.resolve("rules.drl"), HEADER + rules);
    return RuleGroups.of(Gordian.load(CASE, List.of(folder)).engine(null, EngineOptions.DEFAULT).rulebook());
  }

  @Test
  void hanoiSplitsIntoFourteenGroupsOneOfThemAroundTheDerivedTestingRisk() {
    List<Set<String>> groups = RuleGroups.of(TestCases.hanoi().engine(null, EngineOptions.DEFAULT).rulebook());
    assertThat(groups).hasSize(14);
    assertThat(groups.get(0)).containsExactlyInAnyOrder("Added sanctions put the testing freeze at risk",
        "A push for more sanctions puts the testing freeze at risk", "Suspended exercises lower tension",
        "No testing freeze under new sanctions", "Seoul fears a return to testing");
    assertThat(groups.subList(1, 14)).allSatisfy(g -> assertThat(g).hasSize(1));
  }

  @Test
  void rulesThatShareOnlyTheDealAreApart() throws IOException {
    assertThat(groups(APART)).containsExactly(Set.of("A vetoes x"), Set.of("B weighs y"));
  }

  @Test
  void aRuleThatReadsWhatAnotherDerivesIsWithIt() throws IOException {
    assertThat(groups(APART + """
        rule "A reacts to B's concern" @party("A") @position("r")
        when
          Concern( reason == "y" )
        then
          insertLogical(new Veto("B is concerned"));
        end
        """)).containsExactly(Set.of("A vetoes x"), Set.of("B weighs y", "A reacts to B's concern"));
  }

  @Test
  void aTypeNamedOnlyInATextOrACommentLinksNothing() throws IOException {
    // "A vetoes x" names Concern only in a text (past an escaped quote) and in comments; were any
    // of those read as code, it would join the rule that reads concerns.
    assertThat(groups(APART.replace("insertLogical(new Veto(\"x\"));",
        "insertLogical(new Veto(\"a \\\" Concern\")); // not a Concern\n /* nor a Concern */") + """
        rule "A reads concerns" @party("A") @position("r")
        when
          Concern()
        then
          insertLogical(new Veto("r"));
        end
        """)).containsExactly(Set.of("A vetoes x"), Set.of("B weighs y", "A reads concerns"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "// drools.halt(); insert($d);\n  insertLogical(new Veto(\"x\"));",
      "insertLogical(new Veto(\"drools.halt(); update($d)\"));",
      "String s = \"\"\"\n      kcontext \"insert(x)\" end\n      \"\"\";\n  insertLogical(new Veto(s));"})
  void theSessionNamedOnlyInACommentOrALiteralKeepsTheRulesApart(String consequence) throws IOException {
    assertThat(groups(APART.replace("insertLogical(new Veto(\"x\"));", consequence)))
        .containsExactly(Set.of("A vetoes x"), Set.of("B weighs y"));
  }

  @Test
  void aRuleThatChangesTheContextIsWithTheRulesThatReadIt() throws IOException {
    assertThat(groups(APART + """
        rule "z calms the mood"
        when
          $m : Mood( level == "high" )
          Deal( has("z") )
        then
          modify($m) { setLevel("low") }
        end

        """ + MOOD_READER)).containsExactly(Set.of("A vetoes x"), Set.of("B weighs y"),
        Set.of("z calms the mood", "B objects in a high mood"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"$m.setLevel(\"low\");", "Mood m = $m; m.setLevel(\"low\");", "($m).setLevel(\"low\");"})
  void aRuleThatNamesAMatchedContextFactInItsConsequenceIsWithTheRulesThatReadIt(String change) throws IOException {
    assertThat(groups(APART + """
        rule "z lowers the mood in place"
        when
          $m : Mood()
          Deal( has("z") )
        then
          CHANGE
        end

        """.replace("CHANGE", change) + MOOD_READER)).hasSize(3).contains(Set.of("z lowers the mood in place", "B objects in a high mood"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "global java.util.List seen;\nrule \"G\" when Deal() then seen.add(1); end",
      "rule \"D\" when Deal() then drools.getRule(); end",
      "rule \"E\" when Deal() then insert(java.util.List.of(1)); end",
      "rule \"F\" agenda-group \"later\" when Deal() then end",
      "rule \"O\" when Object() then end",
      "rule \"U\" when $d : Deal() then update($d); end",
      "rule \"R\" when Deal() then insertLogical(org.gordian.facts.internal.Facts.veto(new RuleRef(\"A vetoes x\", \"A\", \"p\", \"f\", 1), \"x\")); end",
      "rule \"X\" extends \"A vetoes x\" @party(\"A\") @position(\"p\") when Deal( has(\"y\") ) then insertLogical(new Veto(\"x and y\")); end",
      "rule \"L\" lock-on-active when Deal() then end",
      "rule \"T\" duration (1000) when Deal() then end",
      "rule \"K\" when Deal() then String s = \"\\u0022; drools.getKieRuntime().insert(new Mood()); //\"; end",
      "rule \"C\" when Deal() $n : Number() from accumulate( Move( $id : id ), init( int n = 0; ) action( n++; ) result( n ) ) then end",
      "function Object worry(String w) { return new Concern(-1, w); }\nrule \"W\" when Deal() then Object c = worry(\"x\"); insert(c); end"})
  void whatCannotBeVouchedForKeepsAllRulesTogether(String rule) throws IOException {
    assertThat(groups(APART + rule)).hasSize(1);
  }
}
