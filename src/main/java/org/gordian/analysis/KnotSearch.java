package org.gordian.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gordian.engine.Engine;
import org.gordian.engine.Evaluator;
import org.gordian.engine.PositionIndex;
import org.gordian.facts.internal.MoveTable;
import org.gordian.model.Bounds;
import org.gordian.model.PositionRef;
import org.gordian.space.DealSpace;

/**
 * Finds knots: pairs of moves (of one party or two) that appear together in deals the run evaluated
 * but never in a feasible one (read from the {@link MoveSets} of every deal evaluated: the generated
 * space, the listed deals, the deals asked for and the neighbourhoods searched), then tells
 * sequencing knots from incompatibilities by evaluating small deals holding the pair in each
 * relative order. A pair that any feasible deal of the run holds is never a knot, whatever its size.
 *
 * <p>For a pair (a, b) the three orders are: a before b, a and b in one phase, a after b. Each order
 * is evaluated on its own, then next to each other move of the space placed before both moves or
 * after both (so that only the order of a and b changes between the three deals compared); moves
 * the bounds require are added in the first phase. A position is <em>order-sensitive</em> for an
 * order when, next to the same companion, it vetoes that order but lets another pass. The pair is a
 * sequencing knot when every order has an order-sensitive veto and no single party holds one for
 * every order: whichever way the moves are sequenced, a different side says no. It is an
 * incompatibility when both moves appear in feasible deals apart but never together and it is not
 * a sequencing knot; its positions are those vetoing the pair alone in every order, leaving out
 * positions that already veto either move alone when others remain.
 *
 * <p>Triples are searched too, where cheap: three moves, each pair of them feasible together
 * somewhere, the three never; see {@link #examineTriple}. A deal the search evaluates that turns out
 * feasible refutes the pair or triple it holds, which is then no knot.
 */
public final class KnotSearch {
  static final String[] ORDERS = {"before", "same", "after"};
  private static final int[][] SLOTS = {{2, 4}, {3, 3}, {4, 2}};

  private final Engine engine;
  private final java.util.function.Function<java.util.Collection<PositionRef>, Engine> variants;
  private final java.util.Map<List<PositionRef>, Evaluator> alone = new java.util.HashMap<>();
  private final MoveSets facts;
  private final long required;
  private final Bounds bounds;
  private int candidates;
  private int tripleCandidates;
  private long evaluations;

  /**
   * A search over one space.
   *
   * @param variants builds the run's engine with more positions switched off, to check that a knot's
   *     positions tie it on their own
   * @param facts the moves held together, and feasibly together, by every deal the run evaluated
   * @param required the moves every deal of the space holds, as a bit set
   * @param bounds the generated space's bounds, whose every deal holding a knot's moves is tried
   *     before the knot is said to be tied by its positions alone; null to try only the small deals
   */
  public KnotSearch(Engine engine, java.util.function.Function<java.util.Collection<PositionRef>, Engine> variants,
      MoveSets facts, long required, Bounds bounds) {
    this.engine = engine;
    this.variants = variants;
    this.facts = facts;
    this.required = required;
    this.bounds = bounds;
  }

