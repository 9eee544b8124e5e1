package org.gordian.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Suggestions for a mistyped name, and names that look right but are written with other letters. */
class SuggestTest {
  static final List<String> PARTIES = List.of("A", "US", "DPRK", "UNSC");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\u0391    | looks like 'A' but contains U+0391 GREEK CAPITAL LETTER ALPHA",
      "\u0410    | looks like 'A' but contains U+0410 CYRILLIC CAPITAL LETTER A",
      "U\u0405   | looks like 'US' but contains U+0405 CYRILLIC CAPITAL LETTER DZE",
      "D\u0420RK | looks like 'DPRK' but contains U+0420 CYRILLIC CAPITAL LETTER ER",
      "\uFF35\uFF33 | looks like 'US' but contains U+FF35 FULLWIDTH LATIN CAPITAL LETTER U, U+FF33 FULLWIDTH LATIN CAPITAL LETTER S",
  })
  void aNameWrittenWithLettersOfAnotherScriptIsNamedWithTheCharacterThatDiffers(String word, String said) {
    assertThat(Suggest.lookAlike(word, PARTIES)).contains(said);
    assertThat(Suggest.lookAlikeOrDidYouMean(word, PARTIES)).isEqualTo("; it " + said);
  }

  @Test
  void theNameItselfAndAnUnrelatedNameAreNoLookAlikes() {
    assertThat(Suggest.lookAlike("US", PARTIES)).isEmpty();
    assertThat(Suggest.lookAlike("Nobody", PARTIES)).isEmpty();
    assertThat(Suggest.lookAlikeOrDidYouMean("DPKR", PARTIES)).isEqualTo("; did you mean 'DPRK'?");
    assertThat(Suggest.lookAlikeOrDidYouMean("Nobody", PARTIES)).isEmpty();
  }

  @Test
  void theSkeletonFoldsLookAlikesAccentsAndFullWidthForms() {
    assertThat(Suggest.skeleton("\u0391\u0392\u0421")).isEqualTo("ABC");
    assertThat(Suggest.skeleton("caf\u00E9")).isEqualTo("cafe");
    assertThat(Suggest.skeleton("\uFF24\uFF30")).isEqualTo("DP");
  }
}
