package org.gordian.load.drl;

import org.gordian.engine.drools.DrlReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gordian.model.drl.Code;
import org.gordian.model.drl.RuleFile;
import org.gordian.model.drl.RuleInfo;
import org.junit.jupiter.api.Test;

/** The model of the rule files: every rule of the shipped cases, and the places where line scanning went wrong. */
class DrlModelTest {
  /** file | line of 'rule' | name | party | position | first line of the consequence. */
  private static final String SHIPPED = """
      rules/hanoi-2019/derived.drl | 10 | Added sanctions put the testing freeze at risk | | | 14
      rules/hanoi-2019/derived.drl | 20 | A push for more sanctions puts the testing freeze at risk | | | 25
      rules/hanoi-2019/derived.drl | 30 | Suspended exercises lower tension | | | 34
      rules/hanoi-2019/dprk.drl | 12 | Hardliners want the UN sanctions lifted for any dismantlement | DPRK | maximalist-under-hardliner-pressure | 20
      rules/hanoi-2019/dprk.drl | 26 | Pyongyang dismantles nothing before relief arrives | DPRK | relief-before-denuclearization | 35
      rules/hanoi-2019/dprk.drl | 44 | Pyongyang keeps its other facilities out of view | DPRK | keep-other-facilities-ambiguous | 51
      rules/hanoi-2019/dprk.drl | 58 | No testing freeze under new sanctions | DPRK | no-freeze-under-new-sanctions | 66
      rules/hanoi-2019/dprk.drl | 70 | Pyongyang values relief and security guarantees | DPRK | value-of-relief-and-security | 77
      rules/hanoi-2019/rok.dslr | 11 | Seoul welcomes aid and inter-Korean projects | ROK | keep-the-door-open | 18
      rules/hanoi-2019/rok.dslr | 22 | Seoul welcomes steps that lower tension | ROK | keep-the-door-open | 27
      rules/hanoi-2019/rok.dslr | 32 | Seoul fears a return to testing | ROK | keep-the-door-open | 38
      rules/hanoi-2019/us.drl | 10 | Washington grants no sanctions relief short of giving up every facility | US | all-or-nothing | 17
      rules/hanoi-2019/us.drl | 27 | Washington lifts the UN sanctions only after dismantlement is complete | US | relief-after-verified-dismantlement | 35
      rules/hanoi-2019/us.drl | 44 | Washington lifts the UN sanctions only against verified dismantlement | US | relief-after-verified-dismantlement | 49
      rules/hanoi-2019/us.drl | 56 | The hawks want strong verification or an arsenal list before the UN sanctions go | US | verification-or-inventory-first | 66
      rules/hanoi-2019/us.drl | 72 | Lifting the UN sanctions for Yongbyon alone looks weak | US | no-appearance-of-weakness | 79
      rules/hanoi-2019/us.drl | 85 | Washington values denuclearization steps | US | value-of-denuclearization | 93
      rules/hanoi-2019/us.drl | 101 | Washington counts the cost of its concessions | US | value-of-denuclearization | 106
      rules/reykjavik-1986/derived.drl | 11 | The laboratory limit and the ABM pledge together confine strategic defence | | | 15
      rules/reykjavik-1986/derived.drl | 22 | Zero on both sides takes intermediate-range missiles out of Europe | | | 27
      rules/reykjavik-1986/derived.drl | 33 | A global double zero abolishes a whole class of missiles | | | 37
      rules/reykjavik-1986/derived.drl | 44 | SS-20s kept in Asia remain a threat that can move west | | | 48
      rules/reykjavik-1986/derived.drl | 54 | Zero in Europe without the double zero leaves a shorter-range gap | | | 59
      rules/reykjavik-1986/us.drl | 12 | Washington will not confine SDI to the laboratory | US | no-limits-on-sdi | 19
      rules/reykjavik-1986/us.drl | 25 | Washington stays in the ABM Treaty only while Soviet offensive arms come down | US | defence-pledge-for-offensive-cuts | 32
      rules/reykjavik-1986/us.drl | 39 | Washington accepts no Soviet reduction it cannot inspect | US | trust-but-verify | 47
      rules/reykjavik-1986/us.drl | 53 | Inspection starts no later than the Soviet reductions | US | trust-but-verify | 62
      rules/reykjavik-1986/us.drl | 68 | Washington removes its missiles only if the matching Soviet missiles go too | US | zero-option | 77
      rules/reykjavik-1986/us.drl | 85 | American missiles leave no earlier than Soviet ones | US | zero-option | 91
      rules/reykjavik-1986/us.drl | 99 | Washington gives up its ballistic missiles only after equal cuts on both sides | US | equal-strategic-ceilings | 105
      rules/reykjavik-1986/us.drl | 111 | Washington will not join a comprehensive test ban | US | no-comprehensive-test-ban | 118
      rules/reykjavik-1986/us.drl | 125 | Washington values Soviet reductions | US | value-of-soviet-reductions | 132
      rules/reykjavik-1986/us.drl | 139 | Washington counts the cost of its concessions | US | value-of-soviet-reductions | 144
      rules/reykjavik-1986/us.drl | 155 | Washington's Asian allies object to SS-20s left in Asia | US | reassure-the-allies | 163
      rules/reykjavik-1986/us.drl | 168 | Washington's European allies fear a shorter-range gap | US | reassure-the-allies | 174
      rules/reykjavik-1986/ussr.drl | 12 | Moscow eliminates no intermediate-range missile unless SDI is confined | USSR | package-linkage | 21
      rules/reykjavik-1986/ussr.drl | 28 | Moscow cuts no strategic arms unless SDI is confined | USSR | package-linkage | 35
      rules/reykjavik-1986/ussr.drl | 42 | Moscow eliminates no missile before SDI is confined | USSR | package-linkage | 50
      rules/reykjavik-1986/ussr.drl | 55 | Moscow cuts no strategic arms before SDI is confined | USSR | package-linkage | 63
      rules/reykjavik-1986/ussr.drl | 71 | Moscow reduces nothing without the matching American reduction | USSR | equal-security | 81
      rules/reykjavik-1986/ussr.drl | 90 | Soviet missiles leave no earlier than American ones | USSR | equal-security | 96
      rules/reykjavik-1986/ussr.drl | 102 | Moscow opens its sites only to reciprocal inspection | USSR | reciprocal-inspection | 109
      rules/reykjavik-1986/ussr.drl | 116 | Moscow admits inspectors only to verify an agreed limit | USSR | inspection-verifies-an-agreement | 123
      rules/reykjavik-1986/ussr.drl | 130 | Moscow values American concessions | USSR | value-of-american-concessions | 137
      rules/reykjavik-1986/ussr.drl | 147 | Moscow counts the cost of its reductions | USSR | value-of-american-concessions | 152
      rules/reykjavik-1986/ussr.drl | 160 | The General Staff resents losing the SS-23 | USSR | general-staff-misgivings | 167
      rules/reykjavik-1986/ussr.drl | 173 | Moscow keeps 100 SS-20 warheads in Asia | USSR | asian-warheads-kept | 181
      rules/reykjavik-1986/ussr.drl | 186 | The shorter-range zero is not on the Soviet table | USSR | no-shorter-range-zero-yet | 194
      """;

