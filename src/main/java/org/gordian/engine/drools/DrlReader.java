package org.gordian.engine.drools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.gordian.model.drl.Code;
import org.gordian.model.drl.JavaTokens;
import org.gordian.model.drl.RuleFile;
import org.gordian.model.drl.RuleInfo;

/**
 * Reads a DRL file into a {@link RuleFile} with Drools' own parser, the one that compiles it: the
 * one adapter between Drools' parser descriptors and the model.
 *
 * <pre>{@code
 * RuleFile f = DrlReader.read(path, Files.readString(path));
 * for (RuleInfo r : f.rules()) {
 *   System.out.println(r.name() + " at line " + r.line() + ", held by " + r.meta("party"));
 * }
 * }</pre>
 */
public final class DrlReader {
  /**
   * The metadata key {@code @position} is given to Drools under. Drools takes a rule's
   * {@code @position} for its own {@code @Position} field annotation (which wants a number), so the
   * text handed to Drools spells it in capitals: same length, so every line and column stays where
   * the user wrote it. The model gives it back as {@code position}.
   */
  public static final String POSITION_KEY = "POSITION";

  private static final Pattern POSITION_META = Pattern.compile("@position(?=\\s*\\()");

  private DrlReader() {}

  /** The DRL text as it is handed to Drools: {@code @position(} spelled {@code @POSITION(}; see {@link #POSITION_KEY}. */
  public static String protect(String text) {
    return POSITION_META.matcher(text).replaceAll("@" + POSITION_KEY);
  }

  /** The file's model; a file the parser rejects comes back with its errors and nothing else. */
  public static RuleFile read(Path path, String text) {
    String given = protect(text);
    DrlParser parser = new DrlParser();
    PackageDescr pkg;
    List<RuleFile.ParseError> errors = new ArrayList<>();
    try {
      pkg = parser.parse(false, given);
    } catch (DroolsParserException | RuntimeException e) {
      pkg = null;
      errors.add(new RuleFile.ParseError(0, 0, String.valueOf(e.getMessage())));
    }
    for (DroolsError e : parser.getErrors()) {
      int line = e.getLines() != null && e.getLines().length > 0 ? e.getLines()[0] : 0;
      int column = e instanceof ParserError p ? p.getCol() + 1 : 0;
      errors.add(new RuleFile.ParseError(Math.max(line, 0), Math.max(column, 0), String.valueOf(e.getMessage())));
    }
    if (pkg == null && errors.isEmpty()) {
      errors.add(new RuleFile.ParseError(0, 0, "the parser returned nothing"));
    }
    if (!errors.isEmpty()) {
      return new RuleFile(path, text, "", 0, List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(),
          errors);
    }
    return new Reading(path, text, given, pkg).file();
  }

  /** The 0-based offset of a 1-based line and column in a text, clamped to the text. */
  private static int offsetOf(String text, int line, int column) {
    int at = 0;
    for (int l = 1; l < line && at >= 0; l++) {
      at = text.indexOf('\n', at);
      at = at < 0 ? -1 : at + 1;
    }
    return at < 0 ? text.length() : Math.min(text.length(), at + Math.max(column, 1) - 1);
  }

  /** One file being read. */
  private static final class Reading {
    private final Path path;
    private final String text;
    private final String given;
    private final PackageDescr pkg;
    private final int[] lineStarts;

    Reading(Path path, String text, String given, PackageDescr pkg) {
      this.path = path;
      this.text = text;
      this.given = given;
      this.pkg = pkg;
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    RuleFile file() {
      String name = pkg.getName() == null ? "" : pkg.getName();
      List<RuleFile.Import> imports = pkg.getImports().stream()
          .map(i -> new RuleFile.Import(i.getTarget(), i.getLine())).toList();
      List<RuleFile.Global> globals = pkg.getGlobals().stream()
          .map(g -> new RuleFile.Global(g.getType(), g.getIdentifier(), g.getLine())).toList();
      List<RuleFile.Function> functions = new ArrayList<>();
      for (FunctionDescr f : pkg.getFunctions()) {
        String body = f.getBody() == null ? "" : f.getBody();
        functions.add(new RuleFile.Function(f.getName(), f.getLine(),
            code(body, given.indexOf(body, Math.max(f.getStartCharacter(), 0)), f.getLine())));
      }
      List<RuleFile.DeclaredType> types = new ArrayList<>();
      for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
        List<RuleFile.Field> fields = t.getFields().values().stream().map(f -> new RuleFile.Field(f.getFieldName(),
            f.getPattern() == null ? "" : f.getPattern().getObjectType(), f.getLine())).toList();
        types.add(new RuleFile.DeclaredType(t.getTypeName(), t.getLine(), t.getColumn() + 1, fields));
      }
      pkg.getEnumDeclarations().forEach(e -> types.add(
          new RuleFile.DeclaredType(e.getTypeName(), e.getLine(), e.getColumn() + 1, List.of())));
      Map<String, String> attributes = new LinkedHashMap<>();
      pkg.getAttributes().forEach(a -> attributes.put(a.getName(), a.getValue()));
      List<RuleInfo> rules = new ArrayList<>();
      List<RuleInfo> queries = new ArrayList<>();
      for (RuleDescr r : pkg.getRules()) {
        (r.isQuery() ? queries : rules).add(rule(r, name));
      }
      return new RuleFile(path, text, name, name.isEmpty() ? 0 : Math.max(pkg.getLine(), 0), imports, globals,
          functions, types, attributes, rules, queries, List.of());
    }

