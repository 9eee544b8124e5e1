package org.gordian.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gordian.facts.Concern;
import org.gordian.facts.Consequence;
import org.gordian.engine.drools.CompiledRules;
import org.gordian.facts.Deal;
import org.gordian.facts.Move;
import org.gordian.facts.Veto;
import org.gordian.model.drl.JavaTokens;
import org.gordian.model.drl.RuleFile;
import org.gordian.model.drl.RuleInfo;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits the rules into groups that cannot see each other's work, so that each group's verdict on
 * a deal depends only on the questions its own rules ask, and the memo can remember it by those.
 *
 * <p>Two rules are in one group when one of them may insert, change or remove a fact of a type the
 * other matches; the groups are the closure of that. What a rule matches is read from its compiled
 * conditions; what its consequence may write is read from its tokens in the model of the rule
 * files ({@link RuleFile}; comments and literals are not code): every fact type it names, the
 * type of every bound fact it hands to {@code insert}, {@code modify}, {@code update},
 * {@code delete} or {@code retract}, and the type of every bound fact of a declared type it names
 * at all (the case's own facts, moves, deal and results, cannot be changed). Results of different
 * rules are never equal (each holds its rule), so that two groups' vetoes, concerns and
 * consequences simply add up, as in one session.
 *
 * <p>Whatever this reading cannot vouch for keeps all rules in one group: globals, queries, rules
 * that extend others, any rule attribute but salience, no-loop, dialect, enabled and the dates
 * (agenda, activation and rule-flow groups, lock-on-active, timers, calendars …), named
 * consequences, accumulations with code of their own, code whose tokens are not clean (an
 * unclosed literal, a Unicode escape), functions or consequences that use
 * {@code drools} or {@code kcontext}, insert what an expression returns (or a variable not set to
 * a new fact), or build a result in another rule's name, patterns on types other than the case's
 * facts and the types the DRL declares, and DRL the parser does not read alone.
 */
final class RuleGroups {
  private static final Logger LOG = LoggerFactory.getLogger(RuleGroups.class);
  private static final Set<String> HANDOVER = Set.of("insert", "insertLogical", "modify", "update", "delete",
      "retract");
  /** Attributes that bear on one rule alone; any other ties a rule to others, or to time. */
  private static final Set<String> RULE_ALONE = Set.of("salience", "no-loop", "dialect", "enabled",
      "date-effective", "date-expires");
  private static final Set<String> UNCHARTED = Set.of("drools", "kcontext", "RuleRef");
  private static final Set<Class<?>> CASE_TYPES =
      Set.of(Deal.class, Move.class, Veto.class, Concern.class, Consequence.class);

  private RuleGroups() {}

  /** Why the rules stay in one group; thrown inside, caught by {@link #of}. */
  private static final class Unsplittable extends Exception {
    Unsplittable(String why) {
      super(why, null, false, false);
    }
  }

  /**
   * The rules' names in groups that cannot see each other's work, in the knowledge base's order;
   * a single group when they cannot be split.
   */
  static List<Set<String>> of(Rulebook book) {
    try {
      List<Set<String>> groups = split(book);
      LOG.debug("Rules split into {} independent groups: {}", groups.size(), groups);
      return groups;
    } catch (Unsplittable e) {
      LOG.debug("Rules kept in one group: {}", e.getMessage());
      Set<String> all = new LinkedHashSet<>();
      book.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> all.add(r.getName())));
      return List.of(all);
    }
  }

  private static List<Set<String>> split(Rulebook book) throws Unsplittable {
    Map<String, RuleInfo> written = written(book);
    Map<String, Class<?>> known = new HashMap<>();
    CASE_TYPES.forEach(c -> known.put(c.getSimpleName(), c));
    for (FactType t : book.declaredTypes().values()) {
      known.put(t.getSimpleName(), t.getFactClass());
    }
    for (KiePackage p : book.kieBase().getKiePackages()) {
      if (!p.getGlobalVariables().isEmpty()) {
        throw new Unsplittable("package " + p.getName() + " has globals");
      }
    }
    List<CompiledRules.View> rules = CompiledRules.of(book.kieBase());
    int n = rules.size();
    List<Set<Class<?>>> reads = new ArrayList<>();
    List<Set<Class<?>>> writes = new ArrayList<>();
    for (CompiledRules.View rule : rules) {
      java.util.Optional<String> tie = rule.tie();
      if (tie.isPresent()) {
        throw new Unsplittable("rule " + rule.name() + ": " + tie.get());
      }
      RuleInfo info = written.get(rule.packageName() + "." + rule.name());
      if (info == null) {
        throw new Unsplittable("rule " + rule.name() + " is not found in the rule files as read");
      }
      checkWritten(info);
      reads.add(readTypes(rule, known));
      writes.add(writeTypes(rule, info.consequence().tokens(), known));
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && touches(writes.get(i), reads.get(j))) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, Set<String>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), k -> new LinkedHashSet<>()).add(rules.get(i).name());
    }
    return List.copyOf(groups.values());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Whether a fact of a written type may be a fact of a read type. */
  private static boolean touches(Set<Class<?>> written, Set<Class<?>> read) {
    for (Class<?> w : written) {
      for (Class<?> r : read) {
        if (r.isAssignableFrom(w) || w.isAssignableFrom(r)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The rule as written: attributes that bear on it alone, no parent, no named consequence. */
  private static void checkWritten(RuleInfo rule) throws Unsplittable {
    for (Map.Entry<String, String> a : rule.attributes().entrySet()) {
      boolean main = a.getKey().equals("agenda-group") && "MAIN".equals(a.getValue());
      if (!RULE_ALONE.contains(a.getKey()) && !main) {
        throw new Unsplittable("rule " + rule.name() + " has attribute " + a.getKey());
      }
    }
    if (rule.parent().isPresent() || !rule.namedConsequences().isEmpty()) {
      throw new Unsplittable("rule " + rule.name() + " extends a rule or has named consequences");
    }
  }

  /** The types the rule's conditions match, anywhere in them; only the case's types and declared ones. */
  private static Set<Class<?>> readTypes(CompiledRules.View rule, Map<String, Class<?>> known) throws Unsplittable {
    Set<Class<?>> read;
    try {
      read = rule.matchedTypes();
    } catch (IllegalStateException e) {
      throw new Unsplittable(e.getMessage());
    }
    for (Class<?> type : read) {
      if (type == null || !known.containsValue(type)) {
        throw new Unsplittable("rule " + rule.name() + " matches " + (type == null ? "a type not named" : type));
      }
    }
    return read;
  }

  /**
   * The types a consequence may insert, change or remove facts of: the fact types it names, the
   * type of each bound fact it hands to {@code insert}, {@code modify}, {@code update},
   * {@code delete} or {@code retract}, and the type of each bound fact of a declared type it
   * names at all (the case's own facts cannot be changed). A local variable handed over must be
   * set to a new fact.
   */
  private static Set<Class<?>> writeTypes(CompiledRules.View rule, JavaTokens code, Map<String, Class<?>> known)
      throws Unsplittable {
    if (!code.clean()) {
      throw new Unsplittable("the consequence of rule " + rule.name() + " has a literal or comment not closed,"
          + " or a Unicode escape");
    }
    List<JavaTokens.Token> tokens = code.tokens();
    Set<Class<?>> out = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      JavaTokens.Token token = tokens.get(i);
      if (token.kind() != JavaTokens.Kind.WORD) {
        continue;
      }
      String word = token.text();
      if (UNCHARTED.contains(word)) {
        throw new Unsplittable("the consequence of rule " + rule.name() + " uses " + word);
      }
      Class<?> type = known.get(word);
      if (type != null) {
        out.add(type);
      }
      Class<?> bound = rule.boundType(word);
      if (bound != null && !CASE_TYPES.contains(bound)) {
        // A declared type's fields can be set in many ways (setters, MVEL assignment, an alias):
        // a consequence that names such a fact at all is taken to change it.
        out.add(bound);
      }
      if (!HANDOVER.contains(word) || !code.matches(i + 1, "(")) {
        continue;
      }
      int argument = i + 2;
      if (code.matches(argument, "new")) {
        continue;   // the new fact's type is named, and counted above
      }
      if (argument >= tokens.size() || tokens.get(argument).kind() != JavaTokens.Kind.WORD
          || !code.matches(argument + 1, ")")) {
        throw new Unsplittable("rule " + rule.name() + " hands " + word + " what an expression returns");
      }
      String name = tokens.get(argument).text();
      Class<?> handed = rule.boundType(name);
      if (handed != null) {
        out.add(handed);
      } else if (!setToNew(code, name)) {
        // A local variable must hold a new fact, whose type is named and counted above.
        throw new Unsplittable("rule " + rule.name() + " hands " + word + " a variable set from an expression");
      }
    }
    if (out.contains(Deal.class)) {
      throw new Unsplittable("rule " + rule.name() + " may change the deal");
    }
    return out;
  }

  /** Whether the code sets the variable {@code name} to a new object somewhere ({@code name = new …}). */
  private static boolean setToNew(JavaTokens code, String name) {
    for (int i = 0; i < code.tokens().size(); i++) {
      if (code.matches(i, name, "=", "new")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Each rule of the rule files as read, by qualified name; only when every file parsed, declares
   * no global and no query, has functions that do not reach the session, and names each rule once.
   */
  private static Map<String, RuleInfo> written(Rulebook book) throws Unsplittable {
    Map<String, RuleInfo> out = new HashMap<>();
    for (RuleFile f : book.sources()) {
      if (!f.parsed()) {
        throw new Unsplittable("cannot read " + f.path());
      }
      if (!f.globals().isEmpty() || !f.queries().isEmpty()) {
        throw new Unsplittable(f.path() + " has globals or queries");
      }
      for (RuleFile.Function function : f.functions()) {
        JavaTokens code = function.body().tokens();
        if (!code.clean() || UNCHARTED.stream().anyMatch(code::hasWord)) {
          throw new Unsplittable("function " + function.name() + " in " + f.path() + " may reach the session");
        }
      }
      for (RuleInfo r : f.rules()) {
        if (out.put(r.qualifiedName(), r) != null) {
          throw new Unsplittable("two rules are named " + r.qualifiedName());
        }
      }
    }
    return out;
  }

  /** A knowledge base with only this group's rules; see {@link CompiledRules#withOnly}. */
  static KieBase build(KieBase whole, Set<String> group) {
    return CompiledRules.withOnly(whole, group);
  }
}
