package org.gordian.space.whole;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gordian.diag.Message;
import org.gordian.engine.DealIds;
import org.gordian.engine.Engine;
import org.gordian.engine.Evaluator;
import org.gordian.engine.Verdict;
import org.gordian.facts.internal.MoveTable;
import org.gordian.model.Bounds;

/**
 * Exact answers over a whole deal space, counted by dynamic programming over the moves instead of
 * evaluating the deals one by one; the rules run in Drools once per distinct path they take, never
 * once per deal.
 *
 * <pre>{@code
 * Engine engine = gordian.engine(null, EngineOptions.DEFAULT);
 * Bounds whole = WholeSpace.whole(gordian.caseDef().bounds());   // any number of moves
 * WholeSpaceAnswer a = WholeSpace.answer(engine, whole, Budget.DEFAULT);
 * if (a.exact()) {
 *   System.out.println(a.feasible() + " of " + a.total() + " deals are feasible");
 * } else {
 *   System.out.println("no exact answer: " + a.defeated());
 * }
 * }</pre>
 *
 * <p>How: rules read a deal only through primitive questions (has X, the phase of X, any, count,
 * first and last phase of a group of moves, size, phase count). A sweep takes the allowed moves one
 * at a time, each left out or put in one of the phases, and keeps for each partial deal only what
 * answers the questions known so far, plus what the bounds need; partial deals that keep the same
 * are merged and counted together. Each final state stands for every deal that answers all known
 * questions alike. One deal of it (its witness) is fired in Drools with its questions recorded; when
 * the path the rules took asks only known questions, its verdict holds for every deal of the state,
 * since Drools is deterministic. When it asks a question not yet known, the question is added and the
 * sweep runs again; questions are finite, so this ends. Paths are remembered, so a state whose
 * answers follow a path already taken costs no firing at all.
 *
 * <p>Defeated (an answer without figures, saying why) when a rule reads a deal's identity (then
 * deals alike may differ), when the sweep would hold more states than the budget allows, or when
 * the rules would be fired more often than it allows.
 */
