package org.gordian.report;

import java.util.List;

/**
 * Prose as Markdown: {@code ##} sections, {@code ###} parts, paragraphs ended by a blank line,
 * {@code -} lists and pipe tables. Texts of the case and rules are escaped with {@link Text#inline},
 * identifiers are code spans ({@link Text#cellCode} inside a table).
 */
final class MarkdownProse extends Prose {
  private final StringBuilder out;
  private boolean inCell;
  private boolean firstCell;
  private boolean inItem;

  MarkdownProse(StringBuilder out) {
    this.out = out;
  }

  @Override
  Prose section(String heading) {
    out.append("## ").append(heading).append("\n\n");
    return this;
  }

  @Override
  Prose part(String codeHeading) {
    out.append("### ").append(Text.code(codeHeading)).append("\n\n");
    return this;
  }

  @Override
  Prose paragraph() {
    return this;
  }

  @Override
  Prose list() {
    return this;
  }

  @Override
  Prose item() {
    out.append("- ");
    inItem = true;
    return this;
  }

  @Override
  Prose endList() {
    out.append('\n');
    return this;
  }

  @Override
  Prose table(List<String> headings, List<Align> aligns) {
    out.append('|');
    headings.forEach(h -> out.append(' ').append(h).append(" |"));
    out.append("\n|");
    aligns.forEach(a -> out.append(a == Align.RIGHT ? "---:|" : "---|"));
    out.append('\n');
    return this;
  }

  @Override
  Prose row() {
    out.append('|');
    inCell = true;
    firstCell = true;
    return this;
  }

  @Override
  Prose cell() {
    out.append(firstCell ? " " : " | ");
    firstCell = false;
    return this;
  }

  @Override
  Prose endRow() {
    out.append(" |\n");
    inCell = false;
    return this;
  }

  @Override
  Prose endTable() {
    out.append('\n');
    return this;
  }

  @Override
  Prose end() {
    out.append(inItem ? "\n" : "\n\n");
    inItem = false;
    return this;
  }

  @Override
  Prose text(String words) {
    out.append(words);
    return this;
  }

  @Override
  Prose quote(String words) {
    out.append(Text.inline(words));
    return this;
  }

  @Override
  Prose code(String id) {
    out.append(inCell ? Text.cellCode(id) : Text.code(id));
    return this;
  }

  @Override
  Prose em(String words) {
    out.append('*').append(words).append('*');
    return this;
  }

  @Override
  Prose strong(String words) {
    out.append("**").append(words).append("**");
    return this;
  }

  @Override
  Prose spans(String marked) {
    out.append(inCell ? Text.cell(marked) : marked);
    return this;
  }
}
