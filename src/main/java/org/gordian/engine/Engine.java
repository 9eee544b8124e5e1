package org.gordian.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.Message;
import org.gordian.diag.Problems;
import org.gordian.diag.Suggest;
import org.gordian.facts.Move;
import org.gordian.facts.internal.MoveTable;
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
  /** Set when any rule has read a deal's id, title, text, hash or equality (see {@link #rulesReadDealIdentity}). */
  final java.util.concurrent.atomic.AtomicBoolean opaqueRead = new java.util.concurrent.atomic.AtomicBoolean();
  /** How many verdicts the shortcuts gave were checked by firing the rules without them. */
  final java.util.concurrent.atomic.AtomicLong verified = new java.util.concurrent.atomic.AtomicLong();
  private final Part whole;
  private SplitJudge.Shared split;

  /** A context fact ready to instantiate: its declared type and converted field values. */
  record ContextInstance(String id, FactType type, Map<String, Object> values) {
    Object newInstance() {
      try {
        Object o = type.newInstance();
        values.forEach((k, v) -> type.set(o, k, v));
        return o;
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException(Message.CANNOT_CREATE_CONTEXT_FACT.say(id, type.getName()), e);
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
    this.whole = Part.of(rulebook.kieBase());
  }

  /** The part holding all of the rules. */
  Part whole() {
    return whole;
  }

  /** The verdicts remembered for this engine's evaluators, or null when memo is off. */
  /**
   * Whether any rule evaluated by this engine so far has read a deal's id, title, text, hash or
   * equality: then two deals with the same moves in the same phases may get different verdicts,
   * and no answer about one may stand for the other.
   */
  public boolean rulesReadDealIdentity() {
    return opaqueRead.get();
  }

  /**
   * How many of the verdicts the memo and the rule groups gave were checked against the rules fired
   * without them ({@link EngineOptions#verifyEvery}); every check agreed, or the run stopped.
   */
  public long verifiedVerdicts() {
    return verified.get();
  }

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
        problems.add(d.loc().error(Message.NO_RULE_HOLDS_POSITION.say(d.value(),
            Suggest.didYouMean(d.value().toString(), known.stream().map(PositionRef::toString).toList()))));
      } else {
        off.add(d.value());
      }
    }
    problems.throwIfErrors();
    return new Engine(rulebook, new MoveTable(moves), instances, off, options);
  }

  /**
   * What is wrong with a context fact against the rules (a type no rule file declares, a field the
   * type lacks, a value of the wrong kind), each at the place it was written; empty when it fits.
   */
  public static List<Diagnostic> problems(ContextFact fact, Rulebook rulebook) {
    Problems problems = new Problems();
    bind(fact, rulebook, problems);
    return problems.all();
  }

  private static ContextInstance bind(ContextFact fact, Rulebook rulebook, Problems problems) {
    FactType type = rulebook.declaredTypes().get(fact.type());
    if (type == null) {
      problems.add(fact.loc().error(Message.CONTEXT_FACT_TYPE_UNDECLARED.say(fact.id(), fact.type(),
          Suggest.didYouMean(fact.type(), rulebook.declaredTypes().keySet()), fact.type())));
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> fieldNames = type.getFields().stream().map(FactField::getName).toList();
    boolean ok = true;
    for (var e : fact.fields().entrySet()) {
      Loc loc = fact.fieldLocs().getOrDefault(e.getKey(), fact.loc());
      FactField field = type.getField(e.getKey());
      if (field == null) {
        problems.add(loc.error(Message.CONTEXT_FACT_FIELD_UNKNOWN.say(fact.type(), e.getKey(),
            Suggest.didYouMean(e.getKey(), fieldNames), String.join(", ", fieldNames))));
        ok = false;
        continue;
      }
      Object converted = convert(e.getValue(), field.getType());
      if (converted == null) {
        String typeName = field.getType().getSimpleName();
        problems.add(loc.error(Message.CONTEXT_FACT_FIELD_TYPE.say(e.getKey(), fact.type(),
            ("aeiouAEIOU".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a "), typeName, found(e.getValue()),
            (e.getValue() instanceof String s && (field.getType() == boolean.class || field.getType() == Boolean.class)
                && Set.of("true", "false", "yes", "no", "on", "off").contains(s.toLowerCase(java.util.Locale.ROOT))
                ? Message.WITHOUT_QUOTES.say() : ""))));
        ok = false;
        continue;
      }
      values.put(e.getKey(), converted);
    }
    return ok ? new ContextInstance(fact.id(), type, values) : null;
  }

  /** A value as a reader would name it: {@code the text "false"}, {@code the number 3}, {@code true}. */
  private static String found(Object v) {
    if (v instanceof String s) {
      return Message.FOUND_TEXT.say(s);
    }
    if (v instanceof Number) {
      return Message.FOUND_NUMBER.say(v);
    }
    return "'" + v + "'";
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

  /**
   * Judges for a deal space of this many deals, one per thread: evaluators of all the rules or,
   * from {@link EngineOptions#splitFrom} deals on, judges that fire each independent group of rules
   * on its own ({@link SplitJudge}) when the rules split into groups and the memo is on.
   */
  public java.util.function.Supplier<DealJudge> judgesFor(long deals) {
    if (memo == null || deals < options.splitFrom() || whole.sessionPerDeal()) {
      // With a session per deal, the case's own rules fire anew for every deal and count towards
      // its firings: groups, which fire them once, could not stop at the same deal.
      return this::newEvaluator;
    }
    List<Part> parts = rulebook.parts();
    if (parts.size() < 2) {
      return this::newEvaluator;
    }
    SplitJudge.Shared shared = split(parts);
    return () -> new SplitJudge(this, shared);
  }

  /**
   * How many independent groups the rules split into (1 when they cannot be split); the first call
   * builds each group's knowledge base.
   */
  public int ruleGroups() {
    return rulebook.parts().size();
  }

  /** What this engine's split judges share; each group's memo gets a share of half the memo's size. */
  private synchronized SplitJudge.Shared split(List<Part> parts) {
    if (split == null) {
      split = new SplitJudge.Shared(parts, table, Math.max(1, options.memoNodes() / (2 * parts.size())));
    }
    return split;
  }

  /**
   * Evaluators of the rules' independent groups ({@link RuleGroups}), one per group, each firing
   * only its group's rules in a session of its own; a deal's verdict is the sum of theirs, and each
   * group asks only its own rules' questions. One evaluator of all the rules when they do not split,
   * when each deal needs a session of its own, or when a group cannot start on the case's facts (or
   * the groups together fire on them as often as one session may). Not thread-safe; close each.
   */
  public List<Evaluator> newGroupEvaluators() {
    List<Part> parts = rulebook.parts();
    if (parts.size() < 2 || whole.sessionPerDeal()) {
      return List.of(newEvaluator());
    }
    List<Evaluator> groups = new ArrayList<>();
    int caseFirings = 0;
    try {
      for (Part p : parts) {
        Evaluator e = new Evaluator(this, p, null);
        groups.add(e);
        caseFirings += e.caseFirings();
      }
    } catch (org.gordian.diag.GordianException e) {
      caseFirings = Integer.MAX_VALUE;
    }
    if (caseFirings >= options.firingLimit()) {
      groups.forEach(Evaluator::close);
      return List.of(newEvaluator());
    }
    return List.copyOf(groups);
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
      String message = Message.UNKNOWN_NAME_ASKED.say(what, name, Suggest.didYouMean(name, candidates));
      return rulebook.locate("\"" + name + "\"")
          .map(l -> Diagnostic.warning(l.file(), l.line(), l.column() + 1,
              l.rule() == null ? message : Message.IN_RULE.say(l.rule().rule(), message)))
          .orElse(Diagnostic.warning(null, 0, 0, message));
    }).toList();
  }


  Set<String> unknownNames() {
    return unknownNames;
  }
}
