package org.gordian.report;

import java.util.List;

/**
 * Where the analyses' words are written: one writer of the wording ({@link AnalysesProse})
 * speaks to this, and each format turns it into its own markup — Markdown text, or sections of an
 * HTML page built with {@link Html}. Blocks (sections, paragraphs, lists, tables) hold inline
 * parts: the report's own words ({@link #text}), texts from the case and the rules ({@link #quote}),
 * identifiers ({@link #code}) and emphasis.
 *
 * <pre>{@code
 * p.section("Knots").paragraph().text("Pairs of moves tied by ").code("US/x").text(".").end();
 * }</pre>
 */
abstract class Prose {
  /** How a table column is aligned. */
  enum Align { LEFT, RIGHT }

  /** Starts a top-level section with this heading. */
  abstract Prose section(String heading);

  /** Starts a part of the section headed by an identifier, such as a deal's id. */
  abstract Prose part(String codeHeading);

  /** Starts a paragraph; {@link #end} closes it. */
  abstract Prose paragraph();

  /** Starts a list; {@link #item} starts each item and {@link #end} closes it, then {@link #endList} the list. */
  abstract Prose list();

  /** Starts an item of the open list. */
  abstract Prose item();

  /** Closes the open list. */
  abstract Prose endList();

  /** Starts a table with these column headings and alignments. */
  abstract Prose table(List<String> headings, List<Align> aligns);

  /** Starts a row of the open table; {@link #cell} starts each cell. */
  abstract Prose row();

  /** Starts the next cell of the open row. */
  abstract Prose cell();

  /** Closes the open row. */
  abstract Prose endRow();

  /** Closes the open table. */
  abstract Prose endTable();

  /**
   * Starts a part a reader may open when wanted (a long table), with a line saying what it holds;
   * formats without folding write the part as it is. {@link #endFold} closes it.
   */
  Prose fold(String summary) {
    return this;
  }

  /** Closes the open fold. */
  Prose endFold() {
    return this;
  }

  /** Closes the open paragraph or list item. */
  abstract Prose end();

  /** The report's own words, written as they are. */
  abstract Prose text(String words);

  /** A text the case or its rules supply (a reason, a rule name, a source), escaped as the format needs. */
  abstract Prose quote(String words);

  /** An identifier: a deal, move or position. */
  abstract Prose code(String id);

  /** Emphasised words. */
  abstract Prose em(String words);

  /** Strongly emphasised words. */
  abstract Prose strong(String words);

  /**
   * Words of the analyses that mark identifiers with backticks themselves ({@code move `x` from
   * phase 1 to phase 2}): the backticked parts are identifiers, the rest the report's own words.
   */
  abstract Prose spans(String marked);

  /** Identifiers joined by a separator of the report's own words. */
  Prose codes(List<String> ids, String separator) {
    for (int i = 0; i < ids.size(); i++) {
      if (i > 0) {
        text(separator);
      }
      code(ids.get(i));
    }
    return this;
  }
}
