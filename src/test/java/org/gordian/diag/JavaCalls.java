package org.gordian.diag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Calls found in Java source text: where a call starts, its arguments split at the top level. Enough of
 * Java's lexical rules (strings, text blocks, characters, comments) to split arguments correctly; not a
 * parser.
 */
final class JavaCalls {
  /** The main sources, as the build sees them. */
  static final Path MAIN = Path.of("src/main/java");

  private JavaCalls() {}

  /** One call: the file, the line it starts on, the text matched before the parenthesis, its arguments. */
  record Call(Path file, int line, String callee, List<String> arguments, String text) {
    /** {@code file:line}, for failure messages. */
    String where() {
      return MAIN.relativize(file) + ":" + line;
    }
  }

  /** Every Java file below the folder. */
  static List<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's text with comments blanked out (line breaks kept), so that lines still count. */
  static String code(Path file) {
    try {
      return blankComments(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The calls whose callee, ending with an opening parenthesis, the pattern matches. */
  static List<Call> calls(Path file, String code, Pattern callee) {
    List<Call> out = new ArrayList<>();
    Matcher m = callee.matcher(code);
    while (m.find()) {
      int close = close(code, m.end());
      String inside = code.substring(m.end(), close);
      int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      out.add(new Call(file, line, m.group(), splitTop(inside, ','), code.substring(m.start(), close + 1)));
    }
    return out;
  }

  /** The index of the parenthesis that closes the one just before {@code from}. */
  static int close(String s, int from) {
    int end = walk(s, from, 1, (i, depth) -> depth == 0);
    if (end < 0) {
      throw new IllegalStateException("unbalanced parentheses");
    }
    return end;
  }

  /** The text split at the given separator where it stands outside brackets and literals; parts trimmed. */
  static List<String> splitTop(String s, char separator) {
    List<String> parts = new ArrayList<>();
    int[] last = {0};
    walk(s, 0, 0, (i, depth) -> {
      if (depth == 0 && s.charAt(i) == separator) {
        parts.add(s.substring(last[0], i).trim());
        last[0] = i + 1;
      }
      return false;
    });
    String rest = s.substring(last[0]).trim();
    if (!rest.isEmpty() || !parts.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  /** Where a step of {@link #walk} stops: at index {@code i}, with brackets open {@code depth} deep after it. */
  private interface Stop {
    boolean at(int i, int depth);
  }

  /**
   * Steps through the code from {@code from} outside literals, keeping count of open brackets; the index
   * where {@code stop} says so, or -1.
   */
  private static int walk(String s, int from, int depth, Stop stop) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        i = skipLiteral(s, i) - 1;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
      if (stop.at(i, depth)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the expression holds a string literal anywhere. */
  static boolean hasStringLiteral(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        return true;
      }
      if (c == '\'') {
        i = skipLiteral(s, i) - 1;
      }
    }
    return false;
  }

  /** The index just after the string, text block or character literal starting at {@code i}. */
  static int skipLiteral(String s, int i) {
    char q = s.charAt(i);
    if (q == '"' && s.startsWith("\"\"\"", i)) {
      return s.indexOf("\"\"\"", i + 3) + 3;
    }
    int j = i + 1;
    while (s.charAt(j) != q) {
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    return j + 1;
  }

  private static String blankComments(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        int end = skipLiteral(s, i);
        out.append(s, i, end);
        i = end;
      } else if (s.startsWith("//", i)) {
        int end = s.indexOf('\n', i);
        end = end < 0 ? s.length() : end;
        i = end;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2) + 2;
        s.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