  private static RuleFile read(String path) throws IOException {
    return DrlReader.read(Path.of(path), Files.readString(Path.of(path)));
  }

  private static RuleFile parse(String drl) {
    RuleFile f = DrlReader.read(Path.of("t.drl"), drl);
    assertThat(f.errors()).as("parse errors").isEmpty();
    return f;
  }

  @Test
  void everyShippedRuleIsFoundWithItsLineMetadataAndConsequenceLine() throws IOException {
    List<String> expected = SHIPPED.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> found = new ArrayList<>();
    for (String folder : List.of("rules/hanoi-2019", "rules/reykjavik-1986")) {
      try (var files = Files.list(Path.of(folder))) {
        // A .dslr file's rules are read from its expansion, on the lines the analyst wrote them.
        for (Path p : files.filter(f -> f.toString().endsWith(".drl") || f.toString().endsWith(".dslr")).sorted().toList()) {
          RuleFile f = org.gordian.load.RuleLoader.read(List.of(p)).get(0);
          assertThat(f.parsed()).as(p.toString()).isTrue();
          List<String> lines = Files.readString(p).lines().toList();
          for (RuleInfo r : f.rules()) {
            found.add(p + " | " + r.line() + " | " + r.name() + " | " + r.meta("party") + " | " + r.meta("position")
                + " | " + r.consequence().line());
            // The places are where the text says they are.
            assertThat(lines.get(r.line() - 1)).startsWith("rule \"" + r.name() + "\"");
            assertThat(lines.get(r.consequence().line() - 2).strip()).isEqualTo("then");
            assertThat(lines.get(r.endLine() - 1).strip()).isEqualTo("end");
            assertThat(r.column()).isEqualTo(1);
          }
        }
      }
    }
    assertThat(found.stream().map(l -> l.replaceAll("\\s+", " ")).toList())
        .containsExactlyElementsOf(expected.stream().map(l -> l.replaceAll("\\s+", " ")).toList());
  }

