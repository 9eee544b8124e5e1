package org.gordian.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.Problems;
import org.gordian.diag.Suggest;
import org.gordian.facts.Move;
import org.gordian.facts.MoveTable;
import org.gordian.facts.RuleRef;
import org.gordian.model.CaseDef;
import org.gordian.model.ContextFact;
import org.gordian.model.Loc;
import org.gordian.model.Located;
import org.gordian.model.PositionRef;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;

/**
 * Compiled rules bound to one case under one scenario: the move table, the context facts to put in
 * every session, the positions switched off. Thread-safe; each thread evaluates through its own
 * {@link Evaluator}.
 */
public final class Engine {
  private final Rulebook rulebook;
  private final MoveTable table;
  private final List<ContextInstance> context;
  private final Set<String> disabledRules;
  private final Set<PositionRef> disabled;
  private final PositionIndex positions;
  private final EngineOptions options;
  private final Set<String> unknownNames = ConcurrentHashMap.newKeySet();
  private final Memo memo;
  private final Set<String> rulesOnDeals;
  private final boolean sessionPerDeal;

  /** A context fact ready to instantiate: its declared type and converted field values. */
  record ContextInstance(String id, FactType type, Map<String, Object> values) {
    Object newInstance() {
      try {
        Object o = type.newInstance();
        values.forEach((k, v) -> type.set(o, k, v));
        return o;
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException("cannot create context fact '" + id + "' of type " + type.getName(), e);
      }
    }
  }

  private Engine(Rulebook rulebook, MoveTable table, List<ContextInstance> context, Set<PositionRef> disabled,
      EngineOptions options) {
    this.rulebook = rulebook;
    this.table = table;
    this.context = context;
    this.disabled = Set.copyOf(disabled);
    this.options = options;
    Set<String> names = new HashSet<>();
    for (RuleRef r : rulebook.rules().values()) {
      if (disabled.contains(new PositionRef(r.party(), r.position()))) {
        names.add(r.rule());
      }
    }
    this.disabledRules = Set.copyOf(names);
    this.positions = new PositionIndex(new ArrayList<>(rulebook.positions()));
    this.memo = options.memo() ? new Memo(table, options.memoNodes()) : null;
    Set<String> onDeals = new HashSet<>();
    boolean perDeal = false;
    for (org.kie.api.definition.KiePackage p : rulebook.kieBase().getKiePackages()) {
      for (org.kie.api.definition.rule.Rule r : p.getRules()) {
        if (!(r instanceof org.drools.base.definitions.rule.impl.RuleImpl rule)) {
          onDeals.add(r.getName());
          perDeal = true;
        } else if (looksAtDeals(rule.getLhs())) {
          onDeals.add(r.getName());
          perDeal |= !matchesADeal(rule.getLhs());
        }
      }
    }
    this.rulesOnDeals = Set.copyOf(onDeals);
    this.sessionPerDeal = perDeal;
  }

