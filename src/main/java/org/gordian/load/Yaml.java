package org.gordian.load;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Message;
import org.gordian.diag.Problems;
import org.gordian.diag.Suggest;
import org.gordian.model.Loc;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reading of a composed YAML node tree, recording each problem with its line and column
 * instead of stopping at the first. Only plain maps, lists and scalars are read: no YAML tag can
 * choose a Java type.
 */
final class Yaml {
  /** The most characters one line may hold; longer lines are refused before parsing. */
  static final int MAX_LINE = 16 * 1024;

  /** The most characters one value (a scalar) may hold. */
  static final int MAX_SCALAR = 64 * 1024;

  /** The most characters of text that aliases may repeat, all aliases of a file together. */
  static final int MAX_REPEATED = 1024 * 1024;

  /** The most aliases to lists or mappings a file may use. */
  static final int MAX_ALIASES = 20;

  /** The deepest nesting of lists and mappings. */
  static final int MAX_DEPTH = 40;

  private final Path file;
  private final Problems problems;
  private final Map<Node, Node> keys = new java.util.IdentityHashMap<>();

  Yaml(Path file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The options every YAML file of Gordian is composed with. */
  static LoaderOptions options(long maxCodePoints) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxCodePoints));
    return options;
  }

  /**
   * Refuses, before parsing, what a YAML file may not hold and what would make parsing slow: a
   * character YAML does not allow (NUL and the other control characters but tab and line breaks),
   * and lines longer than {@link #MAX_LINE}. Each problem is placed at its line and column.
   *
   * @throws GordianException listing every such problem
   */
  static void checkText(Path file, String text) {
    Problems problems = new Problems();
    int line = 1;
    int lineStart = 0;
    int col = 1;   // in characters (code points) of the line
    boolean longReported = false;
    int bad = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        i++;
        line++;
        lineStart = i;
        col = 1;
        longReported = false;
        continue;
      }
      if (!allowed(c)) {
        problems.add(Diagnostic.error(file, line, col, disallowed(c)));
        if (++bad >= 20) {
          break;
        }
      }
      if (!longReported && i - lineStart >= MAX_LINE) {
        int end = text.indexOf('\n', i);
        int length = (end < 0 ? text.length() : end) - lineStart;
        problems.add(Diagnostic.error(file, line, 0, Message.LINE_TOO_LONG.say(line, Message.count(length),
            Message.count(MAX_LINE))));
        longReported = true;
      }
      i += width;
      col++;
    }
    problems.throwIfErrors();
  }

  /** Whether YAML allows the character in a file (line breaks are handled apart). */
  private static boolean allowed(int c) {
    return c == '\t' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static String disallowed(int c) {
    String name = Character.getName(c);
    String shown = String.format("U+%04X%s", c, name == null ? "" : " " + name);
    if (c == 0) {
      return Message.NUL_BYTE.say();
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      return Message.LONE_SURROGATE.say(String.format("U+%04X", c));
    }
    return Message.CONTROL_CHARACTER.say(shown);
  }

  /**
   * Refuses, after composing, what would make a small file expand into a large one: a value longer
   * than {@link #MAX_SCALAR}, and aliases that repeat more than {@link #MAX_REPEATED} characters
   * in all (an alias of a long text repeats all of it wherever it is used). Each problem is placed
   * at the value or at the alias that crossed the budget.
   *
   * @throws GordianException listing the problems
   */
  static void checkSizes(Path file, String text, Node root, LoaderOptions options) {
    Problems problems = new Problems();
    checkScalars(file, root, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()), problems);
    if (text.indexOf('*') >= 0) {   // no alias without an asterisk: most files need no second pass
      checkAliases(file, text, options, problems);
    }
    problems.throwIfErrors();
  }

  private static void checkScalars(Path file, Node node, Set<Node> seen, Problems problems) {
    if (node instanceof ScalarNode s) {
      if (s.getValue().length() > MAX_SCALAR && seen.add(s)) {
        problems.add(at(file, s.getStartMark(), String.format(java.util.Locale.ROOT,
            "a value of %,d characters; one value may hold at most %,d", s.getValue().length(), MAX_SCALAR)));
      }
      return;
    }
    if (node == null || !seen.add(node)) {   // a list or mapping reached again through an alias
      return;
    }
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        checkScalars(file, t.getKeyNode(), seen, problems);
        checkScalars(file, t.getValueNode(), seen, problems);
      }
    } else if (node instanceof SequenceNode q) {
      q.getValue().forEach(n -> checkScalars(file, n, seen, problems));
    }
  }

  /** Adds up what each alias repeats, in the order of the file, and stops at the alias that crosses the budget. */
  private static void checkAliases(Path file, String text, LoaderOptions options, Problems problems) {
    Map<String, Long> sizes = new HashMap<>();
    Deque<long[]> open = new ArrayDeque<>();
    Deque<String> anchors = new ArrayDeque<>();
    long repeated = 0;
    for (Event ev : new org.yaml.snakeyaml.Yaml(options).parse(new StringReader(text))) {
      long size;
      if (ev instanceof ScalarEvent sc) {
        size = sc.getValue().length() + 1L;
        if (sc.getAnchor() != null) {
          sizes.put(sc.getAnchor(), size);
        }
      } else if (ev instanceof CollectionStartEvent cs) {
        open.push(new long[1]);
        anchors.push(cs.getAnchor() == null ? "" : cs.getAnchor());
        continue;
      } else if (ev instanceof CollectionEndEvent) {
        size = open.pop()[0] + 1;
        String anchor = anchors.pop();
        if (!anchor.isEmpty()) {
          sizes.put(anchor, size);
        }
      } else if (ev instanceof AliasEvent al) {
        size = sizes.getOrDefault(al.getAnchor(), 1L);
        repeated += size;
        if (repeated > MAX_REPEATED) {
          problems.add(at(file, ev.getStartMark(), String.format(java.util.Locale.ROOT,
              "aliases repeat more than %,d characters of text (alias '*%s' repeats %,d); a file may not expand"
                  + " references this much", MAX_REPEATED, al.getAnchor(), size)));
          return;
        }
      } else {
        continue;
      }
      if (!open.isEmpty()) {
        open.peek()[0] += size;
      }
    }
  }

  private static Diagnostic at(Path file, Mark mark, String message) {
    return Diagnostic.error(file, mark.getLine() + 1, mark.getColumn() + 1, message);
  }

  Loc loc(Node node) {
    var mark = node.getStartMark();
    return new Loc(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** The key node a value was read under by {@link #map}, or the value itself. */
  Node keyOf(Node value) {
    return keys.getOrDefault(value, value);
  }

  void error(Node node, String message) {
    problems.add(loc(node).error(message));
  }

  /** A mapping's entries by key, checking keys against the allowed ones; null when not a map. */
  Map<String, Node> map(Node node, String what, Set<String> allowed) {
    if (!(node instanceof MappingNode m)) {
      error(node, Message.NOT_A_MAPPING.say(what, describe(node)));
      return null;
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      String key = scalarText(t.getKeyNode());
      if (key == null) {
        error(t.getKeyNode(), Message.KEY_NOT_PLAIN.say(what, describe(t.getKeyNode())));
        continue;
      }
      if (allowed != null && !allowed.contains(key)) {
        error(t.getKeyNode(), Message.UNKNOWN_KEY.say(key, what, Suggest.didYouMean(key, allowed),
            String.join(", ", allowed)));
        continue;
      }
      if (out.containsKey(key)) {
        error(t.getKeyNode(), Message.DUPLICATE_KEY.say(key, what));
        continue;
      }
      out.put(key, t.getValueNode());
      keys.put(t.getValueNode(), t.getKeyNode());
    }
    return out;
  }

  List<Node> list(Node node, String what) {
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode s)) {
      error(node, Message.NOT_A_LIST.say(what, describe(node)));
      return List.of();
    }
    return s.getValue();
  }

  String str(Map<String, Node> m, String key, String what, boolean required, Node owner) {
    Node n = m.get(key);
    if (n == null || isNull(n)) {
      if (required) {
        error(n != null ? n : owner, Message.KEY_MISSING.say(what, key));
      }
      return null;
    }
    String s = scalarText(n);
    if (s == null) {
      error(n, Message.NOT_TEXT.say(key, what, describe(n)));
    }
    return s;
  }

  /**
   * A calendar date written {@code YYYY-MM-DD} (quoted or not), or null when the key is absent; a
   * value that is not such a date is reported with what was found.
   */
  java.time.LocalDate date(Map<String, Node> m, String key, String what) {
    Node n = m.get(key);
    if (n == null || isNull(n)) {
      return null;
    }
    String s = scalarText(n);
    if (s != null && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return java.time.LocalDate.parse(s);
      } catch (java.time.format.DateTimeParseException e) {
        error(n, Message.NOT_A_DAY.say(key, what, s));
        return null;
      }
    }
    error(n, Message.NOT_A_DATE.say(key, what, (s == null ? describe(n) : "'" + s + "'")));
    return null;
  }

  String id(Map<String, Node> m, String key, String what, Node owner) {
    String s = str(m, key, what, true, owner);
    if (s != null && !s.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]*")) {
      error(m.get(key), Message.NOT_AN_ID.say(key, what, s));
      return null;
    }
    return s;
  }

  Integer integer(Map<String, Node> m, String key, String what, Integer dflt) {
    Node n = m.get(key);
    if (n == null || isNull(n)) {
      return dflt;
    }
    return integer(n, "'" + key + "' in " + what);
  }

  Integer integer(Node n, String what) {
    if (n instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
      try {
        return Integer.parseInt(s.getValue().replace("_", ""));
      } catch (NumberFormatException e) {
        error(n, Message.NUMBER_TOO_LARGE.say(what, s.getValue()));
        return null;
      }
    }
    error(n, Message.NOT_A_WHOLE_NUMBER.say(what, describe(n)));
    return null;
  }

  /** A probability: a number in [0, 1]; null (and an error saying so) otherwise. */
  Double probability(Node n, String what) {
    Object v = scalarValue(n);
    if (!(v instanceof Number number) || !Double.isFinite(number.doubleValue())) {
      error(n, Message.NOT_A_PROBABILITY.say(what, describe(n)));
      return null;
    }
    double p = number.doubleValue();
    if (p < 0 || p > 1) {
      error(n, Message.PROBABILITY_OUT_OF_RANGE.say(what, v));
      return null;
    }
    return p;
  }

  List<String> strings(Node n, String what) {
    List<String> out = new ArrayList<>();
    for (Node item : list(n, what)) {
      String s = scalarText(item);
      if (s == null) {
        error(item, Message.ITEM_NOT_TEXT.say(what, describe(item)));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The value of a scalar YAML reads as a boolean: YAML 1.1's words are read as they were meant,
   * {@code true}, {@code yes} and {@code on} (in any of their cases) as true, {@code false},
   * {@code no} and {@code off} as false.
   */
  static boolean bool(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return w.equals("true") || w.equals("yes") || w.equals("on");
  }

  /** A scalar as a Java value: String, Long, Double or Boolean; null when not a scalar. */
  Object scalarValue(Node n) {
    if (!(n instanceof ScalarNode s)) {
      return null;
    }
    String v = s.getValue();
    Tag tag = s.getTag();
    try {
      if (tag.equals(Tag.INT)) {
        return Long.parseLong(v.replace("_", ""));
      }
      if (tag.equals(Tag.FLOAT)) {
        return Double.parseDouble(v.replace("_", ""));
      }
    } catch (NumberFormatException e) {
      return v;
    }
    if (tag.equals(Tag.BOOL)) {
      return bool(v);
    }
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    return v;
  }

  static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  static String scalarText(Node n) {
    if (n instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
      return s.getValue();
    }
    return null;
  }

  static String describe(Node n) {
    if (n instanceof MappingNode) {
      return Message.FOUND_MAPPING.say();
    }
    if (n instanceof SequenceNode) {
      return Message.FOUND_LIST.say();
    }
    if (isNull(n)) {
      return Message.FOUND_NOTHING.say();
    }
    return "'" + ((ScalarNode) n).getValue() + "'";
  }
}