  /** The knots of the space, in case order of their moves. */
  public List<Knot> find() {
    MoveTable table = engine.table();
    int n = table.size();
    List<Knot> out = new ArrayList<>();
    try (Evaluator ev = engine.newEvaluator()) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (!facts.together(i, j) || facts.feasibleTogether(i, j)) {
            continue;
          }
          candidates++;
          Knot k = examine(ev, i, j);
          if (k != null) {
            out.add(k);
          }
        }
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          for (int l = j + 1; l < n; l++) {
            if (facts.together(i, j, l) && !facts.feasibleTogether(i, j, l) && facts.feasibleTogether(i, j)
                && facts.feasibleTogether(i, l) && facts.feasibleTogether(j, l)) {
              tripleCandidates++;
              Knot k = examineTriple(ev, i, j, l);
              if (k != null) {
                out.add(k);
              }
            }
          }
        }
      }
    } finally {
      alone.values().forEach(Evaluator::close);
      alone.clear();
    }
    return List.copyOf(out);
  }

  /** How many triples were never feasible together though each of their pairs is. */
  public int tripleCandidates() {
    return tripleCandidates;
  }

  /**
   * A triple whose every pair is feasible somewhere but which never is: the bare triple is
   * evaluated in each of its 13 phase orders. Incompatible when some position vetoes every order;
   * sequencing when every order is vetoed and no party vetoes them all; not a knot when some order
   * passes (the bounds kept that deal out of the space).
   */
  private Knot examineTriple(Evaluator ev, int i, int j, int l) {
    MoveTable table = engine.table();
    int n = table.size();
    PositionIndex index = engine.positions();
    int[] moves = {i, j, l};
    List<Knot.OrderVetoes> orders = new ArrayList<>();
    BitSet common = null;
    Set<String> commonParties = null;
    List<long[]> tried = new ArrayList<>();
    List<byte[]> triedPhases = new ArrayList<>();
    TreeSet<PositionRef> all = new TreeSet<>();
    for (int a = 1; a <= 3; a++) {
      for (int b = 1; b <= 3; b++) {
        for (int c = 1; c <= 3; c++) {
          int max = Math.max(a, Math.max(b, c));
          boolean onto = true;
          for (int p = 1; p <= max; p++) {
            onto &= a == p || b == p || c == p;
          }
          if (!onto) {
            continue;
          }
          byte[] phase = new byte[n];
          long present = required;
          for (long rest = required; rest != 0; rest &= rest - 1) {
            phase[Long.numberOfTrailingZeros(rest)] = 1;
          }
          int[] at = {a, b, c};
          for (int m = 0; m < 3; m++) {
            present |= 1L << moves[m];
            phase[moves[m]] = (byte) at[m];
          }
          BitSet v = vetoes(ev, present, phase);
          if (v.isEmpty()) {
            return null;
          }
          tried.add(new long[] {present});
          triedPhases.add(phase);
          Set<String> parties = new HashSet<>();
          v.stream().forEach(p -> parties.add(index.get(p).party()));
          if (common == null) {
            common = (BitSet) v.clone();
            commonParties = parties;
          } else {
            common.and(v);
            commonParties.retainAll(parties);
          }
          List<PositionRef> refs = v.stream().mapToObj(index::get).sorted().toList();
          all.addAll(refs);
          orders.add(new Knot.OrderVetoes(org.gordian.engine.DealIds.of(table, present,
              Nearest.canonical(present, phase)), refs));
        }
      }
    }
    List<String> ids = new ArrayList<>();
    List<String> parties = new ArrayList<>();
    for (int m : moves) {
      ids.add(table.moves().get(m).getId());
      parties.add(table.moves().get(m).getParty());
    }
    Knot.Kind kind;
    List<PositionRef> positions;
    if (!common.isEmpty()) {
      kind = Knot.Kind.INCOMPATIBLE;
      positions = common.stream().mapToObj(index::get).sorted().toList();
    } else if (commonParties.isEmpty()) {
      kind = Knot.Kind.SEQUENCING;
      positions = List.copyOf(all);
    } else {
      Set<String> holders = commonParties;
      kind = Knot.Kind.INCOMPATIBLE;
      positions = all.stream().filter(p -> holders.contains(p.party())).toList();
    }
    return new Knot(ids, parties, kind, positions, List.copyOf(orders), true,
        tiedAlone(positions, moves, tried, triedPhases));
  }

  /** How many pairs never feasible together were examined. */
  public int candidates() {
    return candidates;
  }

  /** How many deals were evaluated: small deals holding a pair or triple, and deals of the space holding a knot. */
  public long evaluations() {
    return evaluations;
  }

  private Knot examine(Evaluator ev, int i, int j) {
    MoveTable table = engine.table();
    int n = table.size();
    List<Set<Integer>> sensitive = List.of(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    BitSet[] bare = null;
    List<long[]> tried = new ArrayList<>();
    List<byte[]> triedPhases = new ArrayList<>();
    for (int c = -1; c < n; c++) {
      if (c == i || c == j || (c >= 0 && (facts.seen() & (1L << c)) == 0)) {
        continue;
      }
      for (int slot : c < 0 ? new int[] {0} : new int[] {1, 5}) {
        BitSet[] vetoes = new BitSet[3];
        for (int o = 0; o < 3; o++) {
          byte[] phase = new byte[n];
          long present = (1L << i) | (1L << j) | required;
          for (long rest = required; rest != 0; rest &= rest - 1) {
            phase[Long.numberOfTrailingZeros(rest)] = 1;
          }
          phase[i] = (byte) SLOTS[o][0];
          phase[j] = (byte) SLOTS[o][1];
          if (c >= 0) {
            present |= 1L << c;
            phase[c] = (byte) slot;
          }
          vetoes[o] = vetoes(ev, present, phase);
          if (vetoes[o].isEmpty()) {
            return null;    // a feasible deal holds both: the bounds only kept it out of the space
          }
          tried.add(new long[] {present});
          triedPhases.add(phase);
        }
        if (c < 0) {
          bare = vetoes;
        }
        for (int o = 0; o < 3; o++) {
          for (int p = vetoes[o].nextSetBit(0); p >= 0; p = vetoes[o].nextSetBit(p + 1)) {
            for (int other = 0; other < 3; other++) {
              if (!vetoes[other].get(p)) {
                sensitive.get(o).add(p);
              }
            }
          }
        }
      }
    }
    PositionIndex index = engine.positions();
    List<String> moves = List.of(table.moves().get(i).getId(), table.moves().get(j).getId());
    List<String> parties = List.of(table.moves().get(i).getParty(), table.moves().get(j).getParty());
    boolean apart = facts.feasible(i) && facts.feasible(j);
    if (sequencing(sensitive, index)) {
      List<Knot.OrderVetoes> orders = new ArrayList<>();
      TreeSet<PositionRef> all = new TreeSet<>();
      for (int o = 0; o < 3; o++) {
        List<PositionRef> refs = sensitive.get(o).stream().map(index::get).sorted().toList();
        orders.add(new Knot.OrderVetoes(ORDERS[o], refs));
        all.addAll(refs);
      }
      List<PositionRef> positions = List.copyOf(all);
      return new Knot(moves, parties, Knot.Kind.SEQUENCING, positions, List.copyOf(orders), apart,
          tiedAlone(positions, new int[] {i, j}, tried, triedPhases));
    }
    if (!apart) {
      return null;
    }
    BitSet every = (BitSet) bare[0].clone();
    every.and(bare[1]);
    every.and(bare[2]);
    BitSet alone = single(ev, i);
    alone.or(single(ev, j));
    BitSet own = (BitSet) every.clone();
    own.andNot(alone);
    BitSet chosen = own.isEmpty() ? every : own;
    List<Knot.OrderVetoes> orders = new ArrayList<>();
    for (int o = 0; o < 3; o++) {
      orders.add(new Knot.OrderVetoes(ORDERS[o], bare[o].stream().mapToObj(index::get).sorted().toList()));
    }
    List<PositionRef> positions = chosen.stream().mapToObj(index::get).sorted().toList();
    return new Knot(moves, parties, Knot.Kind.INCOMPATIBLE, positions, List.copyOf(orders), true,
        tiedAlone(positions, new int[] {i, j}, tried, triedPhases));
  }

  /**
   * Whether these positions tie the knot on their own: with every other position switched off,
   * each of the deals tried still draws a veto, and so does every deal of the generated space that
   * holds the knot's moves (a larger deal may hold them in an order the small deals could not).
   */
  private boolean tiedAlone(List<PositionRef> positions, int[] moves, List<long[]> tried, List<byte[]> phases) {
    if (positions.isEmpty()) {
      return false;
    }
    Evaluator ev = alone.computeIfAbsent(positions, keep -> variants.apply(engine.positions().all().stream()
        .filter(p -> !keep.contains(p)).toList()).newEvaluator());
    for (int d = 0; d < tried.size(); d++) {
      long present = tried.get(d)[0];
      evaluations++;
      if (ev.evaluate(present, Nearest.canonical(present, phases.get(d)), null, null).feasible()) {
        return false;
      }
    }
    return bounds == null || !feasibleInSpace(ev, moves);
  }

  /** Whether some deal of the generated space holding all these moves is feasible to this evaluator. */
  private boolean feasibleInSpace(Evaluator ev, int[] moves) {
    List<String> require = new ArrayList<>(bounds.require());
    for (int m : moves) {
      String id = engine.table().moves().get(m).getId();
      if (!require.contains(id)) {
        require.add(id);
      }
    }
    boolean[] feasible = {false};
    new DealSpace(engine.table(), bounds.withRequire(require)).forEach((present, phase) -> {
      evaluations++;
      feasible[0] = ev.evaluate(present, phase, null, null).feasible();
      return !feasible[0];
    });
    return feasible[0];
  }

  private static boolean sequencing(List<Set<Integer>> sensitive, PositionIndex index) {
    Set<String> common = null;
    for (Set<Integer> s : sensitive) {
      if (s.isEmpty()) {
        return false;
      }
      Set<String> parties = new HashSet<>();
      s.forEach(p -> parties.add(index.get(p).party()));
      if (common == null) {
        common = parties;
      } else {
        common.retainAll(parties);
      }
    }
    return common.isEmpty();
  }

  private BitSet single(Evaluator ev, int i) {
    byte[] phase = new byte[engine.table().size()];
    long present = (1L << i) | required;
    for (long rest = present; rest != 0; rest &= rest - 1) {
      phase[Long.numberOfTrailingZeros(rest)] = 1;
    }
    return vetoes(ev, present, phase);
  }

  private BitSet vetoes(Evaluator ev, long present, byte[] phase) {
    evaluations++;
    BitSet out = new BitSet();
    for (int p : ev.evaluate(present, Nearest.canonical(present, phase), null, null).vetoPositions()) {
      if (p >= 0) {
        out.set(p);
      }
    }
    return out;
  }
}
