package org.gordian.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gordian.engine.Engine;
import org.gordian.space.Background;
import org.gordian.facts.internal.MoveTable;
import org.gordian.model.PositionRef;

/**
 * What would have to change: minimal relaxations and nearest feasible deals for each infeasible
 * listed deal (and each deal asked for), the knots of the space, and the ranking of its feasible
 * deals. Knots and the ranking need the deal space; without it they are empty and a note says so.
 * Nearest deals are sought in each deal's neighbourhood and, with the space, among its feasible deals.
 *
 * @param relaxations per deal, in the order of the listed deals, then the deals asked for, then the
 *     best-scoring deal overall when it is infeasible
 * @param nearest per infeasible listed deal (and deal asked for), the nearest feasible deals, with
 *     the neighbourhood searched around it (whose feasible deals other analyses may read)
 * @param knots the knots: moves that no feasible deal of the knot scope holds together
 * @param knotScope the deals the knot search read: the generated space and every other deal the run
 *     evaluated
 * @param ranking the ranking of feasible deals, or null without the space
 * @param whole what holds over every deal of the case, or null when not asked for
 * @param notes what an analysis skipped or limited, in plain words
 * @param millis how long each analysis took (for benchmarks; reports leave it out)
 */
public record Analyses(List<Relaxation> relaxations, List<Nearest.NearestDeals> nearest, List<Knot> knots,
    Scope knotScope, Ranking ranking, WholeSpaceFindings whole, List<String> notes, Map<String, Long> millis) {

  /**
   * These analyses with what holds over every deal of the case: each pair knot it proves is marked
   * as holding there, and each it unties (a feasible deal of the case, beyond the scope, holds both
   * moves) is no longer reported, with a note saying how many.
   */
  public Analyses withWholeSpace(WholeSpaceFindings found) {
    List<Knot> kept = new ArrayList<>();
    List<String> more = new ArrayList<>(notes);
    int untied = 0;
    for (Knot k : knots) {
      if (!found.exact() || k.moves().size() != 2) {
        kept.add(k);
      } else if (found.neverTogether(k.moves().get(0), k.moves().get(1))) {
        kept.add(k.with(Knot.Whole.HOLDS));
      } else {
        untied++;
      }
    }
    if (untied > 0) {
      more.add("knots: " + plural(untied, "pair") + " tied within the scope of the knot search " + (untied == 1
          ? "is" : "are") + " held by a feasible deal of the case beyond it (every deal examined), and "
          + (untied == 1 ? "is" : "are") + " not listed");
    }
    return new Analyses(relaxations, nearest, List.copyOf(kept), knotScope, ranking, found, List.copyOf(more), millis);
  }

  /**
   * What the nearest-deal search needs of the run: the space's bounds (the neighbourhood's phase
   * limit, and the scope stated), how many deals one neighbourhood may evaluate, and which sets of
   * moves a deal may hold (none with two alternatives of one group).
   */
  public record NearOptions(int maxMoves, int phases, long budget, java.util.function.LongPredicate admits) {

    /** Options admitting every set of moves. */
    public NearOptions(int maxMoves, int phases, long budget) {
      this(maxMoves, phases, budget, moves -> true);
    }
  }

  /** How many nearest feasible deals are kept per deal. */
  public static final int NEAREST = 3;

  /** The relaxation of the deal with this id, if it was computed. */
  public java.util.Optional<Relaxation> relaxation(String dealId) {
    return relaxations.stream().filter(r -> r.dealId().equals(dealId)).findFirst();
  }

  /** The nearest feasible deals to the deal with this id, if they were computed. */
  public java.util.Optional<Nearest.NearestDeals> nearestTo(String dealId) {
    return nearest.stream().filter(r -> r.dealId().equals(dealId)).findFirst();
  }

  /**
   * Runs every analysis.
   *
   * @param engine the run's engine
   * @param variants builds the run's engine with more positions switched off
   * @param deals the deals to explain: the listed deals, then deals asked for by id
   * @param space the space's summary, or null when it was not evaluated
   * @param required the moves the bounds require in every deal
   * @param bounds the generated space's bounds (a knot is said to be tied by its positions alone
   *     only when no deal of the space holding its moves passes them), or null
   * @param parties the case's parties, in case order
   * @param maxRelaxation the largest set of positions to try, 0 for the default
   * @param near the bounds the nearest-deal search states and the budget of its neighbourhoods
   * @param threads how many threads the analyses may use: with two or more, the knots are sought
   *     while the relaxations and nearest deals are; the results are the same either way
   */
  public static Analyses run(Engine engine, Function<Collection<PositionRef>, Engine> variants,
      List<DealOutcome> deals, SpaceSummary space, List<String> required, org.gordian.model.Bounds bounds,
      List<String> parties, int maxRelaxation, NearOptions near, int threads) {
    MoveTable table = engine.table();
    Knots knots = new Knots(engine, variants, space, required, evaluated(table, space, deals), bounds);
    Background<Knots> knotsLater = threads > 1 && space != null ? Background.start("gordian-knots", knots::find) : null;
    try {
      return run(engine, deals, space, parties, maxRelaxation, near, threads, table, knots, knotsLater);
    } catch (RuntimeException | Error e) {
      if (knotsLater != null) {
        knotsLater.await();   // leave no search running behind a failed run
      }
      throw e;
    }
  }

  private static Analyses run(Engine engine, List<DealOutcome> deals, SpaceSummary space, List<String> parties,
      int maxRelaxation, NearOptions near, int threads, MoveTable table, Knots knots, Background<Knots> knotsLater) {
    List<String> notes = new ArrayList<>();
    Map<String, Long> millis = new LinkedHashMap<>();
    long start = System.nanoTime();
    Ranking ranking = null;
    if (space != null) {
      ranking = Ranking.of(space.facts());
      if (ranking.paretoTruncated()) {
        notes.add("ranking: the Pareto front holds more than " + SpaceFacts.MAX_FRONT
            + " deals; the rest were left off and the Nash deal is sought among those kept");
      }
    }
    millis.put("ranking", (System.nanoTime() - start) / 1_000_000);

    // With two threads or more, the nearest deals are sought while the relaxations are (and the
    // knots beside both); the results are the same either way.
    Background<NearFound> nearLater = threads > 1
        ? Background.start("gordian-nearest", () -> nearest(engine, deals, space, near, threads, table)) : null;
    List<Relaxation> relaxations;
    try {
      start = System.nanoTime();
      // Listed deals are looked up by id in sets, and deals with the same moves in the same phases are
      // searched once: the work grows with the distinct deals, not with the square of the listed ones.
      List<RelaxationSearch.Target> targets = new ArrayList<>();
      Set<String> targeted = new HashSet<>();
      for (DealOutcome d : deals) {
        if (!d.feasible() && targeted.add(d.id())) {
          targets.add(target(table, d));
        }
      }
      DealOutcome best = ranking == null ? null : ranking.best();
      if (best != null && !best.feasible() && targeted.add(best.id())) {
        targets.add(target(table, best));
      }
      Map<Shape, Integer> shapeIndex = new HashMap<>();
      List<RelaxationSearch.Target> distinct = new ArrayList<>();
      int[] shapeOf = new int[targets.size()];
      for (int i = 0; i < targets.size(); i++) {
        RelaxationSearch.Target t = targets.get(i);
        shapeOf[i] = shapeIndex.computeIfAbsent(Shape.of(t.present(), t.phase()), k -> {
          distinct.add(t);
          return distinct.size() - 1;
        });
      }
      List<PositionRef> candidates = engine.positions().all().stream()
          .filter(p -> !engine.disabled().contains(p)).toList();
      relaxations = List.of();
      if (!targets.isEmpty() && candidates.size() <= 63) {
        int cap = maxRelaxation > 0 ? maxRelaxation : RelaxationSearch.defaultMaxSize(candidates.size());
        RelaxationSearch search = new RelaxationSearch(engine, candidates, cap);
        // One search per shape holds only while no rule reads a deal's identity (its id, title or
        // text); a rule that does, seen before or during the search, makes every deal searched apart.
        boolean byShapeHolds = !engine.rulesReadDealIdentity() && distinct.size() < targets.size();
        List<Relaxation> byShape = byShapeHolds ? search.run(distinct) : null;
        if (byShapeHolds && engine.rulesReadDealIdentity()) {
          search = new RelaxationSearch(engine, candidates, cap);
          byShapeHolds = false;
        }
        if (byShapeHolds) {
          relaxations = new ArrayList<>(targets.size());
          for (int i = 0; i < targets.size(); i++) {
            Relaxation r = byShape.get(shapeOf[i]);
            relaxations.add(r.dealId().equals(targets.get(i).id()) ? r : new Relaxation(targets.get(i).id(), r.sets(),
                r.maxSize(), r.candidates(), r.complete(), r.unrelaxable(), r.remaining(), r.beyondCap()));
          }
        } else {
          relaxations = search.run(targets);
        }
        if (cap < candidates.size()) {
          notes.add("relaxations: sets of up to " + cap + " of the " + candidates.size()
              + " positions were tried (" + search.setsTried() + " sets evaluated); a deal may have larger minimal"
              + " sets, not searched");
        }
      } else if (candidates.size() > 63) {
        notes.add("relaxations: not searched, the rules hold more than 63 positions");
      }
      millis.put("relaxations", (System.nanoTime() - start) / 1_000_000);

    } catch (RuntimeException | Error e) {
      if (nearLater != null) {
        nearLater.await();   // leave no search running behind a failed run
      }
      throw e;
    }
    NearFound nearFound = nearLater == null ? nearest(engine, deals, space, near, threads, table) : nearLater.join();
    List<Nearest.NearestDeals> nearest = nearFound.list();
    Map<Shape, Nearest.NearestDeals> nearByShape = nearFound.byShape();
    if (space != null && space.facts().feasibleNotKept() > 0) {
      notes.add("nearest deals: " + space.facts().feasibleNotKept() + " feasible deals of the enumerated space were"
          + " not kept for the search (more than " + SpaceFacts.MAX_FEASIBLE_KEPT + ", or more than 15 phases or"
          + " 16 moves); the neighbourhoods hold deals of any size");
    }
    millis.put("nearest", nearFound.millis());

    if (knotsLater == null) {
      knots.find();
    } else {
      knotsLater.join();
    }
    if (space != null) {
      KnotSearch search = knots.search;
      notes.add("knots: " + plural(search.candidates(), "pair") + " of moves appear together in deals the run"
          + " evaluated but never in a feasible one, and " + plural(search.tripleCandidates(), "triple") + " whose pairs are"
          + " all feasible somewhere; " + plural(search.evaluations(), "deal") + " evaluated to tell sequencing"
          + " from incompatibility and to check that a knot's positions tie it alone; sets of four moves or more were not searched");
    } else {
      notes.add("knots and ranking need the generated deal space, which was not evaluated; nearest deals were"
          + " sought in the neighbourhoods of the deals only");
    }
    millis.put("knots", knots.millis);
    org.slf4j.LoggerFactory.getLogger(Analyses.class).debug("Analyses took (ms): {}", millis);
    // The neighbourhoods' feasible deals refute any knot whose moves they hold together; their deals
    // join the knots' scope only when every feasible one was kept.
    long others = deals.stream().map(DealOutcome::id).distinct().count();
    List<Knot> found = knots.found;
    boolean allKept = true;
    for (Nearest.NearestDeals n : nearByShape.values()) {
      Neighbourhood.FeasibleDeals f = n.neighbourhood().feasible();
      allKept &= f.dropped() == 0;
      found = found.stream().filter(k -> !heldTogether(table, k, f)).toList();
    }
    if (allKept) {
      others += nearByShape.values().stream().mapToLong(n -> n.neighbourhood().evaluated()).sum();
    }
    Scope knotScope = space == null ? Scope.evaluated(others) : space.scope().plus(others);
    return new Analyses(List.copyOf(relaxations), List.copyOf(nearest), found, knotScope, ranking, null,
        List.copyOf(notes),
        java.util.Collections.unmodifiableMap(millis));
  }

  /** The nearest feasible deals of each infeasible deal, with the neighbourhoods searched. */
  private record NearFound(List<Nearest.NearestDeals> list, Map<Shape, Nearest.NearestDeals> byShape, long millis) {}

  private static NearFound nearest(Engine engine, List<DealOutcome> deals, SpaceSummary space, NearOptions near,
      int threads, MoveTable table) {
    long start = System.nanoTime();
    List<Nearest.NearestDeals> nearest = new ArrayList<>();
    Nearest.SpaceScope scope = space == null ? null : new Nearest.SpaceScope(space.facts().feasibleKept(),
        space.facts().feasibleNotKept(), near.maxMoves(), near.phases());
    Set<String> nearDone = new HashSet<>();
    Map<Shape, Nearest.NearestDeals> nearByShape = new HashMap<>();
    // Many distinct infeasible deals share one allowance, so that the run's work stays bounded;
    // each deal's scope states the budget it had.
    long[] left = {near.budget() > Long.MAX_VALUE / Neighbourhood.RUN_BUDGET_FACTOR ? Long.MAX_VALUE
        : near.budget() * Neighbourhood.RUN_BUDGET_FACTOR};
    // One judge serves every small neighbourhood level: starting sessions for each would cost more
    // than judging the deals.
    try (org.gordian.engine.Evaluator judge = engine.newEvaluator()) {
      for (DealOutcome d : deals) {
        if (!d.feasible() && nearDone.add(d.id())) {
          RelaxationSearch.Target t = target(table, d);
          // The neighbourhood holds deals of their own ids; the deal's own id is never read again.
          Nearest.NearestDeals n = nearByShape.computeIfAbsent(Shape.of(t.present(), t.phase()), k -> {
            Neighbourhood.Searched searched = Neighbourhood.search(engine, t.present(), t.phase(), near.phases(),
                Math.min(near.budget(), left[0]), threads, near.admits(), judge);
            left[0] -= searched.evaluated();
            return Nearest.find(d.id(), t.present(), t.phase(), searched, space == null ? null : space.facts(),
                scope, table, NEAREST);
          });
          nearest.add(n.dealId().equals(d.id()) ? n : n.withId(d.id()));
        }
      }
    }
    return new NearFound(nearest, nearByShape, (System.nanoTime() - start) / 1_000_000);
  }

  /** The knot search of one run, which may run on a thread of its own. */
  private static final class Knots {
    private final KnotSearch search;
    private List<Knot> found = List.of();
    private long millis;

    Knots(Engine engine, Function<Collection<PositionRef>, Engine> variants, SpaceSummary space, List<String> required,
        MoveSets evaluated, org.gordian.model.Bounds bounds) {
      if (space == null) {
        search = null;
        return;
      }
      search = new KnotSearch(engine, variants, evaluated, engine.table().maskOf(required), bounds);
    }

    Knots find() {
      long start = System.nanoTime();
      if (search != null) {
        found = search.find();
      }
      millis = (System.nanoTime() - start) / 1_000_000;
      return this;
    }
  }

  /** A deal's moves and their phases, as a key: two deals of the same shape get the same answers. */
  private record Shape(long present, String phases) {
    static Shape of(long present, byte[] phase) {
      StringBuilder b = new StringBuilder();
      for (long bits = present; bits != 0; bits &= bits - 1) {
        b.append((char) phase[Long.numberOfTrailingZeros(bits)]);
      }
      return new Shape(present, b.toString());
    }
  }

  /**
   * The moves held together, and feasibly together, by every deal the run evaluated: the space's
   * deals, then the listed deals and the deals asked for, whatever their size.
   */
  private static MoveSets evaluated(MoveTable table, SpaceSummary space, List<DealOutcome> deals) {
    MoveSets sets = new MoveSets(table.size());
    if (space != null) {
      sets.merge(space.facts().sets());
    }
    for (DealOutcome d : deals) {
      sets.add(target(table, d).present(), d.feasible());
    }
    return sets;
  }

  /** Whether a kept feasible deal holds all the knot's moves. */
  private static boolean heldTogether(MoveTable table, Knot k, Neighbourhood.FeasibleDeals feasible) {
    long moves = table.maskOf(k.moves());
    for (int j = 0; j < feasible.size(); j++) {
      if ((feasible.present(j) & moves) == moves) {
        return true;
      }
    }
    return false;
  }

  private static String plural(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private static RelaxationSearch.Target target(MoveTable table, DealOutcome d) {
    long present = 0;
    byte[] phase = new byte[table.size()];
    for (DealOutcome.PhasedMove m : d.moves()) {
      int i = table.indexOf(m.move());
      present |= 1L << i;
      phase[i] = (byte) m.phase();
    }
    return new RelaxationSearch.Target(d.id(), present, phase);
  }
}