  @Test
  void declaredTypesImportsAndPackageAreRead() throws IOException {
    RuleFile context = read("rules/hanoi-2019/context.drl");
    assertThat(context.packageName()).isEqualTo("hanoi");
    assertThat(context.packageLine()).isEqualTo(2);
    assertThat(context.declaredTypes()).extracting(RuleFile.DeclaredType::name, RuleFile.DeclaredType::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("HardlinerPressure", 6),
            org.assertj.core.groups.Tuple.tuple("SanctionsDebate", 13));
    assertThat(context.declaredTypes().get(0).fields()).extracting(RuleFile.Field::name, RuleFile.Field::type,
        RuleFile.Field::line).containsExactly(org.assertj.core.groups.Tuple.tuple("party", "String", 7),
            org.assertj.core.groups.Tuple.tuple("level", "String", 8));
    RuleFile us = read("rules/hanoi-2019/us.drl");
    assertThat(us.imports()).extracting(RuleFile.Import::target).containsExactly("org.gordian.facts.Deal",
        "org.gordian.facts.Veto", "org.gordian.facts.Concern");
    assertThat(us.imports()).extracting(RuleFile.Import::line).containsExactly(4, 5, 6);
  }

  @Test
  void aNameQuotedInACommentIsNotWhereCodeNamesIt() throws IOException {
    RuleFile us = read("rules/hanoi-2019/us.drl");
    // Line 61 quotes "transparency" in a comment; line 63 asks about it.
    assertThat(us.text().lines().toList().get(60).strip()).startsWith("//").contains("\"transparency\"");
    RuleFile.Spot spot = us.find("\"transparency\"").orElseThrow();
    assertThat(spot.line()).isEqualTo(63);
    assertThat(us.text().lines().toList().get(62).substring(spot.column() - 1)).startsWith("\"transparency\"");
    assertThat(spot.rule().name())
        .isEqualTo("The hawks want strong verification or an arsenal list before the UN sanctions go");
  }

