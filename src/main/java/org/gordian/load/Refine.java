package org.gordian.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.Suggest;

/**
 * Rewrites Drools build messages into ones a rule author can act on: the line of the bad call in
 * a consequence rather than the rule's first line, the import line rather than line 1, the field
 * of a declared type, plain hints for structural slips, and no echo messages that only repeat an
 * earlier error.
 */
final class Refine {
  private static final String COMPILATION = "Rule Compilation error";
  private static final Pattern IMPORT = Pattern.compile("Error importing : '([\\w.$]+)'");
  private static final Pattern ONLY_TYPE = Pattern.compile("Only a type can be imported\\. ([\\w.$]+) resolves");
  private static final Pattern FIELD_TYPE = Pattern.compile(
      "Cannot resolve type '(\\S+) for field (\\w+) in declared type (\\w+)");
  private static final Pattern UNKNOWN_TYPE = Pattern.compile("^Unable to resolve ObjectType '(\\w+)'");
  private static final Pattern IN_EXPRESSION = Pattern.compile("^in '(.+?)': ");
  private static final Pattern DECLARE = Pattern.compile("(?m)^\\s*declare\\s+(\\w+)");
  private static final Set<String> FACT_TYPES = Set.of("Deal", "Move", "Veto", "Concern", "Consequence");
  private static final List<Pattern> TOKENS = List.of(
      Pattern.compile("The method (\\w+)\\("),
      Pattern.compile("The constructor (\\w+)\\("),
      Pattern.compile("^(\\w+) cannot be resolved"),
      Pattern.compile("The field (\\w+)"),
      Pattern.compile("^(\\w+) cannot be resolved to a (?:type|variable)"));

  private Refine() {}

  static List<Diagnostic> all(List<Diagnostic> in, Map<Path, String> texts) {
    Set<String> badImports = new HashSet<>();
    for (Diagnostic d : in) {
      Matcher m = IMPORT.matcher(d.message());
      if (m.find()) {
        badImports.add(m.group(1));
      }
    }
    Set<Path> parserTrouble = new LinkedHashSet<>();
    Set<Path> withOtherErrors = new HashSet<>();
    for (Diagnostic d : in) {
      if (d.isError() && !d.message().contains("Parser returned a null Package")) {
        withOtherErrors.add(d.file());
      }
      if (d.isError() && d.message().matches("(?s)(mismatched input|no viable alternative|extraneous input|missing ).*")) {
        parserTrouble.add(d.file());
      }
    }
    // Types declared in any file: when a file does not parse, other files' "unknown type" errors
    // for these are only an echo of that failure.
    Set<String> declared = new HashSet<>();
    texts.values().forEach(t -> declared.addAll(DrlScanner.declaredTypes(t)));
    List<Diagnostic> out = new ArrayList<>();
    for (Path file : parserTrouble) {
      String text = texts.get(file);
      if (text != null) {
        for (DrlScanner.Slip slip : DrlScanner.slips(text)) {
          out.add(Diagnostic.error(file, slip.line(), 0, slip.message()));
        }
      }
    }
    for (Diagnostic d : in) {
      String msg = d.message();
      if (msg.contains("Parser returned a null Package") && withOtherErrors.contains(d.file())) {
        continue;
      }
      Matcher unknownType = UNKNOWN_TYPE.matcher(msg);
      if (!parserTrouble.isEmpty() && unknownType.find() && declared.contains(unknownType.group(1))) {
        continue;
      }
      Matcher only = ONLY_TYPE.matcher(msg);
      if (only.find() && badImports.contains(only.group(1))) {
        continue;
      }
      out.add(withRule(refine(d, texts.get(d.file())), texts.get(d.file())));
    }
    return out.stream().distinct().toList();
  }