    private RuleInfo rule(RuleDescr r, String packageName) {
      int start = r.getStartCharacter() >= 0 ? r.getStartCharacter() : offsetOf(text, r.getLine(), r.getColumn() + 1);
      int end = r.getEndLine() > 0 ? offsetOf(text, r.getEndLine(), r.getEndColumn() + 1) + 1 : r.getEndCharacter();
      end = Math.min(Math.max(end, start), text.length());
      Map<String, String> metadata = new LinkedHashMap<>();
      for (AnnotationDescr a : r.getAnnotations()) {
        String key = a.getName().equals(POSITION_KEY) ? "position" : a.getName();
        metadata.put(key, a.getValue() == null ? "" : AnnotationDescr.unquote(a.getValue().toString()));
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      for (AttributeDescr a : r.getAttributes().values()) {
        attributes.put(a.getName(), a.getValue());
      }
      List<RuleInfo.PatternInfo> patterns = new ArrayList<>();
      List<Code> conditions = new ArrayList<>();
      if (r.getLhs() != null) {
        walk(r.getLhs(), start, patterns, conditions);
      }
      Code consequence = null;
      Map<String, Code> named = new LinkedHashMap<>();
      if (!r.isQuery()) {
        int then = offsetOf(text, Math.max(r.getConsequenceLine(), r.getLine()), 1);
        String body = r.getConsequence() instanceof String s ? s : "";
        consequence = code(body, given.indexOf(body, then), Math.max(r.getConsequenceLine(), r.getLine()));
        int after = consequence.offset() < 0 ? then : consequence.offset() + body.length();
        for (Map.Entry<String, Object> e : r.getNamedConsequences().entrySet()) {
          String b = e.getValue() instanceof String s ? s : String.valueOf(e.getValue());
          Code c = code(b, given.indexOf(b, after), r.getLine());
          named.put(e.getKey(), c);
        }
      }
      conditions.sort(java.util.Comparator.comparingInt(Code::offset));
      return new RuleInfo(path, packageName, r.getName(), r.isQuery(), r.getLine(), r.getColumn() + 1,
          r.getEndLine() > 0 ? r.getEndLine() : lineOf(end), start, end, metadata, attributes,
          Optional.ofNullable(r.getParentName()), patterns, conditions, consequence, named);
    }

    /** The patterns and code of a condition element, nested ones included. */
    private void walk(BaseDescr d, int from, List<RuleInfo.PatternInfo> patterns, List<Code> conditions) {
      int here = d.getStartCharacter() >= 0 ? d.getStartCharacter() : from;
      if (d instanceof PatternDescr p) {
        // The place of the type's name, after any binding ("$d : Deal(").
        String type = p.getObjectType() == null ? "" : p.getObjectType();
        int at = type.isEmpty() || here < 0 ? -1 : given.indexOf(type, here);
        boolean found = at >= 0 && (p.getEndCharacter() < 0 || at <= p.getEndCharacter());
        int line = found ? lineOf(at) : p.getLine();
        patterns.add(new RuleInfo.PatternInfo(type, p.getIdentifier() == null ? "" : p.getIdentifier(), line,
            found ? at - lineStarts[line - 1] + 1 : p.getColumn() + 1));
        for (BaseDescr c : p.getDescrs()) {
          walk(c, here, patterns, conditions);
        }
        if (p.getSource() != null) {
          walk(p.getSource(), here, patterns, conditions);
        }
      } else if (d instanceof FromDescr f) {
        if (f.getDataSource() != null) {
          add(conditions, f.getDataSource().getText(), from, d.getLine());
        }
      } else if (d instanceof AccumulateDescr a) {
        for (BaseDescr c : a.getDescrs()) {
          walk(c, here, patterns, conditions);
        }
        for (String code : new String[] {a.getInitCode(), a.getActionCode(), a.getReverseCode(), a.getResultCode()}) {
          add(conditions, code, here, d.getLine());
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr f : a.getFunctions()) {
          for (String param : f.getParams()) {
            add(conditions, param, here, d.getLine());
          }
        }
      } else if (d instanceof CollectDescr c) {
        if (c.getInputPattern() != null) {
          walk(c.getInputPattern(), here, patterns, conditions);
        }
      } else if (d instanceof EvalDescr e) {
        add(conditions, e.getContent() == null ? null : e.getContent().toString(), here, d.getLine());
      } else if (d instanceof ConditionalElementDescr ce) {
        for (BaseDescr c : ce.getDescrs()) {
          walk(c, here, patterns, conditions);
        }
      } else {
        add(conditions, d.getText(), here, d.getLine());
      }
    }

    private void add(List<Code> out, String code, int from, int line) {
      if (code != null && !code.isBlank()) {
        int at = from >= 0 && given.startsWith(code, from) ? from : given.indexOf(code, Math.max(from, 0));
        out.add(code(code, at, line));
      }
    }

    /** A piece of code found at {@code at} (or, when {@code at} is negative, not found: placed at {@code line}). */
    private Code code(String code, int at, int line) {
      if (at < 0) {
        return new Code(code, -1, Math.max(line, 0), 0, JavaTokens.of(code));
      }
      String written = text.substring(at, at + code.length());
      int l = lineOf(at);
      return new Code(written, at, l, at - lineStarts[l - 1] + 1, JavaTokens.of(written));
    }

    private int lineOf(int offset) {
      int lo = 0;
      int hi = lineStarts.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (lineStarts[mid] <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo + 1;
    }
  }
}
