package org.gordian.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gordian.diag.Problems;
import org.gordian.diag.Suggest;
import org.gordian.model.Loc;
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
  private final Path file;
  private final Problems problems;
  private final Map<Node, Node> keys = new java.util.IdentityHashMap<>();

  Yaml(Path file, Problems problems) {
    this.file = file;
    this.problems = problems;
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
      error(node, what + " must be a mapping of keys to values, found " + describe(node));
      return null;
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      String key = scalarText(t.getKeyNode());
      if (key == null) {
        error(t.getKeyNode(), "keys in " + what + " must be plain words, found " + describe(t.getKeyNode()));
        continue;
      }
      if (allowed != null && !allowed.contains(key)) {
        error(t.getKeyNode(), "unknown key '" + key + "' in " + what + Suggest.didYouMean(key, allowed)
            + " (allowed: " + String.join(", ", allowed) + ")");
        continue;
      }
      if (out.containsKey(key)) {
        error(t.getKeyNode(), "duplicate key '" + key + "' in " + what);
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
      error(node, what + " must be a list, found " + describe(node));
      return List.of();
    }
    return s.getValue();
  }

  String str(Map<String, Node> m, String key, String what, boolean required, Node owner) {
    Node n = m.get(key);
    if (n == null || isNull(n)) {
      if (required) {
        error(n != null ? n : owner, what + " needs '" + key + "'");
      }
      return null;
    }
    String s = scalarText(n);
    if (s == null) {
      error(n, "'" + key + "' in " + what + " must be text, found " + describe(n));
    }
    return s;
  }

  String id(Map<String, Node> m, String key, String what, Node owner) {
    String s = str(m, key, what, true, owner);
    if (s != null && !s.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]*")) {
      error(m.get(key), "'" + key + "' in " + what + " must be letters, digits, '-', '_' or '.', found '" + s + "'");
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
        error(n, what + " is too large: " + s.getValue());
        return null;
      }
    }
    error(n, what + " must be a whole number, found " + describe(n));
    return null;
  }

  List<String> strings(Node n, String what) {
    List<String> out = new ArrayList<>();
    for (Node item : list(n, what)) {
      String s = scalarText(item);
      if (s == null) {
        error(item, "items of " + what + " must be text, found " + describe(item));
      } else {
        out.add(s);
      }
    }
    return out;
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
      return Boolean.parseBoolean(v.toLowerCase());
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
      return "a mapping";
    }
    if (n instanceof SequenceNode) {
      return "a list";
    }
    if (isNull(n)) {
      return "nothing";
    }
    return "'" + ((ScalarNode) n).getValue() + "'";
  }
}
