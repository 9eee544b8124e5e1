package org.gordian.model.drl;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a piece of Java (or MVEL) code as written in a rule: words, literals and symbols,
 * with comments and white space left out. String, character and text-block literals are single
 * tokens, so that what they hold is never taken for code.
 *
 * @param tokens the tokens in the order written
 * @param clean false when a literal or comment is not closed, or the code holds a Unicode escape
 *     ({@code \}{@code u0022} is a quote to the Java compiler): its tokens cannot be vouched for
 */
public record JavaTokens(List<Token> tokens, boolean clean) {
  /** What a token is. */
  public enum Kind {
    /** An identifier or keyword, {@code $} and {@code _} included. */
    WORD,
    /** A string literal or text block; {@link Token#value()} is what it holds. */
    STRING,
    /** A literal in single quotes: a character in Java, a string in MVEL. */
    CHAR,
    /** A number. */
    NUMBER,
    /** Any other character: an operator or a bracket, one character per token. */
    SYMBOL
  }

  /**
   * One token.
   *
   * @param text the token as written, quotes included
   * @param offset where it starts in the code, 0-based
   */
  public record Token(Kind kind, String text, int offset) {
    /** What a literal holds, its escapes read; the text itself for other tokens. */
    public String value() {
      return switch (kind) {
        case STRING -> text.startsWith("\"\"\"") ? unescape(textBlock(text)) : unescape(strip(text, 1));
        case CHAR -> unescape(strip(text, 1));
        default -> text;
      };
    }

    /** Whether this is the word or symbol {@code s}. */
    public boolean is(String s) {
      return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equals(s);
    }
  }

  public JavaTokens {
    tokens = List.copyOf(tokens);
  }

  /** The tokens of {@code code}. */
  public static JavaTokens of(String code) {
    List<Token> out = new ArrayList<>();
    boolean clean = !code.contains("\\u");
    int n = code.length();
    int i = 0;
    while (i < n) {
      char c = code.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (code.startsWith("//", i)) {
        while (i < n && code.charAt(i) != '\n' && code.charAt(i) != '\r') {
          i++;
        }
      } else if (code.startsWith("/*", i)) {
        int end = code.indexOf("*/", i + 2);
        clean &= end >= 0;
        i = end < 0 ? n : end + 2;
      } else if (code.startsWith("\"\"\"", i)) {
        i = closing(code, i + 3, "\"\"\"");
        clean &= i > 0;
        i = i < 0 ? n : i;
        out.add(new Token(Kind.STRING, code.substring(start, i), start));
      } else if (c == '"' || c == '\'') {
        i = closing(code, i + 1, String.valueOf(c));
        clean &= i > 0;
        i = i < 0 ? n : i;
        out.add(new Token(c == '"' ? Kind.STRING : Kind.CHAR, code.substring(start, i), start));
      } else if (Character.isJavaIdentifierStart(c)) {
        while (i < n && Character.isJavaIdentifierPart(code.charAt(i))) {
          i++;
        }
        out.add(new Token(Kind.WORD, code.substring(start, i), start));
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(code.charAt(i + 1)))) {
        while (i < n && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '.' || code.charAt(i) == '_'
            || ((code.charAt(i) == '+' || code.charAt(i) == '-') && "eEpP".indexOf(code.charAt(i - 1)) >= 0))) {
          i++;
        }
        out.add(new Token(Kind.NUMBER, code.substring(start, i), start));
      } else {
        i++;
        out.add(new Token(Kind.SYMBOL, String.valueOf(c), start));
      }
    }
    return new JavaTokens(out, clean);
  }

  /** The index just past the {@code close} that ends a literal begun before {@code i}, or -1. */
  private static int closing(String code, int i, String close) {
    boolean line = close.length() == 1;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (code.startsWith(close, i)) {
        return i + close.length();
      } else if (line && (c == '\n' || c == '\r')) {
        return -1;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** Whether the words and symbols {@code sequence} follow each other from token {@code at}. */
  public boolean matches(int at, String... sequence) {
    if (at < 0 || at + sequence.length > tokens.size()) {
      return false;
    }
    for (int k = 0; k < sequence.length; k++) {
      if (!tokens.get(at + k).is(sequence[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether the code names {@code word} as code (not in a comment or a literal). */
  public boolean hasWord(String word) {
    return tokens.stream().anyMatch(t -> t.kind() == Kind.WORD && t.text().equals(word));
  }

  /** What the string and character literals of the code hold, in order. */
  public List<String> literals() {
    return tokens.stream().filter(t -> t.kind() == Kind.STRING || t.kind() == Kind.CHAR).map(Token::value).toList();
  }

  private static String strip(String literal, int quote) {
    boolean closed = literal.length() >= 2 * quote && literal.endsWith(literal.substring(0, quote));
    return literal.substring(quote, closed ? literal.length() - quote : literal.length());
  }

  /** A text block's content: after the line of its opening quotes, indentation taken off as Java does. */
  private static String textBlock(String literal) {
    String body = strip(literal, 3);
    int nl = body.indexOf('\n');
    return (nl < 0 ? body : body.substring(nl + 1)).stripIndent();
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 's' -> out.append(' ');
        case '\n' -> { }
        default -> out.append(e);
      }
    }
    return out.toString();
  }
}
