package org.gordian.load;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Message;
import org.gordian.diag.Problems;
import org.gordian.model.Expectation;
import org.gordian.model.ExpectationsFile;
import org.gordian.model.Located;
import org.gordian.model.PositionRef;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads an expectations file ({@code expectations.yaml} beside a case; the format is described in
 * {@code docs/expectations.md}), reporting every problem with file, line and column.
 */
public final class ExpectationsLoader {
  /** The file name looked for in a case folder. */
  public static final String FILE = "expectations.yaml";

  private static final Set<String> TOP = new LinkedHashSet<>(List.of("case", "expectations"));
  private static final Set<String> ENTRY = new LinkedHashSet<>(List.of("scenario", "deal", "feasible", "vetoed-by",
      "not-vetoed-by", "unlocked-by", "consequence", "generated-feasible", "knot", "holds", "note"));
  private static final Set<String> RANGE = new LinkedHashSet<>(List.of("at-least", "at-most"));

  private ExpectationsLoader() {}

  /** The expectations file a path names: the path itself, or {@code expectations.yaml} inside a folder. */
  public static Path resolve(Path path) {
    return Files.isDirectory(path) ? path.resolve(FILE) : path;
  }

  /**
   * Reads an expectations file.
   *
   * @throws GordianException listing every problem found
   */
  public static ExpectationsFile load(Path path) {
    Path file = resolve(path);
    String text = CaseLoader.readText(file);
    Node root;
    Yaml.checkText(file, text);
    LoaderOptions options = Yaml.options(CaseLoader.MAX_BYTES);
    try {
      root = new org.yaml.snakeyaml.Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark();
      throw new GordianException(Diagnostic.error(file, mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1, Message.NOT_YAML.say(e.getProblem())));
    } catch (YAMLException e) {
      throw new GordianException(Diagnostic.error(file, 0, 0, Message.NOT_YAML.say(e.getMessage())));
    }
    Yaml.checkSizes(file, text, root, options);
    if (root == null) {
      throw new GordianException(Diagnostic.error(file, 1, 0,
          Message.EXPECTATIONS_FILE_EMPTY.say()));
    }
    Problems problems = new Problems();
    Yaml y = new Yaml(file, problems);
    Map<String, Node> top = y.map(root, "the expectations file", TOP);
    List<Expectation> out = new ArrayList<>();
    Path caseFile = file.toAbsolutePath().getParent();
    if (top != null) {
      String c = y.str(top, "case", "the expectations file", false, root);
      if (c != null) {
        caseFile = file.toAbsolutePath().getParent().resolve(c).normalize();
        if (!Files.exists(caseFile)) {
          y.error(top.get("case"), Message.EXPECTED_CASE_MISSING.say(c, caseFile));
        }
      }
      if (top.get("expectations") == null) {
        y.error(root, Message.EXPECTATIONS_MISSING.say());
      }
      for (Node n : y.list(top.get("expectations"), "'expectations'")) {
        Expectation e = entry(y, n);
        if (e != null) {
          out.add(e);
        }
      }
    }
    problems.throwIfErrors();
    return new ExpectationsFile(file, caseFile, out);
  }