  /** Names the rule an error sits in, when the message does not already. */
  private static Diagnostic withRule(Diagnostic d, String text) {
    if (text == null || d.line() <= 0 || !d.isError()) {
      return d;
    }
    DrlScanner.ScannedRule around = null;
    for (DrlScanner.ScannedRule r : DrlScanner.scan(text)) {
      if (r.line() <= d.line()) {
        around = r;
      }
    }
    if (around == null || d.message().contains(around.name())) {
      return d;
    }
    return new Diagnostic(d.severity(), d.file(), d.line(), d.column(),
        "in rule \"" + around.name() + "\": " + d.message());
  }

  private static Diagnostic refine(Diagnostic d, String text) {
    if (text == null) {
      return d;
    }
    String msg = d.message();
    Matcher imp = IMPORT.matcher(msg);
    if (imp.find()) {
      String name = imp.group(1);
      int line = lineMatching(text, Pattern.compile("^\\s*import\\s+" + Pattern.quote(name) + "\\s*;?"));
      String simple = name.substring(name.lastIndexOf('.') + 1);
      return new Diagnostic(d.severity(), d.file(), line > 0 ? line : d.line(), 0,
          "cannot import '" + name + "': no such class (is '" + simple + "' spelled right?)");
    }
    Matcher ft = FIELD_TYPE.matcher(msg);
    if (ft.find()) {
      String type = ft.group(1).replaceAll("'$", "");
      int line = lineMatching(text, Pattern.compile("^\\s*" + Pattern.quote(ft.group(2)) + "\\s*:\\s*"
          + Pattern.quote(type) + "\\b"));
      return new Diagnostic(d.severity(), d.file(), line > 0 ? line : d.line(), 0, "field '" + ft.group(2)
          + "' of declared type '" + ft.group(3) + "' has type '" + type + "', which cannot be found");
    }
    Matcher type = UNKNOWN_TYPE.matcher(msg);
    if (type.find()) {
      String name = type.group(1);
      Set<String> known = new java.util.TreeSet<>(FACT_TYPES);
      Matcher decl = DECLARE.matcher(text);
      while (decl.find()) {
        known.add(decl.group(1));
      }
      return new Diagnostic(d.severity(), d.file(), d.line(), columnOf(text, d.line(), name + "("),
          "unknown fact type '" + name + "'" + Suggest.didYouMean(name, known)
              + " (known here: " + String.join(", ", known) + "; import other classes by their full name)");
    }
    Matcher in = IN_EXPRESSION.matcher(msg);
    if (in.find() && d.line() > 0) {
      int col = columnOf(text, d.line(), in.group(1));
      return col > 0 ? new Diagnostic(d.severity(), d.file(), d.line(), col, msg) : d;
    }
    if (msg.startsWith(COMPILATION)) {
      String what = msg.substring(COMPILATION.length()).replaceFirst("^[\\s:]+", "");
      DrlScanner.ScannedRule rule = DrlScanner.scan(text).stream().filter(r -> r.line() == d.line()).findFirst()
          .orElse(null);
      if (rule == null) {
        return new Diagnostic(d.severity(), d.file(), d.line(), d.column(), "cannot compile a consequence: " + what);
      }
      int line = 0;
      for (Pattern p : TOKENS) {
        Matcher t = p.matcher(what);
        if (t.find()) {
          String token = p.pattern().startsWith("The constructor") ? "new " + t.group(1) + "(" : t.group(1);
          line = rule.consequenceLineOf(token);
          if (line > 0) {
            break;
          }
        }
      }
      return new Diagnostic(d.severity(), d.file(), line > 0 ? line : rule.line(), 0,
          "in the consequence of rule '" + rule.name() + "': " + what);
    }
    return d;
  }

  /** The 1-based column of {@code token} on a line of the text, or 0. */
  private static int columnOf(String text, int line, String token) {
    String[] lines = text.split("\n", -1);
    if (line < 1 || line > lines.length) {
      return 0;
    }
    int at = lines[line - 1].indexOf(token);
    return at < 0 ? 0 : at + 1;
  }

  private static int lineMatching(String text, Pattern p) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (p.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return 0;
  }
}
