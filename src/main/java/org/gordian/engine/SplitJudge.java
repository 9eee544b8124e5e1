package org.gordian.engine;

import java.util.ArrayList;
import java.util.List;
import org.gordian.diag.GordianException;
import org.gordian.facts.Concern;
import org.gordian.facts.Consequence;
import org.gordian.facts.Veto;

/**
 * Judges a deal by the rules' independent groups ({@link RuleGroups}), each fired in a session of
 * its own knowledge base and remembered in a memo of its own, and adds their verdicts up.
 *
 * <p>A group's verdict depends only on the questions its own rules ask, so a group's memo answers
 * far more deals than one memo of all the rules can: that one must see the same answers to every
 * rule's questions at once. The engine's memo still comes first; it remembers the sum by all the
 * questions the groups asked, or their memos asked in their place. Not thread-safe.
 */
final class SplitJudge implements DealJudge {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SplitJudge.class);
  private final Engine engine;
  private final Memo memo;
  private final Memo.Cursor cursor = new Memo.Cursor();
  private final List<Evaluator> groups = new ArrayList<>();
  private final Trace trace;
  private final Shared shared;
  private final Parts probe;
  private long evaluated;
  /** Deals the memo of all the rules did not answer. */
  private long past;
  /** Sums made anew. */
  private long made;
  /**
   * All the rules at once, in one session: for a deal on which a group failed or the groups'
   * firings add up to the limit, to report it as one session would; for every deal when the
   * groups could not start.
   */
  private Evaluator whole;
  /** Checks the verdicts when the options ask for it, else null. */
  private final Verifier verifier;

  /** What the split judges of one engine share: the groups, each group's memo, and the sums made. */
  static final class Shared {
    /** The most sums kept; beyond, they are forgotten and made again as needed. */
    private static final int MAX_SUMS = 100_000;
    private final List<Part> parts;
    private final List<Memo> memos = new ArrayList<>();
    /** The sums of the groups' verdicts made so far, by the verdicts added. */
    private final java.util.concurrent.ConcurrentHashMap<Parts, Verdict> sums =
        new java.util.concurrent.ConcurrentHashMap<>(1 << 14);

    /** The groups' parts, each with a memo of this many questions at most. */
    Shared(List<Part> parts, org.gordian.facts.internal.MoveTable table, int memoNodes) {
      this.parts = parts;
      for (int i = 0; i < parts.size(); i++) {
        memos.add(new Memo(table, memoNodes));
      }
    }
  }

  SplitJudge(Engine engine, Shared shared) {
    this.engine = engine;
    this.shared = shared;
    this.memo = engine.memo();
    this.trace = new Trace(engine.unknownNames(), engine.opaqueRead);
    this.probe = new Parts(new Verdict[shared.parts.size()]);
    this.verifier = engine.options().verifyEvery() > 0 ? new Verifier(engine, engine.options().verifyEvery()) : null;
    int caseFirings = 0;
    boolean failed = false;
    try {
      for (int i = 0; i < shared.parts.size(); i++) {
        Evaluator group = new Evaluator(engine, shared.parts.get(i), shared.memos.get(i));
        groups.add(group);
        caseFirings += group.caseFirings();
      }
    } catch (GordianException e) {
      failed = true;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    if (failed || caseFirings >= engine.options().firingLimit()) {
      // A group's rules failed on the case's facts, or the groups together fired as often as
      // one session may: one session of all the rules reports it in its own words, or, if it
      // meets no failure, judges every deal itself.
      close();
      groups.clear();
      whole = engine.newEvaluator();
    }
  }

  @Override
  public Verdict evaluate(long present, byte[] phase) {
    Verdict v = judge(present, phase);
    if (verifier != null) {
      verifier.check(present, phase, null, null, v);
    }
    return v;
  }

  private Verdict judge(long present, byte[] phase) {
    evaluated++;
    if (groups.isEmpty()) {
      return whole.evaluate(present, phase);
    }
    Verdict known = memo.find(present, phase, null, cursor);
    if (known != null) {
      return known;
    }
    past++;
    trace.reset();
    // Only the groups that concluded something count: most conclude nothing on most deals.
    int concluded = 0;
    try {
      for (Evaluator group : groups) {
        Verdict v = group.evaluate(present, phase, trace);
        if (!v.empty()) {
          probe.parts[concluded++] = v;
        }
      }
    } catch (GordianException e) {
      // A rule failed or ran away in its group: one session of all the rules says so in its own
      // words (which rule, how many firings in all).
      return whole().evaluate(present, phase);
    }
    probe.size = concluded;
    if (trace.firings >= engine.options().firingLimit()) {
      // Each group stayed under the limit, but one session of all the rules would not have.
      return whole().evaluate(present, phase);
    }
    Verdict sum = concluded == 0 ? Verdict.NONE : concluded == 1 ? probe.parts[0] : sum();
    memo.addKept(present, trace, sum);
    return sum;
  }

  private Evaluator whole() {
    if (whole == null) {
      whole = engine.newEvaluator();
    }
    return whole;
  }

  /** The sum of the verdicts in the probe, made once for all the run's split judges. */
  private Verdict sum() {
    probe.hash();
    Verdict sum = shared.sums.get(probe);
    if (sum == null) {
      made++;
      List<Veto> vetoes = new ArrayList<>();
      List<Concern> concerns = new ArrayList<>();
      List<Consequence> consequences = new ArrayList<>();
      for (int i = 0; i < probe.size; i++) {
        Verdict v = probe.parts[i];
        vetoes.addAll(v.vetoes());
        concerns.addAll(v.concerns());
        consequences.addAll(v.consequences());
      }
      sum = Verdict.of(vetoes, concerns, consequences, engine.positions());
      if (shared.sums.size() >= Shared.MAX_SUMS) {
        shared.sums.clear();
      }
      shared.sums.put(probe.copy(), sum);
    }
    return sum;
  }

  /**
   * The verdicts of the groups that concluded something on one deal, in the groups' order. Each
   * group's memo keeps equal verdicts once, so that the same verdicts come back as the same
   * objects, and are compared as such.
   */
  private static final class Parts {
    final Verdict[] parts;
    int size;
    int hash;

    Parts(Verdict[] parts) {
      this.parts = parts;
    }

    void hash() {
      int h = size;
      for (int i = 0; i < size; i++) {
        h = h * 31 + System.identityHashCode(parts[i]);
      }
      hash = h;
    }

    Parts copy() {
      Parts p = new Parts(java.util.Arrays.copyOf(parts, size));
      p.size = size;
      p.hash = hash;
      return p;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Parts p) || p.hash != hash || p.size != size) {
        return false;
      }
      for (int i = 0; i < size; i++) {
        if (p.parts[i] != parts[i]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  @Override
  public long sessions() {
    long n = whole == null ? 0 : whole.sessions();
    for (Evaluator group : groups) {
      n += group.sessions();
    }
    return n;
  }

  @Override
  public void close() {
    LOG.debug("Split judge done: {} deals, {} past the memo, {} sums made, {} group sessions fired; memo: {}",
        evaluated, past, made, sessions(), memo.stats());
    for (Evaluator group : groups) {
      group.close();
    }
    if (whole != null) {
      whole.close();
    }
    if (verifier != null) {
      verifier.close();
    }
  }
}
