package org.gordian.report;

/**
 * A small builder of HTML (and inline SVG) markup that escapes every text and attribute value it
 * is given, so reporters never concatenate user text into markup by hand.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.open("p", "class", "note").text("2 < 3 & \"quoted\"").close("p");
 * }</pre>
 */
final class Html {
  private final StringBuilder out = new StringBuilder();

  /** Opens an element; {@code attributes} are name/value pairs, and a pair with a null value is left out. */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** Writes an element with no content and no closing tag, such as {@code <input>} or {@code <rect/>}. */
  Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append(tag.equals("input") || tag.equals("meta") ? ">" : "/>");
    return this;
  }

  /** Closes an element. */
  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Writes an element holding only text. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Writes escaped text. */
  Html text(String text) {
    out.append(Text.html(text));
    return this;
  }

  /**
   * Writes words that mark identifiers with backticks, as the analyses word edits and orders
   * ({@code move `x` to phase 2}): each backticked part as code, the rest as text, all escaped.
   */
  Html spans(String marked) {
    String[] parts = marked.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i % 2 == 1) {
        element("code", parts[i]);
      } else {
        text(parts[i]);
      }
    }
    return this;
  }

  /** Writes markup as it is: only for markup this package made, never for user text. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Ends a line, to keep the file readable and diffable. */
  Html nl() {
    out.append('\n');
    return this;
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs"); // internal
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"").append(Text.html(attributes[i + 1])).append('"');
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
