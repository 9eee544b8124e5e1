package org.gordian.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Hint;
import org.gordian.diag.Message;
import org.gordian.diag.Problems;
import org.gordian.diag.Suggest;
import org.gordian.facts.internal.MoveTable;
import org.gordian.model.Bounds;
import org.gordian.model.Dating;
import org.gordian.model.Evidence;
import org.gordian.model.CaseDef;
import org.gordian.model.ContextFact;
import org.gordian.model.DealDef;
import org.gordian.model.Loc;
import org.gordian.model.Located;
import org.gordian.model.MoveDef;
import org.gordian.model.Party;
import org.gordian.model.PositionRef;
import org.gordian.model.Scenario;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a case file (YAML) into a {@link CaseDef}, checking every entry and reporting all problems
 * with file, line and column. Parsing is data-only: YAML tags never pick a Java class.
 */
public final class CaseLoader {
  /** Case files larger than this are refused before parsing. */
  public static final long MAX_BYTES = 8L * 1024 * 1024;

  /** The most aliases to lists or mappings a case file may use. */
  static final int MAX_ALIASES = Yaml.MAX_ALIASES;

  private static final String PROJECT_IS = "the nearest folder at or above the case file's folder that holds a"
      + " rules/ folder";

  /** The name of the case as written, which no scenario may take. */
  public static final String BASELINE = "baseline";

  /** The name looked for when a folder is given instead of a file. */
  public static final String CASE_FILE = "case.yaml";

  private static final Set<String> TOP = keys("id", "title", "source", "date", "rules", "parties", "moves",
      "context", "deals", "bounds", "alternatives", "scenarios");
  private static final Set<String> PARTY = keys("id", "name", "factions", "source", "no-deal",
      "bargainer", "positions");
  private static final Set<String> HELD = keys("held", "source", "evidence", "confidence");
  private static final Set<String> OUTCOME = keys("fields", "probability");
  private static final Set<String> FACTION_CHANGE = keys("held");

  /** How far the probabilities of a fact's outcomes may stray from 1 in sum. */
  public static final double PROBABILITY_TOLERANCE = 1e-9;
  private static final Set<String> FACTION = keys("id", "name");
  private static final Set<String> MOVE = keys("id", "party", "kind", "scope", "tags", "description", "source");
  private static final Set<String> CONTEXT = keys("id", "type", "fields", "source", "evidence", "confidence",
      "outcomes");
  private static final Set<String> DEAL = keys("id", "title", "source", "moves");
  private static final Set<String> BOUNDS = keys("moves", "max-moves", "phases", "parties", "require",
      "exclude", "limit");
  private static final Set<String> PARTY_LIMIT = keys("min", "max");
  private static final Set<String> SCENARIO = keys("id", "description", "date", "source", "disable", "context",
      "rules", "deals", "bounds", "factions");
  private static final Set<String> CONTEXT_CHANGE = keys("type", "fields", "source", "evidence",
      "confidence");

  private CaseLoader() {}

  private static Set<String> keys(String... k) {
    return new LinkedHashSet<>(List.of(k));
  }

  /** The case file a path names: the path itself, or {@code case.yaml} inside a folder. */
  public static Path resolve(Path path) {
    return Files.isDirectory(path) ? path.resolve(CASE_FILE) : path;
  }

  /**
   * Reads and checks a case file whose rule folders must lie inside its project ({@link RulesOutside}).
   *
   * @throws GordianException listing every problem found
   */
  public static CaseDef load(Path path) {
    return load(path, RulesOutside.REFUSED);
  }

