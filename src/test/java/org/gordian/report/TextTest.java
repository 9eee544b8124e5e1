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

  private static final org.commonmark.parser.Parser MARKDOWN = org.commonmark.parser.Parser.builder()
      .extensions(java.util.List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build();

  /** The text a Markdown viewer shows for a one-paragraph document; fails on any other structure. */
  private static String shown(String markdown) {
    org.commonmark.node.Node doc = MARKDOWN.parse(markdown);
    assertThat(doc.getFirstChild()).isInstanceOf(org.commonmark.node.Paragraph.class);
    assertThat(doc.getFirstChild().getNext()).isNull();
    StringBuilder out = new StringBuilder();
    doc.accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Text text) {
        out.append(text.getLiteral());
      }

      @Override
      public void visit(org.commonmark.node.Code code) {
        out.append("<code>").append(code.getLiteral()).append("</code>");
      }

      @Override
      public void visit(org.commonmark.node.SoftLineBreak br) {
        out.append("<br>");
      }
    });
    return out.toString();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"plain words", "a *b* _c_ [d](e) <f> #g |h| !i ~j~",
      "&amp; &#60; entities", "`k` and ``l``", "- a list", "+ another", "1. numbered", "12) numbered", "# heading",
      "> quote", "=== under", "back\\slash", "line\nbreak", "[x]: https://example.org/ref", "https://example.org/"})
  void freeTextInMarkdownReadsAsWritten(String text) {
    String flat = text.replace('\n', ' ');
    assertThat(shown(Text.inline(text))).isEqualTo(flat);
    assertThat(shown(Text.code(text))).isEqualTo("<code>" + flat + "</code>");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"a``b", "`start", "end`", " padded ", "x|y", "`|`"})
  void codeSpansHoldWhatTheyAreGivenEvenInTableCells(String text) {
    assertThat(shown(Text.code(text))).isEqualTo("<code>" + text + "</code>");
    org.commonmark.node.Node table = MARKDOWN.parse("| h |\n|---|\n| " + Text.cellCode(text) + " |\n");
    StringBuilder cell = new StringBuilder();
    table.accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Code code) {
        cell.append(code.getLiteral());
      }
    });
    assertThat(cell.toString()).isEqualTo(text);
  }
}
