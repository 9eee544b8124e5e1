package org.gordian.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.gordian.model.CaseDef;
import org.gordian.model.ContextFact;
import org.gordian.model.PositionRef;
import org.gordian.model.Scenario;
import org.gordian.model.drl.Code;
import org.gordian.model.drl.JavaTokens;
import org.gordian.model.drl.JavaTokens.Token;
import org.gordian.model.drl.RuleFile;
import org.gordian.model.drl.RuleInfo;

/**
 * The single small changes of a model that sensitivity analysis tries, each on its own: every
 * position switched off, every veto rule made a concern, every context field through its other
 * values, and every phase comparison in a rule's conditions made strict or non-strict and read at
 * the other end of the phases. Rule changes are made on copies of the rule texts, located through
 * the rule model Drools' parser gave (the code of each condition and consequence, with its offset
 * in the file), never by searching the whole file; the files themselves are never written.
 */
public final class Perturbations {
  /** Words that read a phase of a deal; a comparison with one of them on either side is a phase comparison. */
  private static final Pattern PHASE_WORD = Pattern.compile("phaseOf|phaseCount|(first|last)Phase\\w*");
  private static final Pattern END_WORD = Pattern.compile("(first|last)(Phase\\w*)");
  /** Symbols that end an operand of a comparison, outside brackets. */
  private static final Set<String> OPERAND_ENDS = Set.of(",", "|", "&", ";", "?", ":", "=", "<", ">", "{", "}");
  private static final String CONCERN = "new org.gordian.facts.Concern(-1, ";

  private Perturbations() {}

  /**
   * A change of a rule file's text.
   *
   * @param perturbation the change, in words
   * @param file the file changed
   * @param text the file's whole text with the change made
   */
  public record RuleEdit(Perturbation perturbation, Path file, String text) {}

  /** Every position switched off in turn, except those already off. */
  public static List<Perturbation> positionsOff(Collection<PositionRef> positions, Collection<PositionRef> off) {
    return positions.stream().filter(p -> !off.contains(p)).sorted().map(Perturbation::positionOff).toList();
  }

