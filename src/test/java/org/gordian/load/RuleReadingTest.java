package org.gordian.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gordian.diag.GordianException;
import org.gordian.engine.Rulebook;
import org.gordian.facts.RuleRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the loader takes from the model of the rule files: lines, metadata, and whether a rule decides. */
class RuleReadingTest {
  private static final String HEADER = "package reading;\nimport org.gordian.facts.*;\n";

  @TempDir
  Path dir;

  private Rulebook compile(String drl) throws IOException {
    Path file = dir.resolve("r.drl");
    Files.writeString(file, HEADER + drl);
    return RuleLoader.compile(List.of(file));
  }

  @Test
  void aVetoNamedOnlyInACommentOrATextNeedsNoPartyOrPosition() throws IOException {
    Rulebook book = compile("""
        rule "Talks of vetoes"
        when
          Deal()
        then
          // insertLogical(new Veto("never"));
          insertLogical(new Consequence("talk", "a Veto( is not made here"));
        end
        """);
    assertThat(book.rules()).containsKey("reading.Talks of vetoes");
  }

  @Test
  void aVetoMadeInCodeNeedsPartyAndPositionWhereverTheRuleKeywordStands() {
    assertThatThrownBy(() -> compile("""
        /* the first rule */ rule "Vetoes" @party("A")
        when Deal() then insertLogical(new Veto("v")); end
        """)).isInstanceOf(GordianException.class)
        .hasMessageContaining("r.drl:3: rule 'Vetoes' creates a Veto but has no @position metadata");
  }

  @Test
  void provenanceGivesTheLineOfTheRuleKeywordPastTextBlocksAndNestedBraces() throws IOException {
    Rulebook book = compile("""
        rule "First" @party("A") @position("p")
        when
          $d : Deal()
        then
          String s = \"""
              rule "not a rule"
              end
              \""";
          if ($d.size() > 1) { if ($d.size() > 2) { s = "}"; } }
          insertLogical(new Veto(s));
        end
        rule 'Second, in single quotes' @party("B") @position("q")
        when Deal() then insertLogical(new Concern(1, "end")); end
        """);
    assertThat(book.rules().get("reading.First")).extracting(RuleRef::line, RuleRef::party, RuleRef::position)
        .containsExactly(3, "A", "p");
    assertThat(book.rules().get("reading.Second, in single quotes")).extracting(RuleRef::line)
        .isEqualTo(14);
  }

  @Test
  void aConstraintIsLocatedInTheRulesCodeNotInAComment() throws IOException {
    Rulebook book = compile("""
        // A asks whether "x" is in the deal.
        rule "Asks" @party("A") @position("p")
        when
          Deal( has("x") )
        then
          insertLogical(new Veto("x"));
        end
        """);
    Rulebook.Location at = book.locate("\"x\"").orElseThrow();
    assertThat(at.line()).isEqualTo(6);
    assertThat(at.column()).isEqualTo(13);
    assertThat(at.rule().rule()).isEqualTo("Asks");
    assertThat(book.locate("has(\"y\")")).isEmpty();
  }
}