public final class WholeSpace {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WholeSpace.class);
  private static final int SEEDS = 16;
  private static final int MAX_PHASES = 30;

  private final Engine engine;
  private final MoveTable table;
  private final Budget budget;
  private final int[] moves;
  private final long requiredMask;
  private final int phases;
  private final int maxMoves;
  private final List<Shape.PartyBound> parties = new ArrayList<>();
  /** Each group of alternatives as a bit set over the allowed moves (groups of fewer than two left out). */
  private final long[] alternatives;
  private final boolean impossible;
  private final String scope;
  private final Set<Long> questions = new LinkedHashSet<>();
  private long engineCalls;
  private int rounds;
  private long states;
  private List<Evaluator> groups;
  private PathTree[] trees;
  private Evaluator whole;
  private long fireNanos;

  private WholeSpace(Engine engine, Bounds bounds, Budget budget) {
    this.engine = engine;
    this.table = engine.table();
    this.budget = budget;
    this.moves = bounds.moves().stream().mapToInt(table::indexOf).filter(i -> i >= 0).distinct().sorted().toArray();
    long req = table.maskOf(bounds.require());
    long allowed = 0;
    for (int m : moves) {
      allowed |= 1L << m;
    }
    this.requiredMask = req;
    this.phases = bounds.phases();
    this.maxMoves = Math.min(bounds.maxMoves(), moves.length);
    boolean none = moves.length == 0 || (req & ~allowed) != 0 || Long.bitCount(req) > maxMoves || phases < 1;
    for (var e : new java.util.TreeMap<>(bounds.parties()).entrySet()) {
      long mask = table.mask(table.groupOf("party", e.getKey())) & allowed;
      int min = e.getValue().min();
      int max = e.getValue().max() >= Long.bitCount(mask) ? Integer.MAX_VALUE : e.getValue().max();
      if (table.groupOf("party", e.getKey()) < 0) {
        none |= min > 0;
        continue;
      }
      if (min > 0 || max != Integer.MAX_VALUE) {
        parties.add(new Shape.PartyBound(mask, min, max));
      }
    }
    final long allowedMoves = allowed;
    this.alternatives = bounds.alternatives().stream().mapToLong(group -> table.maskOf(group) & allowedMoves)
        .filter(mask -> Long.bitCount(mask) > 1).toArray();
    for (long group : alternatives) {
      none |= Long.bitCount(group & req) > 1;
    }
    this.impossible = none;
    this.scope = scope(bounds);
  }

  /** The same bounds with no cap on the number of moves: the whole space up to the bounds' phase limit. */
  public static Bounds whole(Bounds bounds) {
    return bounds.with(Integer.MAX_VALUE, bounds.phases()).withLimit(Long.MAX_VALUE);
  }

  /**
   * Answers exactly over every deal the bounds allow (their move cap included; see
   * {@link #whole} for none), or says why it cannot.
   *
   * @throws org.gordian.diag.GordianException when a rule fails or runs away on a deal fired
   */
  public static WholeSpaceAnswer answer(Engine engine, Bounds bounds, Budget budget) {
    return new WholeSpace(engine, bounds, budget).run();
  }

  /**
   * Estimates the feasible share of the space from {@code samples} deals drawn uniformly at random
   * with the given seed (the same seed gives the same draws and the same estimate), each judged by
   * the engine on its own: the fallback when {@link #answer} is defeated. Rules that read a deal's
   * identity are no obstacle, since each drawn deal is judged as itself.
   *
   * @throws org.gordian.diag.GordianException when a rule fails or runs away on a drawn deal
   */
  public static SampledShare sample(Engine engine, Bounds bounds, int samples, long seed) {
    return new WholeSpace(engine, bounds, Budget.DEFAULT).sample(samples, seed);
  }

  private SampledShare sample(int samples, long seed) {
    int[] feasible = {0};
    int[] drawn = {0};
    BigInteger total;
    try (Evaluator evaluator = engine.newEvaluator()) {
      total = draw(samples, seed, (present, phase) -> {
        drawn[0]++;
        if (evaluator.evaluate(present, phase).feasible()) {
          feasible[0]++;
        }
        return true;
      });
    }
    return SampledShare.of(scope, total, drawn[0], seed, feasible[0]);
  }

  /** Draws deals of the space uniformly at random into the sink (its phase array is reused); returns the space's size. */
  static BigInteger draw(Engine engine, Bounds bounds, int samples, long seed, org.gordian.space.DealSpace.Sink sink) {
    return new WholeSpace(engine, bounds, Budget.DEFAULT).draw(samples, seed, sink);
  }

  private BigInteger draw(int samples, long seed, org.gordian.space.DealSpace.Sink sink) {
    if (phases > MAX_PHASES) {
      throw new IllegalArgumentException(Message.TOO_MANY_PHASES_TO_SAMPLE.say(MAX_PHASES, phases));
    }
    Sweep sweep = sweep(new Shape(table, moves, requiredMask, phases, maxMoves, parties, alternatives, Set.of()));
    if (sweep == null) {
      throw new IllegalStateException(Message.BUDGET_TOO_SMALL_FOR_BOUNDS.say());
    }
    int n = moves.length;
    int choices = phases + 1;
    // Completions from each state to the end of the sweep, layer by layer from the end.
    BigInteger[][] ways = new BigInteger[n + 1][];
    ways[n] = new BigInteger[sweep.layers[n].size];
    Arrays.fill(ways[n], impossible ? BigInteger.ZERO : BigInteger.ONE);
    for (int i = n - 1; i >= 0; i--) {
      ways[i] = new BigInteger[sweep.layers[i].size];
      for (int s = 0; s < ways[i].length; s++) {
        BigInteger w = BigInteger.ZERO;
        for (int c = 0; c < choices; c++) {
          int t = sweep.succ[i][s * choices + c];
          if (t >= 0) {
            w = w.add(ways[i + 1][t]);
          }
        }
        ways[i][s] = w;
      }
    }
    BigInteger total = ways[0][0];
    Random r = new Random(seed);
    byte[] phase = new byte[table.size()];
    for (int k = 0; k < samples && total.signum() > 0; k++) {
      BigInteger x;
      do {
        x = new BigInteger(total.bitLength(), r);
      } while (x.compareTo(total) >= 0);
      long present = 0;
      Arrays.fill(phase, (byte) 0);
      int s = 0;
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < choices; c++) {
          int t = sweep.succ[i][s * choices + c];
          if (t < 0) {
            continue;
          }
          if (x.compareTo(ways[i + 1][t]) < 0) {
            if (c > 0) {
              present |= 1L << moves[i];
              phase[moves[i]] = (byte) c;
            }
            s = t;
            break;
          }
          x = x.subtract(ways[i + 1][t]);
        }
      }
      if (!sink.accept(present, phase)) {
        break;
      }
    }
    return total;
  }

  private String scope(Bounds bounds) {
    StringBuilder s = new StringBuilder("all deals of ").append(moves.length).append(" allowed moves, ")
        .append(maxMoves >= moves.length ? "any number of them" : "up to " + maxMoves + " of them")
        .append(", in up to ").append(phases).append(phases == 1 ? " phase" : " phases");
    if (!bounds.require().isEmpty()) {
      s.append(", each holding ").append(String.join(", ", bounds.require()));
    }
    bounds.parties().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      int min = e.getValue().min();
      long allowedOfParty = Arrays.stream(moves).filter(m -> table.moves().get(m).getParty().equals(e.getKey())).count();
      int max = e.getValue().max() >= allowedOfParty ? Integer.MAX_VALUE : e.getValue().max();
      if (min > 0) {
        s.append(", ").append(e.getKey()).append(" giving at least ").append(min);
      }
      if (max < Integer.MAX_VALUE) {
        s.append(min > 0 ? " and at most " : ", " + e.getKey() + " giving at most ").append(max);
      }
    });
    return s.toString();
  }

  /** Stops the answer, with the reason in plain words. */
  private static final class Defeat extends RuntimeException {
    Defeat(String reason) {
      super(reason, null, false, false);
    }
  }

  /** What the rules concluded on every deal of one final state: the vetoing positions and the concerns' sum. */
  private record Judged(long vetoBits, int[] vetoPositions, double concernTotal) {
    boolean feasible() {
      return vetoBits == 0 && vetoPositions.length == 0;
    }

    /** The vetoing positions' indices, ascending. */
    int[] positions() {
      if (vetoBits == 0) {
        return vetoPositions;
      }
      int[] out = new int[Long.bitCount(vetoBits)];
      int i = 0;
      for (long b = vetoBits; b != 0; b &= b - 1) {
        out[i++] = Long.numberOfTrailingZeros(b);
      }
      return out;
    }
  }

  private WholeSpaceAnswer run() {
    long t0 = System.nanoTime();
    if (engine.rulesReadDealIdentity()) {
      return WholeSpaceAnswer.defeated(scope, IDENTITY, stats(t0, 0));
    }
    if (phases > MAX_PHASES) {
      return WholeSpaceAnswer.defeated(scope, "the sweep keeps the phases used in " + MAX_PHASES + " bits; the bounds"
          + " allow " + phases + " phases", stats(t0, 0));
    }
    groups = engine.newGroupEvaluators();
    trees = new PathTree[groups.size()];
    for (int g = 0; g < trees.length; g++) {
      trees[g] = new PathTree();
    }
    try {
      seed();
      while (true) {
        rounds++;
        if (rounds > budget.maxRounds()) {
          throw new Defeat("the rules kept asking new questions after " + budget.maxRounds()
              + " sweeps (" + questions.size() + " questions); the budget allows no more");
        }
        Shape shape = new Shape(table, moves, requiredMask, phases, maxMoves, parties, alternatives, questions);
        long ts = System.nanoTime();
        Sweep sweep = sweep(shape);
        LOG.debug("Sweep {}: {} ms, {}", rounds, (System.nanoTime() - ts) / 1_000_000, shape);
        ts = System.nanoTime();
        if (sweep == null) {
          throw new Defeat("the sweep over the moves needed more than " + budget.maxStates()
              + " states to keep apart the answers to the " + questions.size()
              + " questions the rules ask; the budget allows no more");
        }
        Layer last = sweep.layers[moves.length];
        Judged[] judged = new Judged[last.size];
        Set<Long> unknown = new LinkedHashSet<>();
        for (int s = 0; s < last.size; s++) {
          judged[s] = resolve(shape, sweep, s, unknown);
        }
        LOG.debug("Verdicts of {} final states: {} ms, {} of them firing the rules", last.size,
            (System.nanoTime() - ts) / 1_000_000, fireNanos / 1_000_000);
        if (unknown.isEmpty()) {
          ts = System.nanoTime();
          return answerOf(sweep, judged, t0);
        }
        questions.addAll(unknown);
      }
    } catch (Defeat d) {
      return WholeSpaceAnswer.defeated(scope, d.getMessage(), stats(t0, 0));
    } finally {
      groups.forEach(Evaluator::close);
      if (whole != null) {
        whole.close();
      }
    }
  }

  private static final String IDENTITY = "the rules read a deal's identity (its id, title, text, hash or"
      + " equality), so two deals with the same moves in the same phases may get different verdicts and no"
      + " count can stand for a set of deals";

  /** Fires the rules on a few deals chosen by a fixed seed, to learn their first questions. */
  private void seed() {
    Random r = new Random(20190228L);
    byte[] phase = new byte[table.size()];
    for (int k = 0; k < SEEDS && moves.length > 0; k++) {
      long present = requiredMask;
      Arrays.fill(phase, (byte) 0);
      for (int m : moves) {
        if (k == 0 || r.nextBoolean()) {
          present |= 1L << m;
        }
      }
      int used = 0;
      for (int m : moves) {
        if ((present & (1L << m)) != 0) {
          phase[m] = (byte) (k == 0 ? 1 : 1 + r.nextInt(phases));
          used |= 1 << (phase[m] - 1);
        }
      }
      for (int m : moves) {
        if (phase[m] > 0) {   // canonical phases: close the gaps
          phase[m] = (byte) Integer.bitCount(used & ((1 << phase[m]) - 1));
        }
      }
      for (int g = 0; g < groups.size(); g++) {
        trees[g].add(fire(g, present, phase));
      }
    }
  }

  /** Fires one group of the rules on one deal and learns the questions it asked. */
  private Evaluator.Asked fire(int group, long present, byte[] phase) {
    if (engineCalls >= budget.maxEngineCalls()) {
      throw new Defeat("the rules took more than " + budget.maxEngineCalls() + " distinct paths; the budget allows"
          + " no more firings");
    }
    engineCalls++;
    Evaluator.Asked asked = groups.get(group).evaluateAsked(present, phase);
    if (asked.opaque() || engine.rulesReadDealIdentity()) {
      throw new Defeat(IDENTITY);
    }
    for (int i = 0; i < asked.ops().length; i++) {
      questions.add(Shape.key(asked.ops()[i], asked.args()[i]));
    }
    return asked;
  }

  /** The witness deal of a final state: the first partial deal that reached it, grown to the end. */
  private long witness(Sweep sweep, int s, byte[] phase) {
    long present = 0;
    int t = s;
    for (int i = moves.length - 1; i >= 0; i--) {
      Layer l = sweep.layers[i + 1];
      int c = l.choice[t];
      phase[moves[i]] = (byte) c;
      if (c > 0) {
        present |= 1L << moves[i];
      }
      t = l.parent[t];
    }
    return present;
  }

  /**
   * What the rules conclude on every deal of final state {@code s}: each group's verdict follows a
   * path already taken, or its witness is fired. Null, with the questions to learn added to
   * {@code unknown}, when some group's path asks a question the state does not keep.
   */
  private Judged resolve(Shape shape, Sweep sweep, int s, Set<Long> unknown) {
    Layer last = sweep.layers[moves.length];
    int base = s * shape.words;
    byte[] phase = null;
    long present = 0;
    int[] vetoes = NO_POSITIONS;
    long vetoBits = 0;
    boolean bits = engine.positions().size() <= 64;
    double concerns = 0;
    int firings = 0;
    for (int g = 0; g < groups.size(); g++) {
      PathTree.Node n = trees[g].root;
      while (n != null && n.leaf == null && n.question != -1) {
        if (n.indexedFor != rounds) {
          n.index = shape.indexOf(n.question);
          n.indexedFor = rounds;
        }
        if (n.index < 0) {
          unknown.add(n.question);
          return null;
        }
        int a = shape.fastAnswer(n.index, last.keys, base);
        n = a < n.kids.length ? n.kids[a] : null;
      }
      Evaluator.Asked asked;
      if (n != null && n.leaf != null) {
        asked = n.leaf;
      } else {
        if (phase == null) {
          phase = new byte[table.size()];
          present = witness(sweep, s, phase);
        }
        long tf = System.nanoTime();
        asked = fire(g, present, phase);
        fireNanos += System.nanoTime() - tf;
        boolean known = true;
        for (int i = 0; i < asked.ops().length; i++) {
          long q = Shape.key(asked.ops()[i], asked.args()[i]);
          if (!shape.answers(q)) {
            unknown.add(q);
            known = false;
          }
        }
        if (!known) {
          return null;
        }
        trees[g].add(asked);
      }
      Verdict v = asked.verdict();
      if (bits) {
        for (int p : v.vetoPositions()) {
          vetoBits |= 1L << p;
        }
      } else {
        vetoes = union(vetoes, v.vetoPositions());
      }
      concerns += v.concernTotal();
      firings += asked.firings();
    }
    if (groups.size() > 1 && firings >= engine.options().firingLimit()) {
      // Each group stayed under the limit, but one session of all the rules would not have: it says so.
      if (phase == null) {
        phase = new byte[table.size()];
        present = witness(sweep, s, phase);
      }
      whole().evaluate(present, phase);
      throw new Defeat("the groups of rules together fire more often than the firing limit allows on deal '"
          + DealIds.of(table, present, phase) + "'");
    }
    return new Judged(vetoBits, vetoes, concerns);
  }

  private static final int[] NO_POSITIONS = new int[0];

  private static int[] union(int[] a, int[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      int x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
      if (i < a.length && a[i] == x) {
        i++;
      }
      if (j < b.length && b[j] == x) {
        j++;
      }
      out[k++] = x;
    }
    return k == out.length ? out : Arrays.copyOf(out, k);
  }

  private Evaluator whole() {
    if (whole == null) {
      whole = engine.newEvaluator();
    }
    return whole;
  }

  /** The layers of one sweep and, per layer, each state's successor under each choice (-1 when none). */
  private record Sweep(Layer[] layers, int[][] succ) {}

  private Sweep sweep(Shape shape) {
    int n = moves.length;
    int w = shape.words;
    Layer[] layers = new Layer[n + 1];
    int[][] succ = new int[n][];
    layers[0] = new Layer(w, 1);
    layers[0].add(new long[w], 0, -1, 0);
    layers[0].counts[0] = impossible ? 0 : 1;
    long held = 1;
    long[] scratch = new long[w];
    int choices = phases + 1;
    for (int i = 0; i < n; i++) {
      Layer cur = layers[i];
      Layer next = new Layer(w, cur.size);
      int[] out = new int[cur.size * choices];
      for (int s = 0; s < cur.size; s++) {
        for (int c = 0; c < choices; c++) {
          if (!shape.step(cur.keys, s * w, i, c, scratch, 0)) {
            out[s * choices + c] = -1;
            continue;
          }
          int t = next.add(scratch, 0, s, c);
          if (held + next.size > budget.maxStates()) {
            return null;
          }
          next.addCount(t, cur, s);
          out[s * choices + c] = t;
        }
      }
      cur.dropKeys();
      layers[i + 1] = next;
      succ[i] = out;
      held += next.size;
      if (held > budget.maxStates()) {
        return null;
      }
    }
    states = held;
    return new Sweep(layers, succ);
  }

  private WholeSpaceAnswer answerOf(Sweep sweep, Judged[] verdicts, long t0) {
    int n = moves.length;
    int choices = phases + 1;
    Layer last = sweep.layers[n];
    int np = engine.positions().size();
    BigInteger total = BigInteger.ZERO;
    BigInteger feasible = BigInteger.ZERO;
    BigInteger[] vetoes = new BigInteger[np];
    BigInteger[] alone = new BigInteger[np];
    Arrays.fill(vetoes, BigInteger.ZERO);
    Arrays.fill(alone, BigInteger.ZERO);
    // Whether a feasible deal can still be completed from each state, layer by layer from the end.
    BitSet[] canFinish = new BitSet[n + 1];
    canFinish[n] = new BitSet(last.size);
    for (int s = 0; s < last.size; s++) {
      BigInteger c = last.count(s);
      if (c.signum() == 0) {
        continue;
      }
      total = total.add(c);
      Judged v = verdicts[s];
      if (v.feasible()) {
        feasible = feasible.add(c);
        canFinish[n].set(s);
      }
      int[] vp = v.positions();
      for (int p : vp) {
        vetoes[p] = vetoes[p].add(c);
      }
      if (vp.length == 1) {
        alone[vp[0]] = alone[vp[0]].add(c);
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      int size = sweep.layers[i].size;
      canFinish[i] = new BitSet(size);
      int[] out = sweep.succ[i];
      for (int s = 0; s < size; s++) {
        for (int c = 0; c < choices; c++) {
          int t = out[s * choices + c];
          if (t >= 0 && canFinish[i + 1].get(t)) {
            canFinish[i].set(s);
            break;
          }
        }
      }
    }
    // Forward: for each state, the earlier moves some partial deal reaching it holds; a move
    // (and a pair with an earlier move) is feasible when it goes in on the way to a feasible end.
    boolean[] moveFeasible = new boolean[n];
    long[] pairFeasible = new long[n];
    long[] held = new long[1];
    for (int i = 0; i < n; i++) {
      long[] next = new long[sweep.layers[i + 1].size];
      int[] out = sweep.succ[i];
      for (int s = 0; s < held.length; s++) {
        for (int c = 0; c < choices; c++) {
          int t = out[s * choices + c];
          if (t < 0) {
            continue;
          }
          next[t] |= held[s] | (c > 0 ? 1L << i : 0L);
          if (c > 0 && canFinish[i + 1].get(t)) {
            moveFeasible[i] = true;
            pairFeasible[i] |= held[s];
          }
        }
      }
      held = next;
    }
    List<WholeSpaceAnswer.PositionCount> positions = new ArrayList<>();
    for (int p = 0; p < np; p++) {
      positions.add(new WholeSpaceAnswer.PositionCount(engine.positions().get(p), vetoes[p], alone[p],
          feasible.add(alone[p])));
    }
    List<String> never = new ArrayList<>();
    List<WholeSpaceAnswer.MovePair> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!moveFeasible[i]) {
        never.add(idOf(moves[i]));
        continue;
      }
      for (int j = 0; j < i; j++) {
        if (moveFeasible[j] && (pairFeasible[i] & (1L << j)) == 0) {
          pairs.add(new WholeSpaceAnswer.MovePair(idOf(moves[j]), idOf(moves[i])));
        }
      }
    }
    String note = "shown without witnesses: the count of feasible deals holding both moves is zero over every deal"
        + " of the space (" + scope + "), whatever the size and the phases";
    return new WholeSpaceAnswer(scope, null, total, feasible, positions, never, pairs, note, best(sweep, verdicts),
        stats(t0, last.size));
  }

  /** The best feasible deals by concern weight: a witness of each of the best final states. */
  private List<WholeSpaceAnswer.BestDeal> best(Sweep sweep, Judged[] verdicts) {
    Layer last = sweep.layers[moves.length];
    List<Integer> feasible = new ArrayList<>();
    for (int s = 0; s < last.size; s++) {
      if (verdicts[s].feasible() && last.count(s).signum() > 0) {
        feasible.add(s);
      }
    }
    feasible.sort(Comparator.comparingDouble((Integer s) -> -verdicts[s].concernTotal()).thenComparing(s -> s));
    List<WholeSpaceAnswer.BestDeal> best = new ArrayList<>();
    for (int s : feasible.subList(0, Math.min(feasible.size(), budget.bestDeals()))) {
      byte[] phase = new byte[table.size()];
      long present = witness(sweep, s, phase);
      Verdict v = whole().evaluate(present, phase);
      Map<String, Integer> dealMoves = new LinkedHashMap<>();
      for (int m : moves) {
        if (phase[m] > 0) {
          dealMoves.put(idOf(m), (int) phase[m]);
        }
      }
      best.add(new WholeSpaceAnswer.BestDeal(DealIds.of(table, present, phase), dealMoves, v.concernTotal(),
          last.count(s)));
    }
    best.sort(Comparator.comparingDouble((WholeSpaceAnswer.BestDeal b) -> -b.concernTotal())
        .thenComparing(WholeSpaceAnswer.BestDeal::id));
    return List.copyOf(best);
  }

  private String idOf(int move) {
    return table.moves().get(move).getId();
  }

  private WholeSpaceAnswer.Stats stats(long t0, long patterns) {
    long paths = 0;
    for (PathTree t : trees == null ? new PathTree[0] : trees) {
      paths += t.leaves;
    }
    return new WholeSpaceAnswer.Stats(rounds, questions.size(), states, patterns, paths, engineCalls,
        (System.nanoTime() - t0) / 1_000_000);
  }
}