  /**
   * Every field of every context fact of the run set in turn to each of its other values: a boolean
   * to the other one, a text field to each other value the case gives that field of that type (in
   * its context or its scenarios) or a rule compares it with. Number fields are left as they are:
   * no value near them is more natural than another.
   *
   * @param facts the context facts of the run
   * @param caseDef the case, whose context and scenarios give each field's values
   * @param sources the rule files, whose declarations give the fields' types and whose conditions
   *     the values compared with
   */
  public static List<Perturbation> contexts(List<ContextFact> facts, CaseDef caseDef, List<RuleFile> sources) {
    Map<String, Map<String, String>> fieldTypes = new LinkedHashMap<>();
    for (RuleFile f : sources) {
      for (RuleFile.DeclaredType t : f.declaredTypes()) {
        Map<String, String> fields = fieldTypes.computeIfAbsent(t.name(), k -> new LinkedHashMap<>());
        t.fields().forEach(x -> fields.put(x.name(), x.type()));
      }
    }
    Map<String, Set<Object>> values = new TreeMap<>();
    Map<String, String> typeOf = new LinkedHashMap<>();
    caseDef.context().forEach(c -> {
      typeOf.put(c.id(), c.type());
      c.fields().forEach((k, v) -> values.computeIfAbsent(c.type() + "." + k, x -> new LinkedHashSet<>()).add(v));
      c.outcomes().forEach(o -> o.fields().forEach((k, v) -> values.computeIfAbsent(c.type() + "." + k,
          x -> new LinkedHashSet<>()).add(v)));
    });
    for (Scenario s : caseDef.scenarios()) {
      s.context().forEach((id, c) -> {
        if (c == null) {
          return;
        }
        String type = c.type() != null ? c.type() : typeOf.get(id);
        c.fields().forEach((k, v) -> values.computeIfAbsent(type + "." + k, x -> new LinkedHashSet<>()).add(v));
      });
    }
    for (RuleFile f : sources) {
      for (RuleInfo r : f.rules()) {
        for (RuleInfo.PatternInfo p : r.patterns()) {
          String type = p.type().substring(p.type().lastIndexOf('.') + 1);
          Map<String, String> fields = fieldTypes.getOrDefault(type, Map.of());
          for (Code c : r.conditions()) {
            List<Token> t = c.tokens().tokens();
            for (int i = 0; i + 3 < t.size(); i++) {
              if (t.get(i).kind() == JavaTokens.Kind.WORD && fields.containsKey(t.get(i).text())
                  && (t.get(i + 1).is("=") || t.get(i + 1).is("!")) && t.get(i + 2).is("=")
                  && t.get(i + 3).kind() == JavaTokens.Kind.STRING) {
                values.computeIfAbsent(type + "." + t.get(i).text(), x -> new LinkedHashSet<>())
                    .add(t.get(i + 3).value());
              }
            }
          }
        }
      }
    }
    List<Perturbation> out = new ArrayList<>();
    for (ContextFact fact : facts) {
      Map<String, String> fields = fieldTypes.getOrDefault(fact.type(), Map.of());
      for (var e : fact.fields().entrySet()) {
        String type = fields.getOrDefault(e.getKey(), "");
        Object now = e.getValue();
        if (type.equals("boolean") || type.equals("Boolean") || now instanceof Boolean) {
          boolean b = Boolean.parseBoolean(String.valueOf(now));
          out.add(Perturbation.context(fact.id(), e.getKey(), now, !b));
        } else if (type.equals("String") || type.equals("java.lang.String")) {
          for (Object v : values.getOrDefault(fact.type() + "." + e.getKey(), Set.of())) {
            if (v instanceof String s && !s.equals(String.valueOf(now))) {
              out.add(Perturbation.context(fact.id(), e.getKey(), now, s));
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Every rule change: each rule that inserts a {@code Veto} made to insert a {@code Concern} of
   * weight -1 with the same reason, then each phase comparison of each rule's conditions made
   * strict or non-strict, and each {@code firstPhaseOf…} or {@code lastPhaseOf…} read in one swapped
   * for the other. Rules of positions already switched off are left alone.
   */
  public static List<RuleEdit> ruleEdits(List<RuleFile> sources, Collection<PositionRef> off) {
    Map<PositionRef, Integer> vetoRules = new LinkedHashMap<>();
    for (RuleFile f : sources) {
      for (RuleInfo r : f.rules()) {
        if (!vetoes(r).isEmpty() && position(r) != null) {
          vetoRules.merge(position(r), 1, Integer::sum);
        }
      }
    }
    List<RuleEdit> concerns = new ArrayList<>();
    List<RuleEdit> phases = new ArrayList<>();
    for (RuleFile f : sources) {
      if (!f.parsed()) {
        continue;
      }
      for (RuleInfo r : f.rules()) {
        PositionRef p = position(r);
        if (p != null && off.contains(p)) {
          continue;
        }
        vetoAsConcern(f, r, vetoRules.getOrDefault(p, 0)).ifPresent(concerns::add);
        phases.addAll(phaseEdits(f, r));
      }
    }
    List<RuleEdit> out = new ArrayList<>(concerns);
    out.addAll(phases);
    return out;
  }

  private static PositionRef position(RuleInfo r) {
    String party = r.meta("party");
    String position = r.meta("position");
    return party.isEmpty() || position.isEmpty() ? null : new PositionRef(party, position);
  }

  /** The spans (absolute offset, length) of each {@code new Veto(} in a rule's consequences. */
  private static List<int[]> vetoes(RuleInfo r) {
    List<int[]> out = new ArrayList<>();
    List<Code> code = new ArrayList<>();
    if (r.consequence() != null) {
      code.add(r.consequence());
    }
    code.addAll(r.namedConsequences().values());
    for (Code c : code) {
      if (c.offset() < 0) {
        continue;
      }
      List<Token> t = c.tokens().tokens();
      for (int i = 0; i < t.size(); i++) {
        if (!t.get(i).is("new")) {
          continue;
        }
        int j = i + 1;
        String last = null;
        while (j < t.size() && t.get(j).kind() == JavaTokens.Kind.WORD) {
          last = t.get(j).text();
          if (j + 1 < t.size() && t.get(j + 1).is(".")) {
            j += 2;
          } else {
            j++;
            break;
          }
        }
        if ("Veto".equals(last) && j < t.size() && t.get(j).is("(")) {
          int from = c.offset() + t.get(i).offset();
          out.add(new int[] {from, c.offset() + t.get(j).offset() + 1 - from});
        }
      }
    }
    return out;
  }

  private static java.util.Optional<RuleEdit> vetoAsConcern(RuleFile f, RuleInfo r, int rulesOfPosition) {
    List<int[]> spans = vetoes(r);
    PositionRef p = position(r);
    if (spans.isEmpty() || p == null) {
      return java.util.Optional.empty();
    }
    StringBuilder text = new StringBuilder(f.text());
    for (int k = spans.size() - 1; k >= 0; k--) {
      int[] s = spans.get(k);
      text.replace(s[0], s[0] + s[1], CONCERN);
    }
    int line = r.consequence() != null ? Math.max(r.consequence().lineOfNew("Veto"), r.line()) : r.line();
    String label = rulesOfPosition <= 1 ? "`" + p + "` as a concern"
        : "`" + p + "` rule \"" + r.name() + "\" (" + name(f.path()) + ":" + r.line() + ") as a concern";
    return java.util.Optional.of(new RuleEdit(new Perturbation(Perturbation.Kind.VETO_AS_CONCERN, label, p, null,
        null, null, f.path(), line, r.name(), "new Veto(…)", "new Concern(-1, …)", rulesOfPosition <= 1), f.path(),
        text.toString()));
  }

  private static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  /** Each phase comparison of a rule's conditions made strict or non-strict, and each end of a phase swapped. */
  private static List<RuleEdit> phaseEdits(RuleFile f, RuleInfo r) {
    List<RuleEdit> out = new ArrayList<>();
    Set<Integer> swapped = new LinkedHashSet<>();
    for (Code c : r.conditions()) {
      if (c.offset() < 0 || !c.tokens().clean()) {
        continue;
      }
      List<Token> t = c.tokens().tokens();
      for (int i = 0; i < t.size(); i++) {
        int len = comparison(t, i);
        if (len == 0) {
          continue;
        }
        int left = operandStart(t, i);
        int right = operandEnd(t, i + len);
        if (!mentions(t, left, i, PHASE_WORD) && !mentions(t, i + len, right, PHASE_WORD)) {
          continue;
        }
        String op = len == 2 ? t.get(i).text() + "=" : t.get(i).text();
        String flipped = len == 2 ? t.get(i).text() : t.get(i).text() + "=";
        int at = c.offset() + t.get(i).offset();
        String text = f.text().substring(0, at) + flipped + f.text().substring(at + op.length());
        out.add(edit(f, r, c, t.get(i), Perturbation.Kind.STRICTNESS, op, flipped, text));
        for (int k = left; k < right; k++) {
          Token w = t.get(k);
          if (k == i || w.kind() != JavaTokens.Kind.WORD || k + 1 >= t.size() || !t.get(k + 1).is("(")) {
            continue;
          }
          var m = END_WORD.matcher(w.text());
          int wordAt = c.offset() + w.offset();
          if (!m.matches() || !swapped.add(wordAt)) {
            continue;
          }
          String other = (m.group(1).equals("first") ? "last" : "first") + m.group(2);
          String swappedText = f.text().substring(0, wordAt) + other + f.text().substring(wordAt + w.text().length());
          out.add(edit(f, r, c, w, Perturbation.Kind.FIRST_LAST, w.text(), other, swappedText));
        }
      }
    }
    return out;
  }

  private static RuleEdit edit(RuleFile f, RuleInfo r, Code c, Token at, Perturbation.Kind kind, String from, String to,
      String text) {
    int line = c.lineAt(at.offset());
    String label = "rule \"" + r.name() + "\" (" + name(f.path()) + ":" + line + "): `" + from + "` → `" + to + "`";
    return new RuleEdit(new Perturbation(kind, label, position(r), null, null, null, f.path(), line, r.name(), from, to,
        false), f.path(), text);
  }

  /**
   * The length of the ordering comparison ({@code <}, {@code <=}, {@code >}, {@code >=}) starting at
   * token {@code i}, or 0 when there is none there (shifts, arrows and the like are not comparisons).
   */
  private static int comparison(List<Token> t, int i) {
    Token x = t.get(i);
    if (!x.is("<") && !x.is(">")) {
      return 0;
    }
    if (i > 0) {
      Token before = t.get(i - 1);
      boolean touching = before.offset() + before.text().length() == x.offset();
      if (touching && (before.is("<") || before.is(">") || before.is("-") || before.is("="))) {
        return 0;
      }
    }
    if (i + 1 < t.size()) {
      Token next = t.get(i + 1);
      boolean touching = next.offset() == x.offset() + 1;
      if (touching && (next.is("<") || next.is(">"))) {
        return 0;
      }
      if (touching && next.is("=")) {
        boolean third = i + 2 < t.size() && t.get(i + 2).offset() == next.offset() + 1 && t.get(i + 2).is("=");
        return third ? 0 : 2;
      }
    }
    return 1;
  }

  /** The first token of the operand that ends just before token {@code i}. */
  private static int operandStart(List<Token> t, int i) {
    int depth = 0;
    int j = i - 1;
    for (; j >= 0; j--) {
      Token x = t.get(j);
      if (x.is(")") || x.is("]")) {
        depth++;
      } else if (x.is("(") || x.is("[")) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0 && x.kind() == JavaTokens.Kind.SYMBOL && OPERAND_ENDS.contains(x.text())) {
        break;
      }
    }
    return j + 1;
  }

  /** Just past the last token of the operand that starts at token {@code i}. */
  private static int operandEnd(List<Token> t, int i) {
    int depth = 0;
    int j = i;
    for (; j < t.size(); j++) {
      Token x = t.get(j);
      if (x.is("(") || x.is("[")) {
        depth++;
      } else if (x.is(")") || x.is("]")) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0 && x.kind() == JavaTokens.Kind.SYMBOL && OPERAND_ENDS.contains(x.text())) {
        break;
      }
    }
    return j;
  }

  private static boolean mentions(List<Token> t, int from, int to, Pattern words) {
    for (int k = from; k < to; k++) {
      if (t.get(k).kind() == JavaTokens.Kind.WORD && words.matcher(t.get(k).text()).matches()) {
        return true;
      }
    }
    return false;
  }
}