  @Test
  void aRuleNamedWithThenAndEndAfterACommentIsReadWhole() {
    RuleFile f = parse("""
        package p;
        import org.gordian.facts.*;
        /* first */ rule "when then end" @party("A") @position("then")
        when
          Deal( has("end") )
        then
          insertLogical(new Veto("end"));
        end
        rule "second" @party("B") @position("q") when Deal() then insertLogical(new Concern(1, "x")); end
        """);
    assertThat(f.rules()).extracting(RuleInfo::name).containsExactly("when then end", "second");
    RuleInfo first = f.rules().get(0);
    assertThat(first.line()).isEqualTo(3);
    assertThat(first.column()).isEqualTo(13);
    assertThat(first.endLine()).isEqualTo(8);
    assertThat(first.metadata()).containsEntry("party", "A").containsEntry("position", "then");
    assertThat(first.consequence().line()).isEqualTo(7);
    assertThat(first.consequence().column()).isEqualTo(3);
    assertThat(first.makes("Veto")).isTrue();
    RuleInfo second = f.rules().get(1);
    assertThat(second.line()).isEqualTo(9);
    assertThat(second.consequence().line()).isEqualTo(9);
    assertThat(second.consequence().text()).startsWith("insertLogical(new Concern(1, \"x\"));");
    assertThat(second.makes("Concern")).isTrue();
    assertThat(f.text().substring(second.start(), second.end())).startsWith("rule \"second\"").endsWith("end");
  }

  @Test
  void aRuleNameInSingleQuotesIsReadWithoutThem() {
    RuleFile f = parse("package p;\nrule 'single quoted'\nwhen\nthen\nend\n");
    assertThat(f.rules()).extracting(RuleInfo::name).containsExactly("single quoted");
  }

  @Test
  void vetoesNamedOnlyInCommentsAndStringsAreNotMade() {
    RuleFile f = parse("""
        package p;
        import org.gordian.facts.*;
        rule "talks about vetoes"
        when
          Deal()
        then
          // insertLogical(new Veto("no"));
          /* new Veto( */
          insertLogical(new Consequence("c", "no Veto( here, and end"));
        end
        """);
    RuleInfo r = f.rules().get(0);
    assertThat(r.makes("Veto")).isFalse();
    assertThat(r.makes("Consequence")).isTrue();
    assertThat(r.endLine()).isEqualTo(10);
  }

  @Test
  void aTextBlockAndNestedBracesStayInsideTheConsequence() {
    RuleFile f = parse("""
        package p;
        import org.gordian.facts.*;
        rule "blocks"
        when
          $d : Deal()
        then
          String s = \"""
              a Veto( and an end
              end
              \""";
          if ($d.size() > 1) { if ($d.size() > 2) { s = "}"; } }
          insertLogical(new Consequence("c", s));
        end
        rule "after" when Deal() then end
        """);
    assertThat(f.rules()).extracting(RuleInfo::name).containsExactly("blocks", "after");
    RuleInfo r = f.rules().get(0);
    assertThat(r.endLine()).as("an 'end' alone on a line of a text block does not end the rule").isEqualTo(13);
    assertThat(r.consequence().line()).isEqualTo(7);
    assertThat(r.consequence().text()).contains("s = \"}\"; } }").contains("a Veto( and an end");
    assertThat(r.consequence().tokens().clean()).isTrue();
    assertThat(r.makes("Veto")).isFalse();
    assertThat(r.literals()).contains("a Veto( and an end\nend\n", "}", "c");
    assertThat(r.consequence().lineOfNew("Consequence")).isEqualTo(12);
    assertThat(f.rules().get(1).line()).isEqualTo(14);
  }

  @Test
  void attributesParentQueriesGlobalsFunctionsAndNamedConsequencesAreRead() {
    RuleFile f = parse("""
        package p;
        import org.gordian.facts.*;
        global java.util.List seen;
        function int twice(int x) { return 2 * x; }
        rule "base" salience 10 no-loop true agenda-group "later" timer (int: 1s)
        when
          $d : Deal( size() > 1 ) and not Move( id == "m" )
        then
          insertLogical(new Consequence("a", "b"));
        then[other]
          insert(new Consequence("c", "d"));
        end
        rule "child" extends "base"
        when
        then
        end
        query "all deals" Deal() end
        """);
    RuleInfo base = f.rule("base").orElseThrow();
    assertThat(base.attributes()).containsEntry("salience", "10").containsEntry("no-loop", "true")
        .containsEntry("agenda-group", "later").containsKey("timer");
    assertThat(base.patterns()).extracting(RuleInfo.PatternInfo::type, RuleInfo.PatternInfo::binding,
        RuleInfo.PatternInfo::line, RuleInfo.PatternInfo::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Deal", "$d", 7, 8),
            org.assertj.core.groups.Tuple.tuple("Move", "", 7, 35));
    assertThat(base.conditions()).extracting(Code::text).containsExactly("size() > 1", "id == \"m\"");
    assertThat(base.conditions().get(1).column()).isEqualTo(41);
    assertThat(base.namedConsequences()).containsOnlyKeys("other");
    assertThat(base.namedConsequences().get("other").line()).isEqualTo(11);
    assertThat(f.rule("child").orElseThrow().parent()).contains("base");
    assertThat(f.queries()).extracting(RuleInfo::name).containsExactly("all deals");
    assertThat(f.globals()).extracting(RuleFile.Global::name).containsExactly("seen");
    assertThat(f.functions()).extracting(RuleFile.Function::name).containsExactly("twice");
    assertThat(f.functions().get(0).body().text()).isEqualTo("return 2 * x;");
    assertThat(f.literals()).contains("m", "a", "b", "c", "d");
  }