  /**
   * Reads and checks a case file.
   *
   * @param outside whether the case may name rule folders outside its project
   * @throws GordianException listing every problem found
   */
  public static CaseDef load(Path path, RulesOutside outside) {
    Path file = resolve(path);
    String text = readText(file);
    Problems problems = new Problems();
    Node root;
    Yaml.checkText(file, text);
    LoaderOptions options = Yaml.options(MAX_BYTES);
    try {
      root = new org.yaml.snakeyaml.Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark();
      String what = e.getProblem() == null ? "not valid YAML" : e.getProblem();
      if (what.startsWith("Global tag is not allowed: ")) {
        String tag = what.substring("Global tag is not allowed: ".length());
        throw new GordianException(Diagnostic.error(file, mark == null ? 0 : mark.getLine() + 1,
            mark == null ? 0 : mark.getColumn() + 1, tagMessage(tag)));
      }
      throw new GordianException(Diagnostic.error(file, mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1, Message.NOT_YAML_AT.say(what,
              (e.getContext() != null ? " (" + e.getContext() + ")" : ""))));
    } catch (YAMLException e) {
      throw new GordianException(unmarked(file, text, e));
    }
    Yaml.checkSizes(file, text, root, options);
    if (root == null) {
      throw new GordianException(Diagnostic.error(file, 1, 0,
          Message.CASE_FILE_EMPTY.say()));
    }
    refuseTags(root, new Yaml(file, problems), java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    CaseLoader.Reader reader = new CaseLoader.Reader(file, problems, outside);
    CaseDef def = reader.read(root);
    if (problems.hasErrors()) {
      GordianException e = new GordianException(problems.all());
      throw reader.refusedOutside ? e.withHint(new Hint(Hint.Kind.RULES_OUTSIDE, 0)) : e;
    }
    return def;
  }

  /**
   * The project a case file belongs to: the nearest folder at or above the case file's folder that
   * holds a {@code rules/} folder, or else the case file's own folder; as a real path (links followed).
   */
  public static Path projectRoot(Path caseFile) throws IOException {
    Path start = caseFile.toAbsolutePath().getParent().toRealPath();
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("rules"))) {
        return p;
      }
    }
    return start;
  }

  /** The real path of a path that may not exist: its nearest existing ancestor's real path, then the rest. */
  static Path realPath(Path path) throws IOException {
    Path abs = path.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
  }

  private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ,
      Tag.TIMESTAMP);

  /**
   * Reports every node whose tag is not one of YAML's plain types. The loader never turns a tag
   * into a Java class; refusing them tells the author so instead of reading the value as text.
   */
  private static void refuseTags(Node node, Yaml y, Set<Node> seen) {
    if (node == null || !seen.add(node)) {
      return;
    }
    Tag tag = node.getTag();
    if (!PLAIN_TAGS.contains(tag)) {
      y.error(node, tagMessage(tag.getValue()));
    }
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        refuseTags(t.getKeyNode(), y, seen);
        refuseTags(t.getValueNode(), y, seen);
      }
    } else if (node instanceof SequenceNode q) {
      q.getValue().forEach(n -> refuseTags(n, y, seen));
    }
  }

  private static String tagMessage(String tag) {
    String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    return Message.YAML_TAG.say(shown);
  }

  /** A SnakeYAML failure without a position (alias limits): placed at the alias that broke the limit. */
  private static Diagnostic unmarked(Path file, String text, YAMLException e) {
    String msg = e.getMessage() == null ? "" : e.getMessage();
    if (msg.contains("aliases")) {
      int line = 0;
      int col = 0;
      int count = 0;
      try {
        for (Event ev : new org.yaml.snakeyaml.Yaml(new LoaderOptions()).parse(new StringReader(text))) {
          if (ev instanceof AliasEvent && ++count > MAX_ALIASES) {
            line = ev.getStartMark().getLine() + 1;
            col = ev.getStartMark().getColumn() + 1;
            break;
          }
        }
      } catch (YAMLException ignored) {
        // keep the file-level diagnostic
      }
      return Diagnostic.error(file, line, col, Message.TOO_MANY_YAML_ALIASES.say(MAX_ALIASES));
    }
    return Diagnostic.error(file, 0, 0, Message.NOT_YAML.say(msg.lines().findFirst().orElse(msg)));
  }

  static String readText(Path file) {
    return decodeUtf8(file, readBytes(file));
  }

  /** A file's bytes, refusing folders, devices and files over {@link #MAX_BYTES}. */
  static byte[] readBytes(Path file) {
    byte[] bytes;
    try {
      if (!Files.exists(file)) {
        throw new GordianException(Diagnostic.error(file, 0, 0, Message.NO_SUCH_FILE.say()));
      }
      if (Files.isDirectory(file)) {
        throw new GordianException(Diagnostic.error(file, 0, 0, Message.FOLDER_NOT_FILE.say()));
      }
      if (!Files.isRegularFile(file)) {
        // A named pipe or device would make the read wait for a writer, or never end.
        throw new GordianException(Diagnostic.error(file, 0, 0,
            Message.NOT_REGULAR_FILE.say()));
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new GordianException(Diagnostic.error(file, 0, 0,
            Message.FILE_TOO_LARGE.say(Files.size(file), MAX_BYTES)));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new GordianException(Diagnostic.error(file, 0, 0, Message.CANNOT_READ.say(e.getMessage())), e);
    }
    return bytes;
  }

  /** Decodes UTF-8 strictly, pointing at the line and column of the first bad sequence and saying what is wrong with it. */
  public static String decodeUtf8(Path file, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String s = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      int bad = firstBadSequence(bytes);
      int line = 1;
      int col = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          col = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          col++;   // one column per character, not per byte
        }
      }
      throw new GordianException(Diagnostic.error(file, line, col, Message.NOT_UTF8.say(whatIsWrong(bytes, bad))));
    }
  }

  /**
   * The index of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629): a
   * byte that cannot start one, a sequence cut short, an overlong form, a UTF-16 surrogate, or a
   * value beyond U+10FFFF.
   */
  static int firstBadSequence(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int n = wellFormedLength(b, i);
      if (n <= 0) {
        return i;
      }
      i += n;
    }
    return Math.max(0, b.length - 1);
  }

  /** The length of the well-formed sequence at {@code i}, or 0 when there is none. */
  private static int wellFormedLength(byte[] b, int i) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    int n;
    int lo = 0x80;
    int hi = 0xBF;   // the range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + n > b.length) {
      return 0;
    }
    int second = b[i + 1] & 0xFF;
    if (second < lo || second > hi) {
      return 0;
    }
    for (int k = 2; k < n; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return n;
  }

  /** What is wrong with the sequence at {@code i}, in words, with its bytes. */
  private static String whatIsWrong(byte[] b, int i) {
    int c = b[i] & 0xFF;
    int n = c >= 0xC0 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF7 ? 4 : 0;
    if (n == 0) {
      return Message.UTF8_BAD_START.say(String.format("0x%02X", c));
    }
    StringBuilder shown = new StringBuilder();
    int value = c & (0xFF >> (n + 1));
    int k = 0;
    for (; k < n && i + k < b.length; k++) {
      int x = b[i + k] & 0xFF;
      if (k > 0 && (x & 0xC0) != 0x80) {
        break;
      }
      shown.append(k == 0 ? "" : " ").append(String.format("0x%02X", x));
      if (k > 0) {
        value = (value << 6) | (x & 0x3F);
      }
    }
    if (k < n) {
      return k == 1 ? Message.UTF8_NO_CONTINUATION.say(String.format("0x%02X", c), n)
          : Message.UTF8_SHORT.say(String.format("0x%02X", c), n, k - 1, k == 2 ? "s" : "");
    }
    int least = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
    if (value < least) {
      return Message.UTF8_OVERLONG.say(shown, String.format("U+%04X", value));
    }
    if (value >= 0xD800 && value <= 0xDFFF) {
      return Message.UTF8_SURROGATE.say(shown, String.format("U+%04X", value));
    }
    return Message.UTF8_BEYOND.say(shown, String.format("U+%X", value));
  }

  private static final class Reader {
    private final Path file;
    private final Problems problems;
    private final Yaml y;
    private final RulesOutside outside;
    private Path project;

    /** Set when rules outside the case's project were refused, so that the failure can say how to allow them. */
    boolean refusedOutside;

    Reader(Path file, Problems problems, RulesOutside outside) {
      this.file = file;
      this.problems = problems;
      this.y = new Yaml(file, problems);
      this.outside = outside;
    }

    /** A path written in the case file, relative to its folder; null (and an error) when it is no path at all. */
    private Path resolvePath(Node entry, String written) {
      try {
        return file.toAbsolutePath().getParent().resolve(written).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        y.error(entry, Message.RULES_NOT_A_PATH.say(written.replace("\0", "\\0"), e.getReason()));
        return null;
      }
    }

    /**
     * Refuses a rule folder or file (and any rule file in it) whose real path lies outside the
     * case's project, unless rules outside are allowed.
     */
    private void confine(Node entry, String written, Path resolved) {
      if (outside == RulesOutside.ALLOWED) {
        return;
      }
      try {
        if (project == null) {
          project = projectRoot(file);
        }
        Path real = realPath(resolved);
        if (!real.startsWith(project)) {
          y.error(entry, Message.RULES_OUTSIDE_PROJECT.say(written, real,
              (real.equals(resolved.toAbsolutePath().normalize()) ? "" : Message.AFTER_LINKS.say()), project,
              PROJECT_IS));
          refusedOutside = true;
          return;
        }
        if (!Files.isDirectory(resolved)) {
          return;
        }
        for (Path f : RuleLoader.ruleFiles(List.of(new Located<>(resolved, y.loc(entry))), new Problems())) {
          Path realFile = f.toRealPath();
          if (!realFile.startsWith(project)) {
            y.error(entry, Message.RULE_LINK_OUTSIDE_PROJECT.say(resolved.relativize(f), written, realFile, project));
            refusedOutside = true;
          }
        }
      } catch (IOException e) {
        y.error(entry, Message.RULES_PLACE_UNKNOWN.say(written, e.getClass().getSimpleName(), e.getMessage()));
      }
    }

    CaseDef read(Node root) {
      Map<String, Node> top = y.map(root, "the case file", TOP);
      if (top == null) {
        throw new GordianException(problems.all());
      }
      String id = y.id(top, "id", "the case", root);
      String title = y.str(top, "title", "the case", false, root);
      String source = y.str(top, "source", "the case", false, root);
      LocalDate date = y.date(top, "date", "the case");

      List<Located<Path>> rules = new ArrayList<>();
      Node rulesNode = top.get("rules");
      if (rulesNode == null) {
        y.error(root, Message.CASE_WITHOUT_RULES.say());
      } else {
        if (rulesNode instanceof SequenceNode seq && seq.getValue().isEmpty() || Yaml.isNull(rulesNode)) {
          y.error(rulesNode, Message.RULES_EMPTY.say());
        }
        for (Node n : y.list(rulesNode, "'rules'")) {
          String r = Yaml.scalarText(n);
          if (r == null) {
            y.error(n, Message.RULES_ITEM_NOT_PATH.say(Yaml.describe(n)));
          } else {
            Path resolved = resolvePath(n, r);
            if (resolved != null) {
              confine(n, r, resolved);
              rules.add(new Located<>(resolved, y.loc(n)));
            }
          }
        }
      }

      List<Party> parties = readParties(top.get("parties"), root);
      Set<String> partyIds = new LinkedHashSet<>();
      parties.forEach(p -> partyIds.add(p.id()));

      List<MoveDef> moves = readMoves(top.get("moves"), partyIds, root);
      Map<String, MoveDef> moveIds = new LinkedHashMap<>();
      moves.forEach(m -> moveIds.put(m.id(), m));

      List<ContextFact> context = readContext(top.get("context"));
      List<DealDef> deals = readDeals(top.get("deals"), moveIds.keySet(), "'deals'");
      Bounds bounds = readBounds(top.get("bounds"), root, moves, partyIds, null);
      if (bounds != null) {
        bounds = bounds.withAlternatives(readAlternatives(top.get("alternatives"), moveIds.keySet()));
        checkAlternatives(bounds, deals);
      }
      List<Scenario> scenarios = readScenarios(top.get("scenarios"), moves, parties, context, deals, bounds);
      return new CaseDef(file, id, title == null ? id : title, source, rules, parties, moves, context, deals,
          bounds, scenarios, date);
    }

    private List<Party> readParties(Node node, Node root) {
      List<Party> out = new ArrayList<>();
      if (node == null) {
        y.error(root, Message.CASE_WITHOUT_PARTIES.say());
        return out;
      }
      Set<String> seen = new HashSet<>();
      for (Node n : y.list(node, "'parties'")) {
        Map<String, Node> m = y.map(n, "a party", PARTY);
        if (m == null) {
          continue;
        }
        String pid = y.id(m, "id", "a party", n);
        if (pid == null) {
          continue;
        }
        if (!seen.add(pid)) {
          y.error(m.get("id"), Message.DUPLICATE_PARTY_ID.say(pid));
        }
        List<Party.Faction> factions = new ArrayList<>();
        for (Node f : y.list(m.get("factions"), "'factions' of party '" + pid + "'")) {
          Map<String, Node> fm = y.map(f, "a faction", FACTION);
          if (fm != null) {
            String fid = y.id(fm, "id", "a faction of '" + pid + "'", f);
            String fname = y.str(fm, "name", "a faction", false, f);
            if (fid != null) {
              factions.add(new Party.Faction(fid, fname == null ? fid : fname, y.loc(f)));
            }
          }
        }
        String name = y.str(m, "name", "party '" + pid + "'", false, n);
        double noDeal = 0;
        if (m.containsKey("no-deal")) {
          Object v = y.scalarValue(m.get("no-deal"));
          if (v instanceof Number number && Double.isFinite(number.doubleValue())) {
            noDeal = number.doubleValue();
          } else {
            y.error(m.get("no-deal"), Message.NO_DEAL_NOT_NUMBER.say(pid, Yaml.describe(m.get("no-deal"))));
          }
        }
        boolean bargainer = true;
        if (m.containsKey("bargainer")) {
          Object v = y.scalarValue(m.get("bargainer"));
          if (v instanceof Boolean b) {
            bargainer = b;
          } else {
            y.error(m.get("bargainer"), Message.BARGAINER_NOT_BOOLEAN.say(pid, Yaml.describe(m.get("bargainer"))));
          }
        }
        out.add(new Party(pid, name == null ? pid : name, factions, y.loc(n), noDeal, bargainer,
            readHeld(m.get("positions"), pid)));
      }
      if (out.isEmpty() && !problems.hasErrors()) {
        y.error(node, Message.PARTIES_EMPTY.say());
      }
      return out;
    }

    /** Reads a party's 'positions': each position's name with the probability that the party holds it. */
    private List<Party.Held> readHeld(Node node, String pid) {
      List<Party.Held> out = new ArrayList<>();
      if (node == null || Yaml.isNull(node)) {
        return out;
      }
      Map<String, Node> pm = y.map(node, "'positions' of party '" + pid + "'", null);
      if (pm == null) {
        return out;
      }
      pm.forEach((position, value) -> {
        String what = "position '" + pid + "/" + position + "'";
        Map<String, Node> hm = y.map(value, what, HELD);
        if (hm == null) {
          return;
        }
        double held = 1;
        if (hm.containsKey("held")) {
          Double p = y.probability(hm.get("held"), "'held' of " + what);
          if (p == null) {
            return;
          }
          held = p;
        }
        out.add(new Party.Held(position, held, readEvidence(hm, what, value), y.loc(y.keyOf(value))));
      });
      return out;
    }

    private List<MoveDef> readMoves(Node node, Set<String> partyIds, Node root) {
      List<MoveDef> out = new ArrayList<>();
      if (node == null) {
        y.error(root, Message.CASE_WITHOUT_MOVES.say());
        return out;
      }
      Set<String> seen = new HashSet<>();
      for (Node n : y.list(node, "'moves'")) {
        Map<String, Node> m = y.map(n, "a move", MOVE);
        if (m == null) {
          continue;
        }
        String mid = y.id(m, "id", "a move", n);
        if (mid == null) {
          continue;
        }
        String what = "move '" + mid + "'";
        if (!seen.add(mid)) {
          y.error(m.get("id"), Message.DUPLICATE_MOVE_ID.say(mid));
        }
        String party = y.str(m, "party", what, true, n);
        if (party != null && !partyIds.contains(party)) {
          y.error(m.get("party"), Message.UNKNOWN_PARTY_LISTED.say(party, what, Suggest.didYouMean(party, partyIds),
              String.join(", ", partyIds)));
        }
        String kind = y.str(m, "kind", what, true, n);
        String scope = y.str(m, "scope", what, false, n);
        List<String> tags = y.strings(m.get("tags"), "'tags' of " + what);
        String description = y.str(m, "description", what, false, n);
        String source = y.str(m, "source", what, false, n);
        out.add(new MoveDef(mid, party, kind, scope, tags, description == null ? mid : description, source,
            y.loc(n)));
      }
      if (out.size() > MoveTable.MAX_MOVES) {
        y.error(node, Message.TOO_MANY_MOVES_IN_CASE.say(out.size(), MoveTable.MAX_MOVES));
      }
      return out;
    }

    private List<ContextFact> readContext(Node node) {
      List<ContextFact> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Node n : y.list(node, "'context'")) {
        Map<String, Node> m = y.map(n, "a context fact", CONTEXT);
        if (m == null) {
          continue;
        }
        String cid = y.id(m, "id", "a context fact", n);
        String type = y.str(m, "type", "context fact '" + cid + "'", true, n);
        if (cid == null || type == null) {
          continue;
        }
        if (!seen.add(cid)) {
          y.error(m.get("id"), Message.DUPLICATE_CONTEXT_FACT_ID.say(cid));
        }
        ContextFact fact = readFields(cid, type, m.get("fields"), y.loc(n),
            readEvidence(m, "context fact '" + cid + "'", n));
        out.add(new ContextFact(fact.id(), fact.type(), fact.fields(), fact.fieldLocs(), fact.loc(), fact.evidence(),
            readOutcomes(m.get("outcomes"), cid)));
      }
      return out;
    }

    /** Reads a context fact's 'outcomes': fields with probabilities that add up to 1. */
    private List<ContextFact.Outcome> readOutcomes(Node node, String cid) {
      List<ContextFact.Outcome> out = new ArrayList<>();
      if (node == null || Yaml.isNull(node)) {
        return out;
      }
      String whose = "context fact '" + cid + "'";
      boolean complete = true;
      double sum = 0;
      for (Node n : y.list(node, "'outcomes' of " + whose)) {
        Map<String, Node> m = y.map(n, "an outcome of " + whose, OUTCOME);
        if (m == null) {
          complete = false;
          continue;
        }
        Double p = null;
        if (!m.containsKey("probability")) {
          y.error(n, Message.OUTCOME_WITHOUT_PROBABILITY.say(whose));
        } else {
          p = y.probability(m.get("probability"), "the probability of an outcome of " + whose);
        }
        Node fieldsNode = m.get("fields");
        if (fieldsNode == null || Yaml.isNull(fieldsNode)) {
          y.error(n, Message.OUTCOME_WITHOUT_FIELDS.say(whose));
          complete = false;
          continue;
        }
        ContextFact fields = readFields(cid, null, fieldsNode, y.loc(n), null);
        if (fields.fields().isEmpty()) {
          y.error(fieldsNode, Message.OUTCOME_FIELDS_EMPTY.say(whose));
        }
        if (p == null) {
          complete = false;
          continue;
        }
        sum += p;
        out.add(new ContextFact.Outcome(fields.fields(), fields.fieldLocs(), p, y.loc(n)));
      }
      if (complete && !out.isEmpty() && Math.abs(sum - 1) > PROBABILITY_TOLERANCE) {
        y.error(y.keyOf(node), Message.OUTCOME_PROBABILITIES_SUM.say(whose,
            java.math.BigDecimal.valueOf(sum).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString()));
      }
      if (complete && out.isEmpty() && node instanceof SequenceNode) {
        y.error(y.keyOf(node), Message.OUTCOMES_EMPTY.say(whose));
      }
      return out;
    }

    /** The 'source', 'evidence' and 'confidence' of a map, or null when it gives no source. */
    private Evidence readEvidence(Map<String, Node> m, String what, Node n) {
      String source = y.str(m, "source", what, false, n);
      String text = y.str(m, "evidence", what, false, n);
      String confidence = y.str(m, "confidence", what, false, n);
      Evidence.Confidence level = null;
      if (confidence != null) {
        level = Evidence.Confidence.of(confidence).orElse(null);
        if (level == null) {
          y.error(m.get("confidence"), Message.CONFIDENCE_UNKNOWN.say(what, confidence));
        }
      }
      if (source == null) {
        if (text != null || confidence != null) {
          y.error(m.containsKey("evidence") ? m.get("evidence") : m.get("confidence"), Message.EVIDENCE_WITHOUT_SOURCE.say(what,
              (text != null ? "'evidence'" : "'confidence'")));
        }
        return null;
      }
      return new Evidence(source, text, level);
    }

    private ContextFact readFields(String cid, String type, Node fieldsNode, Loc loc, Evidence evidence) {
      Map<String, Object> fields = new LinkedHashMap<>();
      Map<String, Loc> locs = new HashMap<>();
      if (fieldsNode != null && !Yaml.isNull(fieldsNode)) {
        Map<String, Node> fm = y.map(fieldsNode, "'fields' of context fact '" + cid + "'", null);
        if (fm != null) {
          fm.forEach((k, v) -> {
            Object value = y.scalarValue(v);
            if (value == null) {
              y.error(v, Message.FACT_FIELD_NOT_SCALAR.say(k, cid, Yaml.describe(v)));
            } else {
              fields.put(k, value);
              locs.put(k, y.loc(v));
            }
          });
        }
      }
      return new ContextFact(cid, type, fields, locs, loc, evidence);
    }

    private List<DealDef> readDeals(Node node, Set<String> moveIds, String where) {
      List<DealDef> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Node n : y.list(node, where)) {
        Map<String, Node> m = y.map(n, "a deal", DEAL);
        if (m == null) {
          continue;
        }
        String did = y.id(m, "id", "a deal", n);
        if (did == null) {
          continue;
        }
        String what = "deal '" + did + "'";
        if (!seen.add(did)) {
          y.error(m.get("id"), Message.DUPLICATE_DEAL_ID.say(did));
        }
        String title = y.str(m, "title", what, false, n);
        String source = y.str(m, "source", what, false, n);
        Map<String, Integer> phases = new LinkedHashMap<>();
        Node movesNode = m.get("moves");
        if (movesNode == null) {
          y.error(n, Message.DEAL_WITHOUT_MOVES.say(what));
        } else {
          Map<String, Node> mm = y.map(movesNode, "'moves' of " + what, null);
          if (mm != null) {
            mm.forEach((moveId, phaseNode) -> {
              if (!moveIds.contains(moveId)) {
                y.error(phaseNode, Message.UNKNOWN_MOVE.say(moveId, what, Suggest.didYouMean(moveId, moveIds)));
                return;
              }
              Integer phase = y.integer(phaseNode, "the phase of '" + moveId + "' in " + what);
              if (phase != null && (phase < 1 || phase > 60)) {
                y.error(phaseNode, Message.PHASE_OUT_OF_RANGE.say(moveId, what, phase));
              } else if (phase != null) {
                phases.put(moveId, phase);
              }
            });
            if (mm.isEmpty()) {
              y.error(movesNode, Message.DEAL_MOVES_EMPTY.say(what));
            }
          }
        }
        int max = phases.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int p = 1; p < max; p++) {
          if (!phases.containsValue(p)) {
            y.error(y.keyOf(movesNode), Message.PHASE_GAP.say(what, max, p));
            break;
          }
        }
        out.add(new DealDef(did, title == null ? did : title, source, phases, y.loc(n)));
      }
      return out;
    }

    /**
     * Reads a 'bounds' map; keys it leaves out take the values of {@code base} (a scenario's bounds
     * over the case's), or the defaults when there is none.
     */
    private Bounds readBounds(Node node, Node root, List<MoveDef> moves, Set<String> partyIds, Bounds base) {
      List<String> all = moves.stream().map(MoveDef::id).toList();
      Set<String> moveIds = new LinkedHashSet<>(all);
      if (node == null) {
        return base != null ? base
            : new Bounds(all, Math.min(3, all.size()), 2, Map.of(), List.of(), Bounds.DEFAULT_LIMIT, y.loc(root));
      }
      Map<String, Node> m = y.map(node, "'bounds'", BOUNDS);
      if (m == null) {
        return null;
      }
      List<String> allowed = m.containsKey("moves") ? checkMoves(m.get("moves"), moveIds, "'bounds.moves'")
          : base != null ? base.moves() : all;
      List<String> exclude = checkMoves(m.get("exclude"), moveIds, "'bounds.exclude'");
      List<String> require = m.containsKey("require") || base == null
          ? checkMoves(m.get("require"), moveIds, "'bounds.require'") : base.require();
      for (String r : require) {
        if (exclude.contains(r) || !allowed.contains(r)) {
          y.error(m.get("require"), Message.REQUIRED_MOVE_EXCLUDED.say(r));
        }
      }
      List<String> space = allowed.stream().filter(id -> !exclude.contains(id)).toList();
      Integer maxMoves = y.integer(m, "max-moves", "'bounds'", base != null ? base.maxMoves() : Math.min(3, space.size()));
      Integer phases = y.integer(m, "phases", "'bounds'", base != null ? base.phases() : 2);
      Integer limit = y.integer(m, "limit", "'bounds'", base != null ? (int) Math.min(Integer.MAX_VALUE, base.limit()) : null);
      if (maxMoves != null && (maxMoves < 1 || maxMoves > MoveTable.MAX_MOVES)) {
        y.error(m.get("max-moves"), Message.MAX_MOVES_OUT_OF_RANGE.say(maxMoves, space.size()));
      } else if (maxMoves != null && maxMoves < require.size()) {
        y.error(m.get("max-moves"), Message.MAX_MOVES_BELOW_REQUIRED.say(maxMoves, require.size()));
      }
      if (phases != null && (phases < 1 || phases > 60)) {
        y.error(m.get("phases"), Message.PHASES_OUT_OF_RANGE.say(phases));
      }
      if (limit != null && limit < 1) {
        y.error(m.get("limit"), Message.LIMIT_TOO_SMALL.say(limit));
      }
      Map<String, Bounds.PartyLimit> partyLimits = new LinkedHashMap<>();
      Node partiesNode = m.get("parties");
      if (partiesNode == null && base != null) {
        partyLimits.putAll(base.parties());
      }
      if (partiesNode != null) {
        Map<String, Node> pm = y.map(partiesNode, "'bounds.parties'", null);
        if (pm != null) {
          pm.forEach((party, limitNode) -> {
            if (!partyIds.contains(party)) {
              y.error(limitNode, Message.BOUNDS_UNKNOWN_PARTY.say(party, Suggest.didYouMean(party, partyIds)));
              return;
            }
            Map<String, Node> lm = y.map(limitNode, "the bounds of party '" + party + "'", PARTY_LIMIT);
            if (lm == null) {
              return;
            }
            Integer min = y.integer(lm, "min", "the bounds of '" + party + "'", 0);
            Integer max = y.integer(lm, "max", "the bounds of '" + party + "'", MoveTable.MAX_MOVES);
            if (min != null && max != null) {
              if (min < 0 || max < min) {
                y.error(limitNode, Message.PARTY_BOUNDS_INVERTED.say(party, min, max));
              }
              partyLimits.put(party, new Bounds.PartyLimit(min, max));
            }
          });
        }
      }
      if (maxMoves == null || phases == null) {
        return null;
      }
      int minSum = 0;
      for (var e : partyLimits.entrySet()) {
        long available = space.stream().filter(mid -> moves.stream()
            .anyMatch(mv -> mv.id().equals(mid) && e.getKey().equals(mv.party()))).count();
        if (e.getValue().min() > available) {
          y.error(partiesNode != null ? y.keyOf(partiesNode) : node, Message.PARTY_MINIMUM_UNREACHABLE.say(e.getKey(),
              e.getValue().min(), available));
        }
        minSum += e.getValue().min();
      }
      if (minSum > maxMoves) {
        y.error(partiesNode != null ? y.keyOf(partiesNode) : node, Message.MINIMUMS_EXCEED_MAX_MOVES.say(minSum,
            maxMoves));
      }
      return new Bounds(space, maxMoves, phases, partyLimits, require, limit == null ? Bounds.DEFAULT_LIMIT : limit,
          y.loc(node), base != null ? base.alternatives() : List.of());
    }

    /** Reads 'alternatives': groups of two or more moves, of which a deal may hold one at most. */
    private List<List<String>> readAlternatives(Node node, Set<String> moveIds) {
      List<List<String>> out = new ArrayList<>();
      for (Node group : y.list(node, "'alternatives'")) {
        List<String> moves = checkMoves(group, moveIds, "a group of 'alternatives'");
        if (!(group instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) || moves.size() < seq.getValue().size()) {
          continue;   // reported already (not a list, or unknown moves); a second error would only repeat it
        }
        if (new LinkedHashSet<>(moves).size() != moves.size()) {
          y.error(group, Message.ALTERNATIVES_MOVE_TWICE.say());
        } else if (moves.size() < 2) {
          y.error(group, Message.ALTERNATIVES_TOO_FEW.say(moves.size()));
        } else {
          out.add(moves);
        }
      }
      return out;
    }

    /** Refuses bounds that require two alternatives, and listed deals that hold two. */
    private void checkAlternatives(Bounds bounds, List<DealDef> deals) {
      for (List<String> group : bounds.alternatives()) {
        List<String> required = group.stream().filter(bounds.require()::contains).toList();
        if (required.size() > 1) {
          problems.add(bounds.loc().error(Message.REQUIRED_ALTERNATIVES.say(required.stream().map(r -> "'" + r + "'")
              .collect(java.util.stream.Collectors.joining(" and ")))));
        }
        for (DealDef d : deals) {
          List<String> held = group.stream().filter(d.phases()::containsKey).toList();
          if (held.size() > 1) {
            problems.add(d.loc().error(Message.DEAL_HOLDS_ALTERNATIVES.say(d.id(),
                held.stream().map(r -> "'" + r + "'")
                .collect(java.util.stream.Collectors.joining(" and ")),
                String.join(", ", group))));
          }
        }
      }
    }

    private List<String> checkMoves(Node node, Set<String> moveIds, String what) {
      List<String> out = new ArrayList<>();
      for (Node n : y.list(node, what)) {
        String s = Yaml.scalarText(n);
        if (s == null) {
          y.error(n, Message.MOVE_ITEM_NOT_ID.say(what, Yaml.describe(n)));
        } else if (!moveIds.contains(s)) {
          y.error(n, Message.UNKNOWN_MOVE.say(s, what, Suggest.didYouMean(s, moveIds)));
        } else {
          out.add(s);
        }
      }
      return out;
    }

    /** Reads a scenario's 'factions': {@code party/faction} to {@code off} or {@code {held: p}}. */
    private List<Scenario.FactionChange> readFactionChanges(Node node, String what, List<Party> parties) {
      List<Scenario.FactionChange> out = new ArrayList<>();
      if (node == null || Yaml.isNull(node)) {
        return out;
      }
      Map<String, Node> fm = y.map(node, "'factions' of " + what, null);
      if (fm == null) {
        return out;
      }
      List<String> known = new ArrayList<>();
      parties.forEach(p -> p.factions().forEach(f -> known.add(p.id() + "/" + f.id())));
      fm.forEach((name, value) -> {
        Node key = y.keyOf(value);
        PositionRef ref = PositionRef.parse(name);
        Party party = ref == null ? null
            : parties.stream().filter(p -> p.id().equals(ref.party())).findFirst().orElse(null);
        if (ref == null) {
          y.error(key, Message.FACTION_REF_MALFORMED.say(what, name));
          return;
        }
        if (party == null || party.faction(ref.position()).isEmpty()) {
          y.error(key, Message.UNKNOWN_FACTION.say(name, what, Suggest.didYouMean(name, known),
              (known.isEmpty() ? Message.NO_FACTIONS.say()
                  : String.join(", ", known))));
          return;
        }
        Object v = y.scalarValue(value);
        if (Boolean.FALSE.equals(v)) {
          out.add(new Scenario.FactionChange(ref.party(), ref.position(), null, y.loc(key)));
          return;
        }
        Map<String, Node> hm = value instanceof MappingNode ? y.map(value, "the change of faction '" + name + "'",
            FACTION_CHANGE) : null;
        if (hm == null || !hm.containsKey("held")) {
          y.error(value, Message.FACTION_CHANGE_MALFORMED.say(name, what, Yaml.describe(value)));
          return;
        }
        Double p = y.probability(hm.get("held"), "'held' of faction '" + name + "' in " + what);
        if (p != null) {
          out.add(new Scenario.FactionChange(ref.party(), ref.position(), p, y.loc(key)));
        }
      });
      return out;
    }

    private List<Scenario> readScenarios(Node node, List<MoveDef> moveDefs, List<Party> parties,
        List<ContextFact> context, List<DealDef> baselineDeals, Bounds caseBounds) {
      Set<String> partyIds = new LinkedHashSet<>();
      parties.forEach(p -> partyIds.add(p.id()));
      Set<String> moveIds = new LinkedHashSet<>();
      moveDefs.forEach(mv -> moveIds.add(mv.id()));
      List<Scenario> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      Set<String> listedIds = new HashSet<>();
      baselineDeals.forEach(d -> listedIds.add(d.id()));
      Set<String> contextIds = new LinkedHashSet<>();
      context.forEach(c -> contextIds.add(c.id()));
      for (Node n : y.list(node, "'scenarios'")) {
        Map<String, Node> m = y.map(n, "a scenario", SCENARIO);
        if (m == null) {
          continue;
        }
        String sid = y.id(m, "id", "a scenario", n);
        if (sid == null) {
          continue;
        }
        String what = "scenario '" + sid + "'";
        if (sid.equals(BASELINE)) {
          y.error(m.get("id"), Message.SCENARIO_NAMED_BASELINE.say(BASELINE));
        } else if (!seen.add(sid)) {
          y.error(m.get("id"), Message.DUPLICATE_SCENARIO_ID.say(sid));
        }
        String description = y.str(m, "description", what, false, n);
        LocalDate date = y.date(m, "date", what);
        String dateSource = y.str(m, "source", what, false, n);
        if (dateSource != null && date == null && !m.containsKey("date")) {
          y.error(m.get("source"), Message.SCENARIO_SOURCE_WITHOUT_DATE.say(what));
        }
        List<Located<PositionRef>> disable = new ArrayList<>();
        for (Node d : y.list(m.get("disable"), "'disable' of " + what)) {
          String text = Yaml.scalarText(d);
          PositionRef ref = text == null ? null : PositionRef.parse(text);
          if (ref == null) {
            y.error(d, Message.DISABLE_ITEM_MALFORMED.say(Yaml.describe(d)));
          } else if (!partyIds.contains(ref.party())) {
            y.error(d, Message.UNKNOWN_PARTY.say(ref.party(), what, Suggest.didYouMean(ref.party(), partyIds)));
          } else {
            disable.add(new Located<>(ref, y.loc(d)));
          }
        }
        Map<String, ContextFact> changes = new LinkedHashMap<>();
        Node ctx = m.get("context");
        if (ctx != null) {
          Map<String, Node> cm = y.map(ctx, "'context' of " + what, null);
          if (cm != null) {
            cm.forEach((cid, change) -> {
              if (Yaml.isNull(change)) {
                if (!contextIds.contains(cid)) {
                  y.error(change, Message.SCENARIO_REMOVES_UNKNOWN_FACT.say(what, cid,
                      Suggest.didYouMean(cid, contextIds)));
                }
                changes.put(cid, null);
                return;
              }
              Map<String, Node> chm = y.map(change, "the change of context fact '" + cid + "'", CONTEXT_CHANGE);
              if (chm == null) {
                return;
              }
              String type = y.str(chm, "type", "context fact '" + cid + "'", false, change);
              if (type == null && !contextIds.contains(cid)) {
                y.error(y.keyOf(change), Message.SCENARIO_CHANGES_UNKNOWN_FACT.say(what, cid,
                    Suggest.didYouMean(cid, contextIds)));
                return;
              }
              changes.put(cid, readFields(cid, type, chm.get("fields"), y.loc(change),
                  readEvidence(chm, "the change of context fact '" + cid + "'", change)));
            });
          }
        }
        List<Located<Path>> rules = new ArrayList<>();
        for (Node r : y.list(m.get("rules"), "'rules' of " + what)) {
          String p = Yaml.scalarText(r);
          if (p == null) {
            y.error(r, Message.SCENARIO_RULES_ITEM_NOT_PATH.say(Yaml.describe(r)));
            continue;
          }
          Path resolved = resolvePath(r, p);
          if (resolved == null) {
            continue;
          }
          if (!Files.exists(resolved)) {
            y.error(r, Message.SCENARIO_RULES_MISSING.say(what, p, resolved));
          } else {
            confine(r, p, resolved);
          }
          rules.add(new Located<>(resolved, y.loc(r)));
        }
        List<DealDef> deals = readDeals(m.get("deals"), moveIds, "'deals' of " + what);
        for (DealDef d : deals) {
          if (listedIds.contains(d.id())) {
            problems.add(d.loc().error(Message.SCENARIO_DEAL_ALREADY_LISTED.say(what, d.id())));
          }
        }
        Bounds bounds = m.containsKey("bounds") && caseBounds != null
            ? readBounds(m.get("bounds"), n, moveDefs, partyIds, caseBounds) : null;
        if (caseBounds != null) {
          checkAlternatives(bounds != null ? bounds : caseBounds, deals);
        }
        out.add(new Scenario(sid, description == null ? "" : description, disable, changes, rules, deals, y.loc(n),
            bounds, readFactionChanges(m.get("factions"), what, parties),
            date == null ? null : new Dating(date, dateSource)));
      }
      return out;
    }
  }
}
