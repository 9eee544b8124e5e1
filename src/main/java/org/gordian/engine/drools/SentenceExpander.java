package org.gordian.engine.drools;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLMapping;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.drools.drl.parser.lang.dsl.DefaultDSLMapping;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.Message;
import org.gordian.diag.Suggest;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Expands a DSL rule file ({@code .dslr}) into DRL with Drools' own expander and the entries of
 * its {@code .dsl} mappings, keeping every line where the analyst wrote it, so that the DRL model,
 * Drools' messages and provenance name the {@code .dslr} file's own lines.
 *
 * <p>Drools' expander moves lines in two ways: it deletes block comments ({@code /* … *}{@code /})
 * with the newlines inside them, and it folds a line starting with {@code -} into the pattern (or
 * {@code modify}) above it and drops the line. Block comments are blanked here first, newlines
 * kept; a dropped line is put back as an empty line after expanding. Its own error lines count
 * from the text it is given, so with comments blanked they are the file's lines.
 */
public final class SentenceExpander {
  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern UNABLE = Pattern.compile("^(?:\\[\\d+\\]\\s*)?Unable to expand:\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern SECTION_KEYWORD = Pattern.compile("^\\s*(when|then|end)\\b.*");

  private SentenceExpander() {}

  /** A DSL mapping file's text and the file it was read from, for diagnostics. */
  public record Mapping(Path file, String text) {}

  /** One entry of a mapping: its scope ({@code when}, {@code then}, {@code *} or {@code keyword}) and sentence as written. */
  public record Entry(String scope, String sentence, Path file, int line) {}

  /**
   * An expanded file.
   *
   * @param drl the DRL, line for line with the {@code .dslr}
   * @param problems errors, each in the {@code .dslr} or in the {@code .dsl} file it is about
   * @param entries the entries of the mappings, in the order they are tried
   */
  public record Expansion(String drl, List<Diagnostic> problems, List<Entry> entries) {
    public boolean clean() {
      return problems.stream().noneMatch(Diagnostic::isError);
    }
  }

  /** A mapping as read: Drools' entries, what was wrong in it, and its entries as written. */
  private record Read(DSLMapping mapping, List<Diagnostic> problems, List<Entry> entries) {}

  /**
   * Mappings read before, by file and text: Gordian's own DSL is read for every {@code .dslr} file
   * and every load. The expander only reads the entries it is given, so one reading serves all.
   */
  private static final Map<Mapping, Read> READ = new java.util.concurrent.ConcurrentHashMap<>();

  /** Reads the entries of one mapping; its errors go to {@code problems}, located in its file. */
  public static DSLMapping read(Mapping mapping, List<Diagnostic> problems, List<Entry> entries) {
    if (READ.size() > 32) {
      READ.clear();
    }
    Read r = READ.computeIfAbsent(mapping, m -> {
      List<Diagnostic> p = new ArrayList<>();
      List<Entry> e = new ArrayList<>();
      DSLMapping d = parse(m, p, e);
      return new Read(d, List.copyOf(p), List.copyOf(e));
    });
    problems.addAll(r.problems());
    entries.addAll(r.entries());
    return r.mapping();
  }

  private static DSLMapping parse(Mapping mapping, List<Diagnostic> problems, List<Entry> entries) {
    DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
    String text = mapping.text().replace("\r\n", "\n");
    try {
      file.parseAndLoad(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (KnowledgeBuilderResult r : file.getErrors()) {
      int line = r.getLines() != null && r.getLines().length > 0 ? r.getLines()[0] : 0;
      problems.add(Diagnostic.error(mapping.file(), Math.max(line, 0), 0, badMapping(r.getMessage(), text, line)));
    }
    DSLMapping parsed = file.getMapping() == null ? new DefaultDSLMapping() : file.getMapping();
    String[] lines = text.split("\n", -1);
    for (DSLMappingEntry e : parsed.getEntries()) {
      String key = e.getMappingKey() == null ? "" : e.getMappingKey().trim();
      int line = 0;
      for (int i = 0; i < lines.length && line == 0; i++) {
        if (lines[i].startsWith("[") && lines[i].contains(key)) {
          line = i + 1;
        }
      }
      entries.add(new Entry(scope(e.getSection()), key, mapping.file(), line));
    }
    return parsed;
  }

  /** The scope as written in a mapping: {@code when}, {@code then}, {@code keyword} or {@code *}. */
  private static String scope(DSLMappingEntry.Section section) {
    if (DSLMappingEntry.CONDITION.equals(section)) {
      return "when";
    }
    if (DSLMappingEntry.CONSEQUENCE.equals(section)) {
      return "then";
    }
    return DSLMappingEntry.KEYWORD.equals(section) ? "keyword" : "*";
  }

  private static String badMapping(String message, String text, int line) {
    String[] lines = text.split("\n", -1);
    String written = line >= 1 && line <= lines.length ? lines[line - 1].trim() : "";
    String said = message == null ? "" : message.lines().findFirst().orElse("").trim();
    return Message.DSL_ENTRY_UNREADABLE.say(written.isEmpty() ? "" : " '" + written + "'",
        said.isEmpty() ? "" : " (" + said + ")");
  }

  /**
   * Expands a {@code .dslr} text with the given mappings, tried in their order.
   *
   * @param file the {@code .dslr} file, for diagnostics
   */
  public static Expansion expand(Path file, String dslr, List<Mapping> mappings) {
    List<Diagnostic> problems = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    DefaultExpander expander = new DefaultExpander();
    for (Mapping m : mappings) {
      expander.addDSLMapping(read(m, problems, entries));
    }
    String source = blankBlockComments(dslr.replace("\r\n", "\n"));
    String expanded = expander.expand(source);
    String[] in = source.split("\n", -1);
    Map<Integer, String> unexpanded = new LinkedHashMap<>();
    for (ExpanderException e : expander.getErrors()) {
      Matcher m = UNABLE.matcher(String.valueOf(e.getMessage()).trim());
      int line = e.getLine();
      if (m.matches()) {
        unexpanded.put(line, m.group(1).trim());
        String section = sectionOf(in, line);
        problems.add(Diagnostic.error(file, line, columnOf(in, line), Message.DSL_NO_ENTRY_MATCHES.say(section,
            m.group(1).trim(), nearest(m.group(1).trim(), section, entries),
            (entries.isEmpty() ? Message.NO_DSL_MAPPING.say() : ""))));
      } else {
        problems.add(Diagnostic.error(file, Math.max(line, 0), columnOf(in, line),
            String.valueOf(e.getMessage()).trim()));
      }
    }
    return new Expansion(realign(in, expanded, unexpanded.keySet()), List.copyOf(problems), List.copyOf(entries));
  }

  /** Block comments replaced by spaces, their newlines kept, as Drools' expander would delete them. */
  static String blankBlockComments(String text) {
    Matcher m = BLOCK_COMMENT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\n]", " ")));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The expanded text with an empty line put back for each line the expander folded into the
   * pattern above it: a line starting with {@code -} that it expanded (so that it is not among
   * {@code unexpanded}) and whose place the expanded text does not hold. When the counts still
   * differ (a mapping whose DRL spans lines), the expanded text is returned as it is.
   */
  static String realign(String[] in, String expanded, java.util.Set<Integer> unexpanded) {
    String[] out = expanded.split("\n", -1);
    if (out.length == in.length) {
      return expanded;
    }
    StringBuilder b = new StringBuilder(expanded.length() + in.length);
    int j = 0;
    for (int i = 0; i < in.length; i++) {
      boolean folded = in[i].trim().startsWith("-") && !unexpanded.contains(i + 1)
          && (j >= out.length || !out[j].equals(in[i]));
      if (folded) {
        b.append(i + 1 < in.length ? "\n" : "");
        continue;
      }
      if (j >= out.length) {
        return expanded;
      }
      b.append(out[j++]).append(i + 1 < in.length ? "\n" : "");
    }
    return j == out.length ? b.toString() : expanded;
  }

  /** {@code when} or {@code then}: the section a 1-based line stands in. */
  private static String sectionOf(String[] lines, int line) {
    for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      Matcher m = SECTION_KEYWORD.matcher(lines[i]);
      if (m.matches()) {
        return m.group(1).equals("then") ? "then" : "when";
      }
    }
    return "when";
  }

  private static int columnOf(String[] lines, int line) {
    if (line < 1 || line > lines.length) {
      return 0;
    }
    String l = lines[line - 1];
    int at = 0;
    while (at < l.length() && Character.isWhitespace(l.charAt(at))) {
      at++;
    }
    return at < l.length() ? at + 1 : 0;
  }

  private static String nearest(String sentence, String section, List<Entry> entries) {
    List<String> keys = entries.stream().filter(e -> e.scope().equals(section) || e.scope().equals("*"))
        .map(Entry::sentence).toList();
    String pattern = sentence.replaceAll("\"[^\"]*\"", "{}");
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String k : keys) {
      int d = distance(words(pattern), words(k.replaceAll("\\{[^}]*\\}", "{}")));
      if (d < bestScore) {
        bestScore = d;
        best = k;
      }
    }
    return best == null ? "" : Message.NEAREST_SENTENCE.say(best);
  }

  private static List<String> words(String s) {
    return List.of(s.toLowerCase(java.util.Locale.ROOT).trim().split("\\s+"));
  }

  /** Edit distance over words, a word's own typo costing less than a missing word. */
  private static int distance(List<String> a, List<String> b) {
    int[][] d = new int[a.size() + 1][b.size() + 1];
    for (int i = 0; i <= a.size(); i++) {
      d[i][0] = 2 * i;
    }
    for (int j = 0; j <= b.size(); j++) {
      d[0][j] = 2 * j;
    }
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        String x = a.get(i - 1);
        String y = b.get(j - 1);
        int sub = x.equals(y) || y.equals("{}") ? 0 : Suggest.closest(x, List.of(y)).isPresent() ? 1 : 2;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 2, d[i][j - 1] + 2), d[i - 1][j - 1] + sub);
        if (y.equals("{}")) {
          d[i][j] = Math.min(d[i][j], d[i - 1][j]);   // a placeholder stands for any number of words
        }
      }
    }
    return d[a.size()][b.size()];
  }
}
