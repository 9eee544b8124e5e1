package org.gordian.model.drl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Code split into tokens: comments and literals are never taken for code. */
class JavaTokensTest {
  private static String words(String code) {
    return String.join(" ", JavaTokens.of(code).tokens().stream().filter(t -> t.kind() == JavaTokens.Kind.WORD)
        .map(JavaTokens.Token::text).toList());
  }

  @Test
  void wordsInCommentsAndLiteralsAreNotCode() {
    String code = """
        // insert(x);
        /* drools.halt(); */
        String s = "insert(\\"y\\") // not a comment";
        char c = '"';
        insertLogical(new Veto(s + c));
        """;
    assertThat(words(code)).isEqualTo("String s char c insertLogical new Veto s c");
    assertThat(JavaTokens.of(code).literals()).containsExactly("insert(\"y\") // not a comment", "\"");
    assertThat(JavaTokens.of(code).clean()).isTrue();
  }

  @Test
  void aTextBlockIsOneLiteralWithJavasIndentationTakenOff() {
    String code = "String t = \"\"\"\n    a \"quoted\" Veto(\n    end\n    \"\"\"; x(t);";
    JavaTokens tokens = JavaTokens.of(code);
    assertThat(words(code)).isEqualTo("String t x t");
    assertThat(tokens.literals()).containsExactly("a \"quoted\" Veto(\nend\n");
    assertThat(tokens.clean()).isTrue();
  }

  @Test
  void mvelStringsInSingleQuotesAreLiterals() {
    assertThat(JavaTokens.of("kind == 'sanctions-relief'").literals()).containsExactly("sanctions-relief");
  }

  @Test
  void sequencesOfWordsAndSymbolsAreMatched() {
    JavaTokens t = JavaTokens.of("drools . halt();  modify ( $m ) { setLevel(\"low\") }");
    assertThat(t.matches(0, "drools", ".", "halt", "(")).isTrue();
    assertThat(t.matches(6, "modify", "(", "$m", ")")).isTrue();
    assertThat(t.tokens().get(6).offset()).isEqualTo(18);
    assertThat(t.hasWord("$m")).isTrue();
    assertThat(t.hasWord("low")).isFalse();
  }

  @Test
  void numbersAreOneToken() {
    assertThat(JavaTokens.of("x = 1.5e-3 + 0x1F + 2L;").tokens()).extracting(JavaTokens.Token::text)
        .containsExactly("x", "=", "1.5e-3", "+", "0x1F", "+", "2L", ";");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"s = \"open", "/* open", "s = \"\"\" open", "s = \"\\u0022; insert(x); //\";"})
  void codeThatCannotBeVouchedForIsNotClean(String code) {
    assertThat(JavaTokens.of(code).clean()).isFalse();
  }
}