  @Test
  void fileAttributesApplyToEveryRule() {
    RuleFile f = parse("package p;\nsalience 5\nrule \"r\" when then end\n");
    assertThat(f.attributes()).containsEntry("salience", "5");
    assertThat(f.rules().get(0).attributes()).containsEntry("salience", "5");
  }

  @Test
  void theFrameAndTheRulesAloneSplitTheFileAlongItsRules() {
    String drl = """
        package p;
        import org.gordian.facts.*;
        // a rule
        rule "r" when Deal() then insertLogical(new Veto("x")); end
        declare T
          a : String
        end
        """;
    RuleFile f = parse(drl);
    assertThat(f.frame()).isEqualTo("package p;\nimport org.gordian.facts.*;\n// a rule\ndeclare T\na : String\nend\n");
    String rulesOnly = f.rulesOnly();
    assertThat(rulesOnly).hasSameSizeAs(drl);
    assertThat(rulesOnly.lines().toList()).containsExactly("package p;", "import org.gordian.facts.*;", "         ",
        "rule \"r\" when Deal() then insertLogical(new Veto(\"x\")); end", "         ", "            ", "   ");
  }

  @Test
  void aFileTheParserRejectsHasItsErrorsAndNoRules() {
    RuleFile f = DrlReader.read(Path.of("t.drl"), "package p;\nrule \"r\"\nwhen\n  Deal(\nthen\nend\n");
    assertThat(f.parsed()).isFalse();
    assertThat(f.rules()).isEmpty();
    assertThat(f.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.line()).isPositive());
  }

  @Test
  void positionMetadataIsReadUnderItsOwnName() {
    RuleFile f = parse("package p;\nrule \"r\" @party(\"US\") @position(\"all-or-nothing\") when then end\n");
    assertThat(f.rules().get(0).metadata()).containsOnly(java.util.Map.entry("party", "US"),
        java.util.Map.entry("position", "all-or-nothing"));
    assertThat(DrlReader.protect("@position(\"x\") @position (\"y\")")).isEqualTo("@POSITION(\"x\") @POSITION (\"y\")");
  }

  @Test
  void aRuleWrittenOnOneLineIsNamedAsItselfNotAsTheRuleBefore() {
    RuleFile f = parse("""
        package p;
        import org.gordian.facts.*;
        rule "First" @party("A") @position("one")
        when
          Deal( has("x") )
        then
          insertLogical(new Veto("x"));
        end
        rule "Second on one line" @party("A") @position("two") when Deal( has("y") ) then insertLogical(new Veto("y")); end
        """);
    assertThat(f.rules()).extracting(RuleInfo::name, RuleInfo::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("First", 3), org.assertj.core.groups.Tuple.tuple("Second on one line", 9));
    RuleFile.Spot spot = f.find("\"y\"").orElseThrow();
    assertThat(spot.line()).isEqualTo(9);
    assertThat(spot.rule().name()).isEqualTo("Second on one line");
  }
}
