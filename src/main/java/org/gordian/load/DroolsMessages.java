package org.gordian.load;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.Suggest;

/**
 * Turns Drools' build messages into diagnostics a rule author can act on: the place in the user's
 * own file (line and, where it can be found, column), the rule involved, and what was expected,
 * instead of Drools' internal wording.
 */
final class DroolsMessages {
  private static final Pattern ERR_LINE = Pattern.compile("^\\[ERR \\d+\\]\\s*Line (\\d+):(\\d+)\\s*");
  private static final Pattern LINE_COL = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");
  private static final Pattern STRICT_MODE =
      Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
  private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.*?) \\.\\.\\.\\.\\}\\]");
  private static final Pattern ANALYSE = Pattern.compile("^Unable to Analyse Expression (.*?):?\\s*$");
  private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
  private static final Pattern UNDEFINED_METHOD =
      Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
  private static final Pattern RULE_COMPILATION = Pattern.compile("^Rule Compilation error\\s*");

  private DroolsMessages() {}

  /** A user's DRL file: its path, text and the rules found in it. */
  record Source(Path file, String text, List<DrlScanner.ScannedRule> rules) {
    String line(int n) {
      String[] lines = text.split("\n", -1);
      return n >= 1 && n <= lines.length ? lines[n - 1] : "";
    }

    /** The rule whose text covers this line, if any. */
    DrlScanner.ScannedRule ruleAt(int line) {
      DrlScanner.ScannedRule found = null;
      for (DrlScanner.ScannedRule r : rules) {
        if (r.line() <= line) {
          found = r;
        }
      }
      return found;
    }

    /** The first line at or after {@code from} holding {@code snippet}, with the 1-based column. */
    int[] find(String snippet, int from) {
      String[] lines = text.split("\n", -1);
      for (int i = Math.max(0, from - 1); i < lines.length; i++) {
        int c = lines[i].indexOf(snippet);
        if (c >= 0) {
          return new int[] {i + 1, c + 1};
        }
      }
      return null;
    }
  }

  /**
   * One diagnostic for a Drools message.
   *
   * @param knownTypes fact types rules may match (for suggestions)
   */
  static Diagnostic toDiagnostic(boolean error, Source src, int reportedLine, String raw, Collection<String> knownTypes) {
    String text = raw == null ? "" : raw.trim();
    int line = Math.max(reportedLine, 0);
    int col = 0;
    String message;

    Matcher m;
    if ((m = ERR_LINE.matcher(text)).find()) {
      line = Integer.parseInt(m.group(1));
      col = Integer.parseInt(m.group(2)) + 1;
      message = firstLine(text.substring(m.end()));
      if (message.startsWith("mismatched input") || message.startsWith("missing")) {
        message += "; is a parenthesis, bracket or quote not closed, or a keyword missing?";
      }
    } else if ((m = STRICT_MODE.matcher(text)).find()) {
      String type = m.group(1);
      String member = m.group(2);
      String simple = type.substring(type.lastIndexOf('.') + 1);
      String expr = expression(text);
      message = simple + " has no field or method '" + member + "'" + Suggest.didYouMean(member, properties(type))
          + (expr.isEmpty() ? "" : " (in `" + expr + "`)");
      int[] at = src == null ? null : src.find(member, line);
      if (at != null && at[0] == line) {
        col = at[1];
      } else {
        col = column(text);
      }
    } else if ((m = OBJECT_TYPE.matcher(text)).find()) {
      String type = m.group(1);
      message = "unknown fact type '" + type + "'" + Suggest.didYouMean(type, knownTypes)
          + "; import it or declare it in DRL (declare " + type + " ... end)";
      int[] at = src == null ? null : src.find(type, line);
      if (at != null && at[0] == line) {
        col = at[1];
      }
    } else if ((m = UNDEFINED_METHOD.matcher(text)).find()) {
      String method = m.group(1);
      String type = m.group(3);
      message = "the method " + method + "(" + m.group(2) + ") does not exist on " + type
          + Suggest.didYouMean(method, methodsOf(type));
      int[] at = src == null ? null : src.find(method + "(", line);
      if (at != null) {
        line = at[0];
        col = at[1];
      }
    } else {
      String first = firstLine(RULE_COMPILATION.matcher(text).replaceFirst(""));
      Matcher a = ANALYSE.matcher(first);
      message = a.find() ? "cannot understand `" + a.group(1) + "`" + detail(text) : first;
      Matcher lc = LINE_COL.matcher(text);
      if (lc.find() && Integer.parseInt(lc.group(1)) == line) {
        col = Integer.parseInt(lc.group(2)) + 1;
      }
    }
    if (src != null && line > 0) {
      DrlScanner.ScannedRule rule = src.ruleAt(line);
      if (rule != null && !message.contains(rule.name())) {
        message = "in rule \"" + rule.name() + "\": " + message;
      }
    }
    Path file = src == null ? null : src.file();
    return error ? Diagnostic.error(file, line, col, message) : Diagnostic.warning(file, line, col, message);
  }

  private static String firstLine(String s) {
    return s.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse(s).replaceAll("\\s+", " ");
  }

  private static String expression(String text) {
    Matcher n = NEAR.matcher(text);
    return n.find() ? n.group(1).trim() : "";
  }

  private static int column(String text) {
    Matcher lc = LINE_COL.matcher(text);
    return lc.find() ? Integer.parseInt(lc.group(2)) + 1 : 0;
  }

  private static String detail(String text) {
    Matcher e = Pattern.compile("\\[Error: ([^\\]]*)\\]").matcher(text);
    return e.find() ? ": " + e.group(1).trim() : "";
  }

  /** Bean properties and no-argument methods of a class, by name, for suggestions. */
  private static List<String> properties(String className) {
    List<String> out = new ArrayList<>();
    try {
      for (Method mt : Class.forName(className).getMethods()) {
        if (Modifier.isStatic(mt.getModifiers()) || mt.getDeclaringClass() == Object.class) {
          continue;
        }
        String n = mt.getName();
        if (n.startsWith("get") && n.length() > 3 && mt.getParameterCount() == 0) {
          out.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
        } else if (n.startsWith("is") && n.length() > 2 && mt.getParameterCount() == 0) {
          out.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
        } else {
          out.add(n);
        }
      }
    } catch (ClassNotFoundException | LinkageError e) {
      // a declared type or a class we cannot see: no suggestion
    }
    return out;
  }

  private static List<String> methodsOf(String simpleName) {
    for (String pkg : List.of("org.gordian.facts.")) {
      List<String> p = properties(pkg + simpleName);
      if (!p.isEmpty()) {
        return p;
      }
    }
    return List.of();
  }
}
