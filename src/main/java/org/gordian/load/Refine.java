package org.gordian.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.Message;
import org.gordian.diag.Suggest;
import org.gordian.model.drl.Code;
import org.gordian.model.drl.RuleFile;
import org.gordian.model.drl.RuleInfo;
import org.gordian.load.drl.UnparsedHints;

/**
 * Rewrites Drools build messages into ones a rule author can act on: the line of the bad call in
 * a consequence rather than the rule's first line, the import line rather than line 1, the field
 * of a declared type, plain hints for structural slips, and no echo messages that only repeat an
 * earlier error.
 *
 * <p>Places come from the model of the rule files ({@link RuleFile}). What went wrong comes from
 * Drools' message text, which is all Drools gives: a build result has a message and lines, but the
 * class that could not be imported, the field whose type is unknown or the method a consequence
 * calls wrongly are only named inside that text (and in ECJ's, for consequences).
 */
final class Refine {
  private static final String COMPILATION = "Rule Compilation error";
  private static final Pattern IMPORT = Pattern.compile("Error importing : '([\\w.$]+)'");
  private static final Pattern ONLY_TYPE = Pattern.compile("Only a type can be imported\\. ([\\w.$]+) resolves");
  private static final Pattern FIELD_TYPE = Pattern.compile(
      "Cannot resolve type '(\\S+) for field (\\w+) in declared type (\\w+)");
  private static final Pattern UNKNOWN_TYPE = Pattern.compile("^Unable to resolve ObjectType '(\\w+)'");
  private static final Pattern IN_EXPRESSION = Pattern.compile("^in '(.+?)': ");
  private static final Set<String> FACT_TYPES = Set.of("Deal", "Move", "Veto", "Concern", "Consequence");
  private static final Pattern CONSTRUCTOR = Pattern.compile("The constructor (\\w+)\\(");
  private static final List<Pattern> WORDS = List.of(
      Pattern.compile("The method (\\w+)\\("),
      CONSTRUCTOR,
      Pattern.compile("^(\\w+) cannot be resolved"),
      Pattern.compile("The field (\\w+)"));

  private Refine() {}

  static List<Diagnostic> all(List<Diagnostic> in, Map<Path, RuleFile> files) {
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
    files.values().forEach(f -> declared.addAll(declaredTypes(f)));
    List<Diagnostic> out = new ArrayList<>();
    for (Path file : parserTrouble) {
      RuleFile f = files.get(file);
      if (f != null && !f.parsed()) {
        for (UnparsedHints.Slip slip : UnparsedHints.slips(f.text())) {
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
      RuleFile f = files.get(d.file());
      out.add(f == null ? d : withRule(refine(d, f), f));
    }
    return out.stream().distinct().toList();
  }

  /** The simple names of the types a file declares; for a file that does not parse, as its lines show them. */
  private static List<String> declaredTypes(RuleFile f) {
    if (!f.parsed()) {
      return UnparsedHints.declaredTypes(f.text());
    }
    return f.declaredTypes().stream().map(t -> t.name().substring(t.name().lastIndexOf('.') + 1)).toList();
  }

  /** Names the rule an error sits in, when the message does not already. */
  private static Diagnostic withRule(Diagnostic d, RuleFile f) {
    if (d.line() <= 0 || !d.isError()) {
      return d;
    }
    Optional<String> around = f.parsed()
        ? f.rules().stream().filter(r -> r.line() <= d.line()).reduce((a, b) -> b).map(RuleInfo::name)
        : UnparsedHints.ruleBefore(f.text(), d.line());
    if (around.isEmpty() || d.message().contains(around.get())) {
      return d;
    }
    return new Diagnostic(d.severity(), d.file(), d.line(), d.column(),
        Message.IN_RULE.say(around.get(), d.message()));
  }

  private static Diagnostic refine(Diagnostic d, RuleFile f) {
    String msg = d.message();
    Matcher imp = IMPORT.matcher(msg);
    if (imp.find()) {
      String name = imp.group(1);
      int line = f.imports().stream().filter(i -> i.target().equals(name)).mapToInt(RuleFile.Import::line)
          .findFirst().orElse(0);
      String simple = name.substring(name.lastIndexOf('.') + 1);
      return new Diagnostic(d.severity(), d.file(), line > 0 ? line : d.line(), 0,
          Message.IMPORT_UNKNOWN_CLASS.say(name, simple));
    }
    Matcher ft = FIELD_TYPE.matcher(msg);
    if (ft.find()) {
      String type = ft.group(1).replaceAll("'$", "");
      int line = f.declaredTypes().stream().filter(t -> t.name().equals(ft.group(3)))
          .flatMap(t -> t.fields().stream()).filter(x -> x.name().equals(ft.group(2)))
          .mapToInt(RuleFile.Field::line).findFirst().orElse(0);
      return new Diagnostic(d.severity(), d.file(), line > 0 ? line : d.line(), 0, Message.FIELD_TYPE_UNKNOWN.say(ft.group(2),
          ft.group(3), type));
    }
    Matcher type = UNKNOWN_TYPE.matcher(msg);
    if (type.find()) {
      String name = type.group(1);
      Set<String> known = new java.util.TreeSet<>(FACT_TYPES);
      known.addAll(declaredTypes(f));
      int column = f.rules().stream().flatMap(r -> r.patterns().stream())
          .filter(p -> p.type().equals(name) && p.line() == d.line()).mapToInt(RuleInfo.PatternInfo::column)
          .findFirst().orElse(0);
      return new Diagnostic(d.severity(), d.file(), d.line(), column,
          Message.UNKNOWN_FACT_TYPE.say(name, Suggest.didYouMean(name, known), String.join(", ", known)));
    }
    Matcher in = IN_EXPRESSION.matcher(msg);
    if (in.find() && d.line() > 0) {
      return f.find(in.group(1), d.line())
          .map(s -> new Diagnostic(d.severity(), d.file(), d.line(), s.column(), msg)).orElse(d);
    }
    if (msg.startsWith(COMPILATION)) {
      String what = msg.substring(COMPILATION.length()).replaceFirst("^[\\s:]+", "");
      RuleInfo rule = f.rules().stream().filter(r -> r.line() == d.line()).findFirst().orElse(null);
      if (rule == null) {
        return new Diagnostic(d.severity(), d.file(), d.line(), d.column(), Message.CONSEQUENCE_NOT_COMPILED.say(what));
      }
      int line = 0;
      Code code = rule.consequence();
      for (Pattern p : WORDS) {
        Matcher t = p.matcher(what);
        if (t.find()) {
          line = p == CONSTRUCTOR ? code.lineOfNew(t.group(1)) : code.lineOfWord(t.group(1));
          if (line > 0) {
            break;
          }
        }
      }
      return new Diagnostic(d.severity(), d.file(), line > 0 ? line : rule.line(), 0,
          Message.IN_CONSEQUENCE.say(rule.name(), what));
    }
    return d;
  }
}