  private static Expectation entry(Yaml y, Node n) {
    Map<String, Node> m = y.map(n, "an expectation", ENTRY);
    if (m == null) {
      return null;
    }
    String what = "this expectation";
    String scenario = y.str(m, "scenario", what, false, n);
    if ("baseline".equals(scenario)) {
      scenario = null;
    }
    String deal = y.str(m, "deal", what, false, n);
    Boolean feasible = null;
    if (m.get("feasible") != null) {
      Node f = m.get("feasible");
      if (f instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
        feasible = Yaml.bool(s.getValue());
      } else {
        y.error(f, Message.FEASIBLE_NOT_BOOLEAN.say(Yaml.describe(f)));
      }
    }
    List<Located<PositionRef>> vetoedBy = positions(y, m, "vetoed-by");
    List<Located<PositionRef>> notVetoedBy = positions(y, m, "not-vetoed-by");
    List<Located<PositionRef>> unlockedBy = positions(y, m, "unlocked-by");
    List<String> knot = new ArrayList<>();
    Node k = m.get("knot");
    if (k != null) {
      for (Node item : y.list(k, "'knot'")) {
        String t = Yaml.scalarText(item);
        if (t == null) {
          y.error(item, Message.KNOT_ITEM_NOT_ID.say(Yaml.describe(item)));
        } else {
          knot.add(t);
        }
      }
      if (knot.size() < 2) {
        y.error(k, Message.KNOT_SIZE.say(knot.size()));
      }
    }
    boolean holds = true;
    if (m.get("holds") != null) {
      Node h = m.get("holds");
      if (k == null) {
        y.error(h, Message.HOLDS_WITHOUT_KNOT.say());
      } else if (h instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
        holds = Yaml.bool(s.getValue());
      } else {
        y.error(h, Message.HOLDS_NOT_BOOLEAN.say(Yaml.describe(h)));
      }
    }
    String consequence = y.str(m, "consequence", what, false, n);
    long atLeast = -1;
    long atMost = -1;
    Node range = m.get("generated-feasible");
    if (range != null) {
      Map<String, Node> r = y.map(range, "'generated-feasible'", RANGE);
      if (r != null) {
        Integer lo = y.integer(r, "at-least", "'generated-feasible'", null);
        Integer hi = y.integer(r, "at-most", "'generated-feasible'", null);
        if (lo == null && hi == null) {
          y.error(range, Message.GENERATED_FEASIBLE_WITHOUT_RANGE.say());
        }
        atLeast = lo == null ? -1 : lo;
        atMost = hi == null ? -1 : hi;
      }
    }
    String note = y.str(m, "note", what, false, n);
    boolean aboutDeal = feasible != null || !vetoedBy.isEmpty() || !notVetoedBy.isEmpty();
    int kinds = (aboutDeal ? 1 : 0) + (consequence != null ? 1 : 0) + (range != null ? 1 : 0)
        + (unlockedBy.isEmpty() ? 0 : 1) + (k == null ? 0 : 1);
    if (kinds == 0) {
      y.error(n, Message.EXPECTATION_SAYS_NOTHING.say());
      return null;
    }
    if (kinds > 1) {
      y.error(n, Message.EXPECTATION_SAYS_TWO_THINGS.say());
      return null;
    }
    if ((aboutDeal || !unlockedBy.isEmpty()) && deal == null) {
      y.error(n, Message.EXPECTATION_WITHOUT_DEAL.say());
      return null;
    }
    if (k != null && deal != null) {
      y.error(m.get("deal"), Message.KNOT_WITH_DEAL.say());
      return null;
    }
    if (Boolean.TRUE.equals(feasible) && !vetoedBy.isEmpty()) {
      y.error(m.get("vetoed-by"), Message.FEASIBLE_AND_VETOED.say());
      return null;
    }
    if (range != null && deal != null) {
      y.error(m.get("deal"), Message.GENERATED_FEASIBLE_WITH_DEAL.say());
      return null;
    }
    if (!vetoedBy.isEmpty() && feasible == null) {
      feasible = false;
    }
    return new Expectation(scenario, deal, feasible, vetoedBy, consequence, atLeast, atMost, note, y.loc(n),
        notVetoedBy, unlockedBy, knot, holds);
  }

  /** The positions under this key, one or a list, each written 'party/position'. */
  private static List<Located<PositionRef>> positions(Yaml y, Map<String, Node> m, String key) {
    List<Located<PositionRef>> out = new ArrayList<>();
    Node v = m.get(key);
    if (v != null) {
      List<Node> items = v instanceof SequenceNode ? y.list(v, "'" + key + "'") : List.of(v);
      for (Node item : items) {
        String t = Yaml.scalarText(item);
        PositionRef ref = t == null ? null : PositionRef.parse(t);
        if (ref == null) {
          y.error(item, Message.POSITION_REF_MALFORMED.say(key, Yaml.describe(item)));
        } else {
          out.add(new Located<>(ref, y.loc(item)));
        }
      }
    }
    return out;
  }
}