  /** Whether this condition looks at a deal anywhere, also under {@code not} or in an accumulation. */
  private static boolean looksAtDeals(org.drools.base.rule.RuleConditionElement e) {
    if (e instanceof org.drools.base.rule.Pattern p && isDealPattern(p)) {
      return true;
    }
    for (org.drools.base.rule.RuleConditionElement nested : e.getNestedElements()) {
      if (looksAtDeals(nested)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every match of this condition holds a deal: so that each new deal makes new matches,
   * and nothing the rule matched before a deal can stand for a later one.
   */
  private static boolean matchesADeal(org.drools.base.rule.RuleConditionElement e) {
    if (e instanceof org.drools.base.rule.Pattern p) {
      return isDealPattern(p);
    }
    if (e instanceof org.drools.base.rule.GroupElement g && g.isAnd()) {
      return g.getChildren().stream().anyMatch(Engine::matchesADeal);
    }
    if (e instanceof org.drools.base.rule.GroupElement g && g.isOr()) {
      return g.getChildren().stream().allMatch(Engine::matchesADeal);
    }
    return false;
  }

  /** A pattern on deals, on a type a deal is (such as Object), or on a type not known. */
  private static boolean isDealPattern(org.drools.base.rule.Pattern p) {
    return !(p.getObjectType() instanceof org.drools.base.base.ClassObjectType type)
        || type.getClassType() == null || type.getClassType().isAssignableFrom(org.gordian.facts.Deal.class);
  }

  /**
   * Whether some rule looks at deals without every match holding one (only under {@code not},
   * say): then each deal is evaluated in a session of its own, since what such a rule matched
   * between deals cannot be told apart from what it matched for one.
   */
  boolean sessionPerDeal() {
    return sessionPerDeal;
  }

  /** The names of the rules whose conditions look at a deal. */
  Set<String> rulesOnDeals() {
    return rulesOnDeals;
  }

  /** The verdicts remembered for this engine's evaluators, or null when memo is off. */
  Memo memo() {
    return memo;
  }

  /**
   * Binds rules to a case.
   *
   * @param context the context facts in force (the case's, changed by a scenario)
   * @param disable positions to switch off, each with where it was named
   * @throws org.gordian.diag.GordianException when a context fact or position does not match the rules
   */
  public static Engine prepare(Rulebook rulebook, CaseDef caseDef, List<ContextFact> context,
      List<Located<PositionRef>> disable, EngineOptions options) {
    Problems problems = new Problems();
    List<Move> moves = caseDef.moves().stream()
        .map(m -> new Move(m.id(), m.party(), m.kind(), m.scope(), m.tags(), m.description()))
        .toList();
    List<ContextInstance> instances = new ArrayList<>();
    for (ContextFact fact : context) {
      ContextInstance ci = bind(fact, rulebook, problems);
      if (ci != null) {
        instances.add(ci);
      }
    }
    Set<PositionRef> known = rulebook.positions();
    Set<PositionRef> off = new HashSet<>();
    for (Located<PositionRef> d : disable) {
      if (!known.contains(d.value())) {
        problems.add(d.loc().error("no rule holds position '" + d.value() + "'"
            + Suggest.didYouMean(d.value().toString(), known.stream().map(PositionRef::toString).toList())));
      } else {
        off.add(d.value());
      }
    }
    problems.throwIfErrors();
    return new Engine(rulebook, new MoveTable(moves), instances, off, options);
  }

  private static ContextInstance bind(ContextFact fact, Rulebook rulebook, Problems problems) {
    FactType type = rulebook.declaredTypes().get(fact.type());
    if (type == null) {
      problems.add(fact.loc().error("context fact '" + fact.id() + "' has type '" + fact.type()
          + "', which no rule file declares" + Suggest.didYouMean(fact.type(), rulebook.declaredTypes().keySet())
          + "; declare it in DRL: declare " + fact.type() + " ... end"));
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> fieldNames = type.getFields().stream().map(FactField::getName).toList();
    boolean ok = true;
    for (var e : fact.fields().entrySet()) {
      Loc loc = fact.fieldLocs().getOrDefault(e.getKey(), fact.loc());
      FactField field = type.getField(e.getKey());
      if (field == null) {
        problems.add(loc.error("type '" + fact.type() + "' has no field '" + e.getKey() + "'"
            + Suggest.didYouMean(e.getKey(), fieldNames) + " (fields: " + String.join(", ", fieldNames) + ")"));
        ok = false;
        continue;
      }
      Object converted = convert(e.getValue(), field.getType());
      if (converted == null) {
        problems.add(loc.error("field '" + e.getKey() + "' of '" + fact.type() + "' is a "
            + field.getType().getSimpleName() + "; found '" + e.getValue() + "'"));
        ok = false;
        continue;
      }
      values.put(e.getKey(), converted);
    }
    return ok ? new ContextInstance(fact.id(), type, values) : null;
  }

  private static Object convert(Object v, Class<?> target) {
    if (target == String.class) {
      return v.toString();
    }
    if ((target == int.class || target == Integer.class) && v instanceof Long l && l == l.intValue()) {
      return l.intValue();
    }
    if ((target == long.class || target == Long.class) && v instanceof Long) {
      return v;
    }
    if ((target == double.class || target == Double.class) && v instanceof Number n) {
      return n.doubleValue();
    }
    if ((target == boolean.class || target == Boolean.class) && v instanceof Boolean) {
      return v;
    }
    if (target == Object.class) {
      return v;
    }
    return null;
  }

  /** A new evaluator with its own Drools session; use one per thread and close it. */
  public Evaluator newEvaluator() {
    return new Evaluator(this);
  }

  public Rulebook rulebook() {
    return rulebook;
  }

  public MoveTable table() {
    return table;
  }

  public PositionIndex positions() {
    return positions;
  }

  public EngineOptions options() {
    return options;
  }

  /** The positions switched off in this run. */
  public Set<PositionRef> disabled() {
    return disabled;
  }

  List<ContextInstance> context() {
    return context;
  }

  /** The names of the rules that hold any of these positions. */
  public Set<String> rulesHeldBy(java.util.Collection<PositionRef> held) {
    Set<PositionRef> wanted = Set.copyOf(held);
    Set<String> names = new HashSet<>();
    for (RuleRef r : rulebook.rules().values()) {
      if (wanted.contains(new PositionRef(r.party(), r.position()))) {
        names.add(r.rule());
      }
    }
    return names;
  }

  Set<String> disabledRules() {
    return disabledRules;
  }

  /** Moves, kinds, parties or tags that rules asked about but the case does not define, as warnings. */
  public List<Diagnostic> unknownNameWarnings() {
    return unknownNames.stream().sorted().map(k -> {
      int colon = k.indexOf(':');
      String what = k.substring(0, colon);
      String name = k.substring(colon + 1);
      List<String> candidates = what.equals("move") ? new ArrayList<>(table.moveIds()) : table.groupValues(what);
      String message = "rules ask about " + what + " '" + name + "', which the case does not define"
          + Suggest.didYouMean(name, candidates) + "; the condition can never hold";
      return rulebook.locate("\"" + name + "\"")
          .map(l -> Diagnostic.warning(l.file(), l.line(), l.column() + 1,
              (l.rule() == null ? "" : "in rule \"" + l.rule().rule() + "\": ") + message))
          .orElse(Diagnostic.warning(null, 0, 0, message));
    }).toList();
  }


  Set<String> unknownNames() {
    return unknownNames;
  }
}
