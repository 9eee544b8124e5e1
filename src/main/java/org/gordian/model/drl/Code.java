package org.gordian.model.drl;

/**
 * A piece of code in a rule as written: a constraint, an {@code eval}, the expression after
 * {@code from}, the code of an {@code accumulate}, a consequence or a function body.
 *
 * @param text the code exactly as it stands in the file
 * @param offset where it starts in the file's text, 0-based
 * @param line the 1-based line it starts on
 * @param column the 1-based column it starts at
 * @param tokens its tokens
 */
public record Code(String text, int offset, int line, int column, JavaTokens tokens) {
  /** The 1-based line of a 0-based offset within this code. */
  public int lineAt(int at) {
    int l = line;
    for (int i = 0; i < at && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        l++;
      }
    }
    return l;
  }

  /** The 1-based column of a 0-based offset within this code. */
  public int columnAt(int at) {
    int nl = text.lastIndexOf('\n', at - 1);
    return nl < 0 ? column + at : at - nl;
  }

  /** The 1-based line of the first token that is the word {@code word}, or 0. */
  public int lineOfWord(String word) {
    return tokens.tokens().stream().filter(t -> t.kind() == JavaTokens.Kind.WORD && t.text().equals(word))
        .findFirst().map(t -> lineAt(t.offset())).orElse(0);
  }

  /** The 1-based line of the first {@code new T(}, or {@code new a.b.T(}, in this code, or 0. */
  public int lineOfNew(String type) {
    var list = tokens.tokens();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).is("new") && type.equals(typeAfter(i + 1))) {
        return lineAt(list.get(i).offset());
      }
    }
    return 0;
  }

  /** Whether the code names the type {@code type} as code: a word, alone or last of a qualified name. */
  public boolean namesType(String type) {
    return tokens.hasWord(type);
  }

  /** The simple name of the (possibly qualified) name that starts at token {@code i}, or null. */
  private String typeAfter(int i) {
    var list = tokens.tokens();
    String last = null;
    while (i < list.size() && list.get(i).kind() == JavaTokens.Kind.WORD) {
      last = list.get(i).text();
      if (i + 1 < list.size() && list.get(i + 1).is(".")) {
        i += 2;
      } else {
        break;
      }
    }
    return last;
  }
}
