package org.gordian.model.drl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DRL file as Drools' parser reads it: package, imports, globals, functions, declared types,
 * rules and queries, each with the line it is written on. A file the parser rejects has its
 * errors and nothing else.
 *
 * @param path the file
 * @param text its text as written
 * @param packageName its package, or the empty string
 * @param packageLine the 1-based line of its {@code package} declaration, or 0
 * @param attributes the rule attributes it gives at file level, by name
 * @param errors what the parser rejected; empty when the file parsed
 */
public record RuleFile(Path path, String text, String packageName, int packageLine, List<Import> imports, List<Global> globals,
    List<Function> functions, List<DeclaredType> declaredTypes, Map<String, String> attributes, List<RuleInfo> rules,
    List<RuleInfo> queries, List<ParseError> errors) {

  /** An {@code import} of a class (or of a package's classes, ending in {@code .*}) at its 1-based line. */
  public record Import(String target, int line) {}

  /** A {@code global} of a type, at its 1-based line. */
  public record Global(String type, String name, int line) {}

  /** A {@code function}, at its 1-based line, with its body. */
  public record Function(String name, int line, Code body) {}

  /** A type the file declares ({@code declare Name … end}), at the 1-based line and column of its name. */
  public record DeclaredType(String name, int line, int column, List<Field> fields) {
    public DeclaredType {
      fields = List.copyOf(fields);
    }
  }

  /** A field of a declared type: name, type as written and 1-based line. */
  public record Field(String name, String type, int line) {}

  /** Something the parser rejected: 1-based line, 1-based column (0 when unknown) and Drools' message. */
  public record ParseError(int line, int column, String message) {}

  public RuleFile {
    imports = List.copyOf(imports);
    globals = List.copyOf(globals);
    functions = List.copyOf(functions);
    declaredTypes = List.copyOf(declaredTypes);
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    rules = List.copyOf(rules);
    queries = List.copyOf(queries);
    errors = List.copyOf(errors);
  }

  /** Whether Drools' parser read the file without error; when not, the file holds no rules here. */
  public boolean parsed() {
    return errors.isEmpty();
  }

  /** The rule written with this name, if any. */
  public Optional<RuleInfo> rule(String name) {
    return rules.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** What the string and character literals in the file's code hold: rules, queries and functions. */
  public List<String> literals() {
    List<String> out = new ArrayList<>();
    rules.forEach(r -> out.addAll(r.literals()));
    queries.forEach(r -> out.addAll(r.literals()));
    functions.forEach(f -> out.addAll(f.body().tokens().literals()));
    return out;
  }

  /**
   * Where a snippet of code is written in a condition or consequence of a rule or query: the
   * first place in the file, as code the parser read (comments and other text are not searched).
   */
  public Optional<Spot> find(String snippet) {
    return find(snippet, 0);
  }

  /** The first place a snippet of code is written on a 1-based line (any line when 0), as {@link #find(String)}. */
  public Optional<Spot> find(String snippet, int line) {
    String s = snippet == null ? "" : snippet.trim();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Spot best = null;
    for (RuleInfo r : java.util.stream.Stream.concat(rules.stream(), queries.stream()).toList()) {
      for (Code c : r.code()) {
        for (int at = c.text().indexOf(s); at >= 0; at = c.text().indexOf(s, at + 1)) {
          if ((line == 0 || c.lineAt(at) == line) && c.offset() >= 0
              && (best == null || c.offset() + at < best.offset())) {
            best = new Spot(c.lineAt(at), c.columnAt(at), c.offset() + at, r);
            break;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A place in the file.
   *
   * @param line 1-based
   * @param column 1-based
   * @param offset 0-based, in the file's text
   * @param rule the rule or query around it
   */
  public record Spot(int line, int column, int offset, RuleInfo rule) {}

  /**
   * The file's text with its rules blanked out, line for line, and without blank lines: the package,
   * imports, globals, functions, declared types, queries, file attributes and comments it holds
   * besides its rules. Two versions of a file with the same frame differ in their rules only.
   */
  public String frame() {
    StringBuilder out = new StringBuilder();
    withoutRules().lines().filter(l -> !l.isBlank()).forEach(l -> out.append(l.strip()).append('\n'));
    return out.toString();
  }

  /**
   * The file's text with everything but its package and import declarations and its rules blanked
   * out, so that, compiled beside the rest of its package, it yields its rules on their own lines
   * and columns.
   */
  public String rulesOnly() {
    char[] out = text.toCharArray();
    boolean[] keep = new boolean[out.length];
    for (RuleInfo r : rules) {
      java.util.Arrays.fill(keep, Math.max(r.start(), 0), Math.min(r.end(), out.length), true);
    }
    for (int line : headerLines()) {
      int from = lineStart(line);
      int to = text.indexOf('\n', from);
      java.util.Arrays.fill(keep, from, to < 0 ? out.length : to, true);
    }
    for (int i = 0; i < out.length; i++) {
      if (!keep[i] && out[i] != '\n' && out[i] != '\r') {
        out[i] = ' ';
      }
    }
    return new String(out);
  }

  /** The 0-based offset where a 1-based line starts, or the text's length. */
  private int lineStart(int line) {
    int at = 0;
    for (int l = 1; l < line && at >= 0; l++) {
      at = text.indexOf('\n', at);
      at = at < 0 ? -1 : at + 1;
    }
    return at < 0 ? text.length() : at;
  }

  private List<Integer> headerLines() {
    List<Integer> out = new ArrayList<>();
    if (packageLine > 0) {
      out.add(packageLine);
    }
    imports.forEach(i -> out.add(i.line()));
    return out;
  }

  /** The text with each rule cut out. */
  private String withoutRules() {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (RuleInfo r : rules.stream().sorted(Comparator.comparingInt(RuleInfo::start)).toList()) {
      if (r.start() >= at) {
        out.append(text, at, r.start()).append('\n');
        at = r.end();
      }
    }
    return out.append(text.substring(Math.min(at, text.length()))).toString();
  }
}
