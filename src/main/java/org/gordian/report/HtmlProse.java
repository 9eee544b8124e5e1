package org.gordian.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Prose as sections of an HTML page: each section gets an anchor ({@code analysis-} and its
 * heading's words) and an entry in the contents; every text goes through {@link Html}'s escaping,
 * so no text of the case or its rules can add markup or links. Wide tables sit in a scroll
 * container whose first column stays in view.
 */
final class HtmlProse extends Prose {
  private final HtmlPage page;
  /** What each finished section holds, besides the prose: a chart drawn from the results, say. */
  private final java.util.Map<String, Consumer<Html>> extras;
  private String heading;
  private Html h;
  private final List<Prose.Align> aligns = new ArrayList<>();
  private int column;
  private boolean listPending;
  private String closeWith;

  /**
   * Prose written into {@code page}.
   *
   * @param extras per section id, markup to add before the section's prose (a chart)
   */
  HtmlProse(HtmlPage page, java.util.Map<String, Consumer<Html>> extras) {
    this.page = page;
    this.extras = extras;
  }

  /** The anchor of a section with this heading: {@code analysis-} and its words joined by hyphens. */
  static String id(String heading) {
    return "analysis-" + heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  @Override
  Prose section(String title) {
    finish();
    heading = title;
    h = new Html();
    Consumer<Html> extra = extras.get(id(title));
    if (extra != null) {
      extra.accept(h);
    }
    return this;
  }

  /** Adds the last section to the page. */
  void finish() {
    if (heading != null) {
      String body = h.toString();
      page.section(id(heading), heading, s -> s.raw(body));
      heading = null;
    }
  }

  @Override
  Prose part(String codeHeading) {
    h.open("h3").element("code", codeHeading).close("h3").nl();
    return this;
  }

  @Override
  Prose paragraph() {
    h.open("p");
    closeWith = "p";
    return this;
  }

  @Override
  Prose list() {
    listPending = true;
    return this;
  }

  @Override
  Prose item() {
    if (listPending) {
      h.open("ul").nl();
      listPending = false;
    }
    h.open("li");
    closeWith = "li";
    return this;
  }

  @Override
  Prose endList() {
    if (!listPending) {
      h.close("ul").nl();
    }
    listPending = false;
    return this;
  }

  @Override
  Prose table(List<String> headings, List<Align> columns) {
    aligns.clear();
    aligns.addAll(columns);
    h.open("div", "class", "scroll").nl().open("table", "class", "prose sticky").nl().open("thead").open("tr");
    for (int i = 0; i < headings.size(); i++) {
      h.element("th", headings.get(i), "scope", "col", "class", numeric(i));
    }
    h.close("tr").close("thead").nl().open("tbody").nl();
    return this;
  }

  private String numeric(int i) {
    return i < aligns.size() && aligns.get(i) == Align.RIGHT ? "num" : null;
  }

  @Override
  Prose row() {
    h.open("tr");
    column = -1;
    return this;
  }

  @Override
  Prose cell() {
    if (column >= 0) {
      h.close("td");
    }
    column++;
    h.open("td", "class", numeric(column));
    return this;
  }

  @Override
  Prose endRow() {
    if (column >= 0) {
      h.close("td");
    }
    h.close("tr").nl();
    return this;
  }

  @Override
  Prose endTable() {
    h.close("tbody").close("table").nl().close("div").nl();
    return this;
  }

  @Override
  Prose fold(String summary) {
    h.open("details", "class", "fold").element("summary", summary).nl();
    return this;
  }

  @Override
  Prose endFold() {
    h.close("details").nl();
    return this;
  }

  @Override
  Prose end() {
    h.close(closeWith).nl();
    return this;
  }

  @Override
  Prose text(String words) {
    h.text(words);
    return this;
  }

  @Override
  Prose quote(String words) {
    h.text(words);
    return this;
  }

  @Override
  Prose code(String id) {
    h.element("code", id);
    return this;
  }

  @Override
  Prose spans(String marked) {
    h.spans(marked);
    return this;
  }

  @Override
  Prose em(String words) {
    h.element("em", words);
    return this;
  }

  @Override
  Prose strong(String words) {
    h.element("strong", words);
    return this;
  }
}
