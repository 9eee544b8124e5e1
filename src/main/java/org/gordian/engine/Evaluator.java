package org.gordian.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Message;
import org.gordian.diag.RunFailure;
import org.gordian.facts.Concern;
import org.gordian.facts.Consequence;
import org.gordian.engine.drools.RuntimeErrors;
import org.gordian.facts.Deal;
import org.gordian.facts.internal.Facts;
import org.gordian.facts.internal.Firing;
import org.gordian.facts.Move;
import org.gordian.facts.RuleRef;
import org.gordian.facts.Veto;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates deals one at a time in one long-lived Drools session: the case's moves and context
 * facts stay in working memory, each deal is inserted, the rules fire, the results are read and
 * everything the deal brought is removed again, so no deal sees another. Not thread-safe.
 */
public final class Evaluator implements DealJudge {
  private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);
  private static final java.util.regex.Pattern RULE_IN_MESSAGE =
      java.util.regex.Pattern.compile("\\[Rule \"([^\"]+)\"");

  private final Engine engine;
  /** The rules this evaluator fires: all of them, or one independent group. */
  private final Part part;
  /** Replaced when a deal took away something the case's own facts had led to. */
  private KieSession session;
  private final AgendaFilter filter;
  private final Trace trace;
  private final Memo memo;
  private final Memo.Cursor cursor = new Memo.Cursor();
  /** Per rule: its reference and how often it fired on the current deal. */
  private final Map<Rule, Fired> fired = new IdentityHashMap<>();
  /** The results now in working memory, in insertion order (tracked, not searched for). */
  private final List<Object> results = new ArrayList<>();
  /** Everything inserted since the case's facts, the deal itself included (tracked, not searched for). */
  private final List<FactHandle> dealFacts = new ArrayList<>();
  /** Numbers the deals given to the engine, so that firing counts need no clearing. */
  private long fireNumber;
  private boolean caseLoaded;
  /** Set when a deal changed or removed a fact it did not bring: the case's state must be rebuilt. */
  private boolean caseChanged;
  private long reopened;
  /** Names of the rules that fired on the case's facts alone, before any deal. */
  private final Set<String> caseRules = new java.util.HashSet<>();
  private final Set<String> extraOff;
  /** Set when a rule made a result in another rule's name; thrown once the firing ends. */
  private RunFailure forged;
  /** Checks the memo's answers when the options ask for it; made on first use. */
  private Verifier verifier;
  /** What this evaluator's thread is doing, for a run stopped from outside. */
  private Activity activity;
  /** The evaluator last started from the case's facts with some of the rules that fire on them kept off. */
  private Set<String> withoutKey;
  private Evaluator without;
  private long evaluated;
  private long hits;
  /** The rule firings on the case's facts alone, when the session was last started. */
  private int caseFirings;

  Evaluator(Engine engine) {
    this(engine, engine.whole(), engine.memo(), Set.of());
  }

  /** An evaluator of one group of the rules, remembering its verdicts in its own memo. */
  Evaluator(Engine engine, Part part, Memo memo) {
    this(engine, part, memo, Set.of());
  }

  /** An evaluator that also keeps these rules from firing, from the case's facts on. */
  private Evaluator(Engine engine, Part part, Memo memo, Set<String> extraOff) {
    this.engine = engine;
    this.part = part;
    this.extraOff = extraOff;
    Set<String> off = engine.disabledRules();
    this.filter = off.isEmpty() && extraOff.isEmpty() ? null
        : match -> !off.contains(match.getRule().getName()) && !extraOff.contains(match.getRule().getName());
    this.trace = new Trace(engine.unknownNames(), engine.opaqueRead);
    this.memo = memo;
    open();
  }

  /**
   * Starts a session holding the case's moves and context facts, and fires the rules on them alone,
   * so that what they lead to (a consequence derived from the context, say) is there for every
   * deal, as it would be if each deal were evaluated in a session of its own.
   */
  private void open() {
    session = part.kieBase().newKieSession();
    caseLoaded = false;
    caseChanged = false;
    results.clear();
    dealFacts.clear();
    caseRules.clear();
    session.addEventListener(new DefaultRuleRuntimeEventListener() {
      @Override
      public void objectInserted(ObjectInsertedEvent event) {
        Object o = event.getObject();
        if (o instanceof Veto || o instanceof Concern || o instanceof Consequence) {
          results.add(o);
          checkProvenance(o, event.getRule());
        }
        if (caseLoaded) {
          dealFacts.add(event.getFactHandle());
        }
      }

      @Override
      public void objectDeleted(ObjectDeletedEvent event) {
        Object o = event.getOldObject();
        if (o instanceof Veto || o instanceof Concern || o instanceof Consequence) {
          removeSame(results, o);
        }
        if (!removeSame(dealFacts, event.getFactHandle()) && caseLoaded) {
          caseChanged = true;
        }
      }

      @Override
      public void objectUpdated(org.kie.api.event.rule.ObjectUpdatedEvent event) {
        if (caseLoaded && !containsSame(dealFacts, event.getFactHandle())) {
          caseChanged = true;
        }
      }
    });
    session.addEventListener(new DefaultAgendaEventListener() {
      @Override
      public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        Fired f = fired.get(rule);
        if (f == null) {
          f = new Fired(refOf(rule));
          fired.put(rule, f);
        }
        if (f.fireNumber != fireNumber) {
          f.fireNumber = fireNumber;
          f.count = 0;
        }
        f.count++;
        Firing.enter(f.ref);
        if (activity != null) {
          activity.firing(f.ref);
        }
      }

      @Override
      public void afterMatchFired(AfterMatchFiredEvent event) {
        Firing.exit();
      }
    });
    try {
      for (Move m : engine.table().moves()) {
        session.insert(m);
      }
      for (Engine.ContextInstance c : engine.context()) {
        session.insert(c.newInstance());
      }
      if (part.sessionPerDeal()) {
        caseLoaded = true;   // each deal gets a fresh session: the rules fire with it, as in a session of its own
        return;
      }
      // Only the rules that never look at a deal: each of the others matches a deal in every match
      // (else the session would be one per deal), so none of them can match here, and none is lost.
      fireNumber++;
      int limit = engine.options().firingLimit();
      Set<String> onDeals = part.rulesOnDeals();
      AgendaFilter caseOnly = match -> !onDeals.contains(match.getRule().getName())
          && (filter == null || filter.accept(match));
      int count;
      try {
        count = session.fireAllRules(caseOnly, limit);
      } finally {
        Firing.exit();
      }
      if (forged != null) {
        throw forged;
      }
      if (count >= limit) {
        throw runaway("on the case's own facts, before any deal", limit);
      }
      caseFirings = count;
      fired.forEach((rule, f) -> {
        if (f.fireNumber == fireNumber) {
          caseRules.add(rule.getName());
        }
      });
      caseLoaded = true;
    } catch (GordianException e) {
      session.dispose();
      throw e;
    } catch (RuntimeException e) {
      session.dispose();
      throw failure(e, "while firing the rules on the case's moves and context facts");
    }
  }

  @Override
  public Verdict evaluate(long present, byte[] phase) {
    return evaluate(present, phase, null, null);
  }

  /**
   * The verdict for the deal with these moves and phases.
   *
   * @param present bit i set when move i of the case is in the deal
   * @param phase phase of each move by index (0 when absent); read only during the call
   * @param id the deal's id, or null to derive it from its moves
   * @param title the deal's title, or null for its id
   * @throws GordianException when a rule fails or fires without end on this deal
   */
  public Verdict evaluate(long present, byte[] phase, String id, String title) {
    evaluated++;
    if (memo != null) {
      Verdict known = memo.find(present, phase, null, cursor);
      if (known != null) {
        hits++;
        if (engine.options().verifyEvery() > 0) {
          verifier().check(present, phase, id, title, known);
        }
        return known;
      }
    }
    return fresh(present, phase, id, title);
  }

  private Verifier verifier() {
    if (verifier == null) {
      verifier = new Verifier(engine, engine.options().verifyEvery());
    }
    return verifier;
  }

  /**
   * The verdict of this evaluator's rules on the deal, adding to {@code path} the questions they
   * asked of it (or that the memo asked in their place) with the answers, and the rule firings
   * the verdict took.
   */
  Verdict evaluate(long present, byte[] phase, Trace path) {
    evaluated++;
    int mark = path.size;
    Verdict known = memo.find(present, phase, path, cursor);
    if (known != null) {
      hits++;
      return known;
    }
    path.size = mark;
    Verdict verdict = fresh(present, phase, null, null);
    path.addAll(trace);
    return verdict;
  }

  /**
   * What the rules asked of one deal, fired without the memo: the questions in the order first
   * asked ({@link org.gordian.facts.internal.MoveTable#HAS} … with their arguments), the answers
   * given, and whether a rule read the deal's identity (id, title, text, hash or equality), in
   * which case the verdict belongs to this deal alone; and the rule firings the deal took.
   */
  public record Asked(Verdict verdict, int[] ops, int[] args, int[] answers, boolean opaque, int firings) {}

  /**
   * The verdict of the rules on the deal with these moves and phases, fired in the session (never
   * answered from the memo), with the questions the rules asked of it. Drools is deterministic:
   * any deal that gives the same answers to these questions gets the same verdict.
   *
   * @throws GordianException when a rule fails or fires without end on this deal
   */
  public Asked evaluateAsked(long present, byte[] phase) {
    evaluated++;
    trace.reset();
    Supplier<String> dealId = () -> DealIds.of(engine.table(), present, phase);
    Deal deal = Facts.deal(engine.table(), present, phase, dealId, dealId, trace);
    Verdict verdict = fire(deal, dealId, filter);
    int n = trace.size;
    return new Asked(verdict, java.util.Arrays.copyOf(trace.ops, n),
        java.util.Arrays.copyOf(trace.args, n), java.util.Arrays.copyOf(trace.answers, n), trace.opaque,
        trace.firings);
  }

  /** Fires the rules on the deal and remembers the verdict by the questions they asked. */
  private Verdict fresh(long present, byte[] phase, String id, String title) {
    trace.reset();
    Supplier<String> dealId = id != null ? () -> id : () -> DealIds.of(engine.table(), present, phase);
    Deal deal = Facts.deal(engine.table(), present, phase, dealId, title != null ? () -> title : dealId,
        trace);
    Verdict verdict = fire(deal, dealId, filter);
    if (memo != null && !trace.opaque) {
      verdict = memo.keep(verdict);
      memo.addKept(present, trace, verdict);
    }
    return verdict;
  }

  /**
   * The verdict with the rules of some more positions switched off for this one deal, as if the
   * engine had been prepared without them; used to search relaxations without a session per set.
   *
   * @param offRules names of further rules to keep from firing ({@link Engine#rulesHeldBy})
   */
  public Verdict evaluateWithout(Set<String> offRules, long present, byte[] phase, String id) {
    if (!java.util.Collections.disjoint(offRules, caseRules)) {
      // A rule to keep off already fired on the case's own facts: start from them without it.
      // (The search tries one set of positions on every deal before the next: keep one such evaluator.)
      Set<String> key = new java.util.TreeSet<>(offRules);
      key.retainAll(caseRules);
      if (!key.equals(withoutKey)) {
        if (without != null) {
          without.close();
        }
        Set<String> off = new java.util.HashSet<>(extraOff);
        off.addAll(key);
        without = new Evaluator(engine, part, memo, off);
        withoutKey = key;
      }
      return without.evaluateWithout(offRules, present, phase, id);
    }
    evaluated++;
    trace.reset();
    Set<String> off = engine.disabledRules();
    AgendaFilter without = match -> {
      String name = match.getRule().getName();
      return !offRules.contains(name) && !off.contains(name) && !extraOff.contains(name);
    };
    Deal deal = Facts.deal(engine.table(), present, phase, () -> id, () -> id, trace);
    return fire(deal, () -> id, without);
  }

  private Verdict fire(Deal deal, Supplier<String> dealId, AgendaFilter filter) {
    fireNumber++;
    forged = null;
    FactHandle handle = null;
    if (activity == null || activity.thread != Thread.currentThread()) {
      activity = Activity.ofThisThread();
    }
    activity.enter(dealId);
    try {
      handle = session.insert(deal);
      int limit = engine.options().firingLimit();
      int fired = filter == null ? session.fireAllRules(limit) : session.fireAllRules(filter, limit);
      if (forged != null) {
        RunFailure f = forged;
        forged = null;
        throw f;
      }
      if (fired >= limit) {
        throw runaway("on deal '" + dealId.get() + "'", limit);
      }
      trace.firings += fired;
      List<Veto> vetoes = new ArrayList<>();
      List<Concern> concerns = new ArrayList<>();
      List<Consequence> consequences = new ArrayList<>();
      for (Object o : results) {
        if (o instanceof Veto v) {
          vetoes.add(v);
        } else if (o instanceof Concern c) {
          concerns.add(c);
        } else {
          consequences.add((Consequence) o);
        }
      }
      return Verdict.of(vetoes, concerns, consequences, engine.positions());
    } catch (GordianException e) {
      throw e;
    } catch (RuntimeException e) {
      throw failure(e, "on deal '" + dealId.get() + "'");
    } catch (StackOverflowError | OutOfMemoryError | AssertionError | LinkageError e) {
      // Thrown by a rule's own code: reported like an exception, naming the rule and the deal.
      RuleRef ref = Firing.now();
      throw new RunFailure(ruleDiagnostic(ref, ref == null
          ? Message.RULES_FAILED_ON_DEAL.say(dealId.get(), e.getClass().getSimpleName() + (e.getMessage() == null ? ""
              : ": " + e.getMessage()))
          : Message.RULE_FAILED_ON_DEAL.say(ref.rule(), dealId.get(), e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()))), e);
    } finally {
      activity.exit();
      Firing.exit();
      clear(handle);
    }
  }

  private void clear(FactHandle dealHandle) {
    try {
      if (dealHandle != null) {
        session.delete(dealHandle);
      }
      // The engine retracts what the deal justified only when it next evaluates its network, and
      // facts inserted without truth maintenance would outlive the deal: remove both now, so that
      // the next deal starts from the case's facts alone.
      if (!dealFacts.isEmpty()) {
        // Deleting one may take others with it (what it justified): delete what is still there.
        for (FactHandle h : dealFacts.toArray(new FactHandle[0])) {
          if (containsSame(dealFacts, h)) {
            session.delete(h);
          }
        }
      }
      dealFacts.clear();
    } catch (RuntimeException e) {
      LOG.debug("Could not clear the session after a deal", e);
      caseChanged = true;
    }
    if (caseChanged || part.sessionPerDeal()) {
      // The deal changed or removed a fact it did not bring (a rule modified a context fact, or
      // retracted what the case's facts led to): start again from the case's facts alone.
      reopened++;
      session.dispose();
      open();
    }
  }

  /** A rule's reference, and how often it fired on the deal numbered {@code fireNumber}. */
  private static final class Fired {
    final RuleRef ref;
    long fireNumber = -1;
    int count;

    Fired(RuleRef ref) {
      this.ref = ref;
    }
  }

  private static <T> boolean removeSame(List<T> list, Object o) {
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i) == o) {
        list.remove(i);
        return true;
      }
    }
    return false;
  }

  private static boolean containsSame(List<?> list, Object o) {
    for (Object x : list) {
      if (x == o) {
        return true;
      }
    }
    return false;
  }

  /**
   * Notes a result a rule made in the name of another rule (through the engine's own makers, which
   * rules must not use): its verdict would credit a position that never vetoed. The run stops when
   * the firing ends.
   */
  private void checkProvenance(Object result, Rule inserter) {
    if (inserter == null || forged != null) {
      return;
    }
    RuleRef claimed = result instanceof Veto v ? v.getRule()
        : result instanceof Concern c ? c.getRule() : ((Consequence) result).getRule();
    RuleRef actual = refOf(inserter);
    if (!claimed.equals(actual)) {
      forged = new RunFailure(ruleDiagnostic(actual, Message.FORGED_RESULT.say(actual.rule(),
          result.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT), claimed.rule(), claimed.positionKey(),
          result.getClass().getSimpleName())));
    }
  }

  /**
   * The rule's reference in the rulebook, kept per Drools rule for as long as the engine's rulebook
   * is the same: it is asked for at every firing and every result, and building its key each time
   * took about a twentieth of a sensitivity run.
   */
  private RuleRef refOf(Rule rule) {
    Rulebook book = engine.rulebook();
    if (book != refsFrom) {
      refs.clear();
      refsFrom = book;
    }
    return refs.computeIfAbsent(rule, r -> {
      RuleRef ref = book.rule(r.getPackageName(), r.getName());
      return ref != null ? ref : new RuleRef(r.getName(), "", "", "?", 0);
    });
  }

  private final Map<Rule, RuleRef> refs = new IdentityHashMap<>();
  private Rulebook refsFrom;

  private RunFailure runaway(String where, int limit) {
    List<Fired> ranked = fired.values().stream().filter(f -> f.fireNumber == fireNumber)
        .sorted(java.util.Comparator.comparingInt((Fired f) -> -f.count).thenComparing(f -> f.ref.rule())).toList();
    Fired worst = ranked.isEmpty() ? null : ranked.get(0);
    RuleRef ref = worst == null ? null : worst.ref;
    int count = worst == null ? 0 : worst.count;
    String name = ref != null ? ref.rule() : "?";
    if (ranked.size() > 1 && ranked.get(1).count == count) {
      // Rules that trigger each other fire equally often: name both.
      name = name + "' and rule '" + ranked.get(1).ref.rule();
      count = count + ranked.get(1).count;
    }
    RunFailure f = new RunFailure(ruleDiagnostic(ref, (where.startsWith("on deal") ? Message.RUNAWAY_ON_DEAL
        : Message.RUNAWAY).say(name, count, where, limit)));
    f.withHint(new org.gordian.diag.Hint(org.gordian.diag.Hint.Kind.FIRING_LIMIT, 0));
    return f;
  }

  private RunFailure failure(RuntimeException e, String where) {
    RuleRef ref = null;
    if (e instanceof ConsequenceException ce && ce.getMatch() != null) {
      Rule rule = ce.getMatch().getRule();
      ref = engine.rulebook().rule(rule.getPackageName(), rule.getName());
    }
    String cause = rootCause(e);
    if (ref == null) {
      // Drools names the rule whose condition failed in its message: [Rule "name" in file].
      for (Throwable t = e; t != null && ref == null; t = t.getCause()) {
        java.util.regex.Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
        if (m.find()) {
          String named = m.group(1);
          ref = engine.rulebook().rules().values().stream().filter(r -> r.rule().equals(named)).findFirst().orElse(null);
        }
      }
    }
    if (ref == null || !(e instanceof ConsequenceException)) {
      // A constraint failed while the deal was matched: find its text in the user's files.
      for (String expr : RuntimeErrors.failingExpressions(e)) {
        var at = engine.rulebook().locate(expr);
        if (at.isPresent()) {
          Rulebook.Location l = at.get();
          boolean textVsNumber = rootCauseOf(e) instanceof NumberFormatException && expr.contains("\"");
          String rule = l.rule() == null ? "a rule" : "rule '" + l.rule().rule() + "'";
          return new RunFailure(Diagnostic.error(l.file(), l.line(), l.column(), Message.RULE_CANNOT_EVALUATE.say(rule,
              expr, where, cause, (textVsNumber ? Message.NUMBER_VS_TEXT.say() : ""))), e);
        }
      }
    }
    String message = ref != null
        ? "rule '" + ref.rule() + "' failed " + where + ": " + cause
        : "the rules failed " + where + ": " + cause;
    return new RunFailure(ruleDiagnostic(ref, message), e);
  }

  private static Diagnostic ruleDiagnostic(RuleRef ref, String message) {
    if (ref == null || ref.file().equals("?")) {
      return Diagnostic.error(null, 0, 0, message);
    }
    return Diagnostic.error(java.nio.file.Path.of(ref.file()), ref.line(), 0, message);
  }

  private static Throwable rootCauseOf(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String rootCause(Throwable e) {
    Throwable t = rootCauseOf(e);
    String msg = t.getMessage();
    String type = t.getClass().getSimpleName();
    if (msg == null || msg.isBlank()) {
      return type;
    }
    return type + ": " + msg.lines().findFirst().orElse("");
  }

  /** How many deals this evaluator was asked about. */
  public long evaluated() {
    return evaluated;
  }

  /** How many of them it answered from the memo, without firing the rules. */
  public long fromMemo() {
    return hits;
  }

  /** The rule firings on the case's facts alone, before any deal (none when each deal gets a session). */
  int caseFirings() {
    return caseFirings;
  }

  @Override
  public long sessions() {
    return evaluated - hits;
  }

  /** How many deals this evaluator answered, and how many of them from memory. */
  public String stats() {
    return evaluated + " deals, " + (memo == null ? "no memo" : hits + " from memo; run memo: " + memo.stats())
        + (reopened == 0 ? "" : "; " + reopened + " sessions started afresh");
  }

  @Override
  public void close() {
    LOG.debug("Evaluator done: {}", stats());
    if (without != null) {
      without.close();
    }
    if (verifier != null) {
      verifier.close();
    }
    session.dispose();
  }
}
