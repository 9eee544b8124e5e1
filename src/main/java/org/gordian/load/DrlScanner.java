package org.gordian.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the rules written in a DRL file, with the line each starts on, its metadata and its
 * consequence text. Drools does not keep rule lines at run time; reports need them.
 */
final class DrlScanner {
  private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|(\\S+))");
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
  private static final Pattern META = Pattern.compile("@(party|position)\\s*\\(");
  private static final Pattern THEN = Pattern.compile("^\\s*then\\b");
  private static final Pattern END = Pattern.compile("^\\s*end\\s*$");

  /**
   * The metadata key {@code @position} is read under. Drools takes a rule's {@code @position} for
   * its own {@code @Position} field annotation (which wants a number), so the text handed to Drools
   * spells it in capitals: same length, so every line and column stays where the user wrote it.
   */
  static final String POSITION_KEY = "POSITION";

  private static final Pattern POSITION_META = Pattern.compile("@position(?=\\s*\\()");

  /** The DRL text with {@code @position(} spelled {@code @POSITION(}; see {@link #POSITION_KEY}. */
  static String protectMetadata(String text) {
    return POSITION_META.matcher(text).replaceAll("@" + POSITION_KEY);
  }

  /**
   * A rule as written: name, 1-based line, whether it names party and position, its consequence,
   * and the 1-based lines of its {@code then} and {@code end}.
   */
  record ScannedRule(String name, int line, boolean hasParty, boolean hasPosition, String consequence, int thenLine,
      int endLine) {
    /** The 1-based line of the first consequence line holding {@code token}, or 0. */
    int consequenceLineOf(String token) {
      String[] lines = consequence.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].contains(token)) {
          return thenLine + 1 + i;
        }
      }
      return 0;
    }
  }

  /** A structural slip the scanner can name more plainly than the DRL parser: 1-based line and text. */
  record Slip(int line, String message) {}

  private static final Pattern UNQUOTED_NAME = Pattern.compile("^\\s*rule\\s+([A-Za-z_]\\w*)\\s+([A-Za-z_]\\w*)");
  private static final Pattern WHEN = Pattern.compile("^\\s*when\\b");

  /**
   * Slips such as a rule without {@code end} before the next rule, or a rule name with spaces and
   * no quotes; consulted only when Drools has already rejected the file, to add a plainer hint.
   */
  static List<Slip> slips(String text) {
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
        out.add(new Slip(i + 1, "a rule name with spaces must be in double quotes: rule \""
            + line.trim().substring(4).trim().replaceAll("\\s*(@.*)?$", "") + "\""));
      }
      Matcher m = RULE.matcher(line);
      if (m.find()) {
        if (open != null) {
          out.add(new Slip(openLine, "rule '" + open + "' has no 'end' before the next rule at line " + (i + 1)));
        }
        open = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
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
          out.add(new Slip(i + 1, "rule '" + open + "' has 'then' but no 'when' before it"));
        }
        sawThen = true;
      } else if (END.matcher(line).find()) {
        if (!sawThen) {
          out.add(new Slip(i + 1, "rule '" + open + "' ends without 'then': give its consequence after 'then'"));
        }
        open = null;
      }
    }
    if (open != null) {
      out.add(new Slip(openLine, "rule '" + open + "' has no 'end'"));
    }
    return out;
  }

  private static final Pattern DECLARE = Pattern.compile("^\\s*declare\\s+([\\w.]+)");

  /** The simple names of the types a file declares. */
  static List<String> declaredTypes(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      Matcher m = DECLARE.matcher(line);
      if (m.find()) {
        String name = m.group(1);
        out.add(name.substring(name.lastIndexOf('.') + 1));
      }
    }
    return out;
  }

  /** The package the file declares, or the empty string. */
  static String packageOf(String text) {
    for (String line : text.split("\n", -1)) {
      Matcher m = PACKAGE.matcher(stripComments(line, new boolean[1]));
      if (m.find()) {
        return m.group(1);
      }
    }
    return "";
  }

  static List<ScannedRule> scan(String text) {
    List<ScannedRule> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    boolean[] inBlockComment = new boolean[1];
    String name = null;
    int start = 0;
    int thenLine = 0;
    boolean party = false;
    boolean position = false;
    boolean inThen = false;
    StringBuilder rhs = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = stripComments(lines[i], inBlockComment);
      if (name == null) {
        Matcher m = RULE.matcher(line);
        if (m.find()) {
          name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
          start = i + 1;
          party = false;
          position = false;
          inThen = false;
          rhs.setLength(0);
          line = line.substring(m.end());
        } else {
          continue;
        }
      }
      if (!inThen) {
        Matcher meta = META.matcher(line);
        while (meta.find()) {
          if (meta.group(1).equals("party")) {
            party = true;
          } else {
            position = true;
          }
        }
        if (THEN.matcher(line).find()) {
          inThen = true;
          thenLine = i + 1;
          continue;
        }
      } else if (END.matcher(line).find()) {
        out.add(new ScannedRule(name, start, party, position, rhs.toString(), thenLine, i + 1));
        name = null;
        continue;
      } else {
        rhs.append(line).append('\n');
      }
    }
    return out;
  }

  private static final Pattern HEADER = Pattern.compile("^\\s*(package|import)\\b");

  /**
   * What the file holds besides its rules (package, imports, declared types, functions, globals,
   * queries, comments), without blank lines. Two versions of a file with the same frame differ in
   * their rules only.
   */
  static String frame(String text) {
    String[] lines = text.split("\n", -1);
    int[] ruleAt = ruleLines(text, lines.length);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      if (ruleAt[i] == 0 && !lines[i].isBlank()) {
        out.append(lines[i].strip()).append('\n');
      }
    }
    return out.toString();
  }

  private static final Pattern ORDER_SENSITIVE = Pattern.compile(
      "\\b(insert|modify|update|delete|retract)\\s*\\(|\\bdrools\\s*\\.\\s*halt\\b");
  private static final Pattern FILE_ATTRIBUTE = Pattern.compile(
      "(?m)^\\s*(dialect|no-loop|salience|agenda-group|activation-group|ruleflow-group|lock-on-active"
          + "|auto-focus|enabled|date-effective|date-expires|duration|timer|calendars|refract|direct)\\b");
  private static final Pattern QUERY_OR_EXTENDS = Pattern.compile("(?m)^\\s*query\\b|^\\s*rule\\b.*\\bextends\\b");

  /**
   * Whether the rules of this file can be replaced one by one in a built knowledge base with the
   * same outcome as compiling everything afresh: no rule attributes at file level, no queries, no
   * rule extending another, and consequences that change working memory only through
   * {@code insertLogical} (whose outcome does not hang on the order rules fire in).
   */
  static boolean updatableInPlace(String text) {
    if (FILE_ATTRIBUTE.matcher(stripAllComments(frame(text))).find()
        || QUERY_OR_EXTENDS.matcher(stripAllComments(text)).find()) {
      return false;
    }
    return scan(text).stream().noneMatch(r -> ORDER_SENSITIVE.matcher(r.consequence()).find());
  }

  private static String stripAllComments(String text) {
    boolean[] inBlock = new boolean[1];
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      out.append(stripComments(line, inBlock)).append('\n');
    }
    return out.toString();
  }

  /**
   * The file with everything but its package line, imports and rules blanked out, line for line,
   * so that compiled beside the rest of its package it yields its rules with their own line numbers.
   */
  static String rulesOnly(String text) {
    String[] lines = text.split("\n", -1);
    int[] ruleAt = ruleLines(text, lines.length);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      if (ruleAt[i] != 0 || HEADER.matcher(lines[i]).find()) {
        out.append(lines[i]);
      }
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Per line: 1 within a rule (from its {@code rule} line to its {@code end}), 0 outside. */
  private static int[] ruleLines(String text, int count) {
    int[] at = new int[count];
    for (ScannedRule r : scan(text)) {
      for (int i = r.line() - 1; i < r.endLine() && i < count; i++) {
        at[i] = 1;
      }
    }
    return at;
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

  private DrlScanner() {}
}
