package org.gordian.load.drl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gordian.diag.Message;

/**
 * Plain hints for a DRL file that Drools' parser rejects, read from its lines because there is no
 * model to read them from: a rule without {@code end} before the next rule, a rule name with spaces
 * and no quotes, a rule without {@code when} or {@code then}, the rule an error line sits in, and
 * the types the file declares (so that other files' errors about them can be known for echoes).
 * Only ever used beside the parser's own errors, to say the same thing more plainly; nothing else
 * reads DRL this way.
 */
public final class UnparsedHints {
  private static final Pattern RULE = Pattern.compile(
      "^\\s*rule\\s+(\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|(\\S+))");
  private static final Pattern UNQUOTED_NAME = Pattern.compile("^\\s*rule\\s+([A-Za-z_]\\w*)\\s+([A-Za-z_]\\w*)");
  private static final Pattern WHEN = Pattern.compile("^\\s*when\\b");
  private static final Pattern THEN = Pattern.compile("^\\s*then\\b");
  private static final Pattern END = Pattern.compile("^\\s*end\\s*$");

  /** A slip: 1-based line and what to say. */
  public record Slip(int line, String message) {}

  private UnparsedHints() {}

  /** The slips the lines of a file that does not parse show. */
  public static List<Slip> slips(String text) {
    List<Slip> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    boolean[] inBlockComment = new boolean[1];
    String open = null;
    int openLine = 0;
    boolean sawWhen = false;
    boolean sawThen = false;
    for (int i = 0; i < lines.length; i++) {
      String line = stripComments(lines[i], inBlockComment);
      Matcher unquoted = UNQUOTED_NAME.matcher(line);
      if (unquoted.find()) {
        out.add(new Slip(i + 1, Message.RULE_NAME_UNQUOTED.say(line.trim().substring(4).trim().replaceAll("\\s*(@.*)?$", ""))));
      }
      Matcher m = RULE.matcher(line);
      if (m.find()) {
        if (open != null) {
          out.add(new Slip(openLine, Message.RULE_END_MISSING_BEFORE.say(open, (i + 1))));
        }
        open = name(m);
        openLine = i + 1;
        sawWhen = WHEN.matcher(line.substring(m.end())).find();
        sawThen = false;
        continue;
      }
      if (open == null) {
        continue;
      }
      if (WHEN.matcher(line).find()) {
        sawWhen = true;
      } else if (THEN.matcher(line).find()) {
        if (!sawWhen) {
          out.add(new Slip(i + 1, Message.RULE_THEN_WITHOUT_WHEN.say(open)));
        }
        sawThen = true;
      } else if (END.matcher(line).find()) {
        if (!sawThen) {
          out.add(new Slip(i + 1, Message.RULE_WITHOUT_THEN.say(open)));
        }
        open = null;
      }
    }
    if (open != null) {
      out.add(new Slip(openLine, Message.RULE_END_MISSING.say(open)));
    }
    return out;
  }

  /** The name of the last rule whose {@code rule} line is at or before a 1-based line, if any. */
  public static Optional<String> ruleBefore(String text, int line) {
    String[] lines = text.split("\n", -1);
    boolean[] inBlockComment = new boolean[1];
    String found = null;
    for (int i = 0; i < lines.length && i < line; i++) {
      Matcher m = RULE.matcher(stripComments(lines[i], inBlockComment));
      if (m.find()) {
        found = name(m);
      }
    }
    return Optional.ofNullable(found);
  }

  private static final Pattern DECLARE = Pattern.compile("^\\s*declare\\s+([\\w.]+)");

  /** The simple names of the types a file that does not parse declares, as its lines show them. */
  public static List<String> declaredTypes(String text) {
    List<String> out = new ArrayList<>();
    boolean[] inBlockComment = new boolean[1];
    for (String line : text.split("\n", -1)) {
      Matcher m = DECLARE.matcher(stripComments(line, inBlockComment));
      if (m.find()) {
        String name = m.group(1);
        out.add(name.substring(name.lastIndexOf('.') + 1));
      }
    }
    return out;
  }

  private static String name(Matcher m) {
    return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
  }

  private static String stripComments(String line, boolean[] inBlock) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
      if (inBlock[0]) {
        if (c == '*' && next == '/') {
          inBlock[0] = false;
          i++;
        }
        continue;
      }
      if (inString) {
        out.append(c);
        if (c == '\\' && next != 0) {
          out.append(next);
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (c == '"') {
        inString = true;
      } else if (c == '/' && next == '/') {
        break;
      } else if (c == '/' && next == '*') {
        inBlock[0] = true;
        i++;
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }
}
