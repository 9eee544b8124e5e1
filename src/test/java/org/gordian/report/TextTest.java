package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Escaping and quoting shared by the reporters. */
class TextTest {
  @ParameterizedTest(name = "html({0}) = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "plain text|plain text",
      "<script>|&lt;script&gt;",
      "a & b|a &amp; b",
      "`say \"no\"`|say &quot;no&quot;",
      "Kim's demand|Kim&#39;s demand",
      "&amp;|&amp;amp;"})
  void escapesHtmlSoNoTextBecomesMarkup(String text, String escaped) {
    assertThat(Text.html(text)).isEqualTo(escaped);
  }

  @ParameterizedTest(name = "csv({0}) = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "plain|plain",
      "a, b|`\"a, b\"`",
      "`say \"no\"`|`\"say \"\"no\"\"\"`",
      "` padded`|`\" padded\"`",
      "`1: a | 2: b`|`1: a | 2: b`",
      "US/all-or-nothing; US/x|US/all-or-nothing; US/x"})
  void quotesCsvFieldsAsRfc4180Asks(String field, String quoted) {
    assertThat(Text.csv(field)).isEqualTo(quoted);
  }

  @ParameterizedTest(name = "line breaks stay inside a quoted field")
  @CsvSource(value = {"first", "second"})
  void quotesLineBreaks(String word) {
    assertThat(Text.csv(word + "\r\nnext")).isEqualTo("\"" + word + "\r\nnext\"");
  }
}
