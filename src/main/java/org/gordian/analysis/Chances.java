package org.gordian.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.gordian.engine.Rulebook;
import org.gordian.engine.Verdict;
import org.gordian.facts.RuleRef;
import org.gordian.model.CaseDef;
import org.gordian.model.ContextFact;
import org.gordian.model.DealDef;
import org.gordian.model.Loc;
import org.gordian.model.Located;
import org.gordian.model.Party;
import org.gordian.model.PositionRef;
import org.gordian.model.Scenario;
import org.gordian.model.drl.RuleFile;
import org.gordian.model.drl.RuleInfo;
import org.gordian.run.CaseRun;
import org.gordian.run.LoadedCase;
import org.gordian.run.WalkOptions;
import org.gordian.space.DealSpace;
import org.gordian.space.Progress;
import org.gordian.space.whole.SampledShare;

/**
 * Finds a run's {@link Uncertainty}: the probability that each listed deal, and the generated space,
 * is feasible over the context facts with several outcomes and the positions held with less than
 * certainty (a position not held is switched off; an outcome replaces the fact's fields).
 *
 * <p>Each combination of outcomes is run through the same engine and compiled rules as the run, with
 * the run's scenario, listed deals and bounds. Positions whose rules only veto or weigh deals cannot
 * change what other rules see, so they are not run apart: one run with them all held gives each deal's
 * set of vetoing positions, and whether the deal is feasible when some are not held follows from it.
 * The rules therefore run once per combination of what they can see (the facts' outcomes, and the
 * held or not held of positions whose rules infer facts), never once per combination of positions.
 */
public final class Chances {
  private Chances() {}

  /** Whether a run has anything uncertain: a fact with outcomes, or a position held with a probability below 1. */
  public static boolean declared(CaseRun run) {
    return !facts(run).isEmpty() || !held(run).isEmpty();
  }

  /**
   * The probability of feasibility of a run's listed deals and, when {@code space}, of its generated
   * deals.
   *
   * @param scope the generated space in words, for the report
   */
  public static Uncertainty of(CaseRun run, boolean space, String scope, Uncertainty.Options options) {
    return new Chances.Work(run, space, scope, options).run();
  }

  /** The context facts of the run that have outcomes, in case order. */
  private static List<ContextFact> facts(CaseRun run) {
    return run.loaded().context(run.scenario()).stream().filter(ContextFact::uncertain).toList();
  }

  /**
   * The probability each position is held, where the case (or the scenario, for a faction) gives one
   * below 1, leaving out positions the run switches off; sorted.
   */
  static Map<PositionRef, Double> held(CaseRun run) {
    Map<PositionRef, Double> held = new TreeMap<>();
    for (Party p : run.caseDef().parties()) {
      for (Party.Held h : p.positions()) {
        held.put(new PositionRef(p.id(), h.position()), h.held());
      }
    }
    Scenario s = run.scenario();
    if (s != null) {
      Map<PositionRef, String> factions = run.engine().rulebook().factions();
      for (Scenario.FactionChange f : s.factions()) {
        if (!f.off()) {
          factions.forEach((position, faction) -> {
            if (position.party().equals(f.party()) && faction.equals(f.faction())) {
              held.put(position, f.held());
            }
          });
        }
      }
    }
    held.keySet().removeAll(run.engine().disabled());
    held.keySet().retainAll(run.engine().rulebook().positions());
    held.values().removeIf(p -> p >= 1);
    return held;
  }

  /**
   * The positions whose rules only make vetoes or concerns (no inferred fact, no change to a fact), so
   * that switching one off changes no other rule's verdict.
   */
  static Set<PositionRef> filters(Rulebook rules) {
    Set<PositionRef> seen = new java.util.TreeSet<>();
    Set<PositionRef> inferring = new java.util.HashSet<>();
    Set<String> declared = rules.declaredTypes().keySet();
    for (RuleFile f : rules.sources()) {
      for (RuleInfo r : f.rules()) {
        RuleRef ref = rules.rule(r.packageName(), r.name());
        if (ref == null || ref.party().isEmpty() || ref.position().isEmpty()) {
          continue;
        }
        PositionRef p = new PositionRef(ref.party(), ref.position());
        seen.add(p);
        boolean clean = r.code().stream().allMatch(c -> c.tokens().clean());
        boolean changes = r.makes("Consequence") || declared.stream().anyMatch(r::makes)
            || r.code().stream().anyMatch(c -> c.tokens().hasWord("modify") || c.tokens().hasWord("update")
                || c.tokens().hasWord("delete") || c.tokens().hasWord("retract") || c.tokens().hasWord("insert"));
        if (!clean || changes) {
          inferring.add(p);
        }
      }
    }
    seen.removeAll(inferring);
    return seen;
  }

  /** The verdicts of one combination of what the rules can see. */
  private record World(long[] listed, Map<Long, Long> space) {}

  /** One piece of work: the variables, the worlds run so far, and the sums. */
  private static final class Work {
    private static final long VETOED = -1;
    private final CaseRun run;
    private final boolean space;
    private final String scope;
    private final Uncertainty.Options options;
    private final List<ContextFact> facts;
    private final List<PositionRef> visible = new ArrayList<>();
    private final List<PositionRef> filter = new ArrayList<>();
    private final List<PositionRef> fixedOff = new ArrayList<>();
    private final Map<PositionRef, Double> held;
    private final List<Uncertainty.Variable> variables = new ArrayList<>();
    private final Map<String, World> worlds = new HashMap<>();
    private final LoadedCase same;
    private final List<DealDef> deals;
    // sums: per variable and value, the weight; per deal, variable and value, the weight where feasible
    private final double[][] weight;
    private final double[][][] feasibleWeight;
    private final double[] dealWeight;
    private double total;
    private double anyFeasible;
    private double expected;
    private long fewest = Long.MAX_VALUE;
    private long most = -1;
    private long anyHits;

    Work(CaseRun run, boolean space, String scope, Uncertainty.Options options) {
      this.run = run;
      this.space = space;
      this.scope = scope;
      this.options = options;
      this.facts = facts(run);
      Map<PositionRef, Double> all = held(run);
      Set<PositionRef> filters = options.shortcut() ? filters(run.engine().rulebook()) : Set.of();
      this.held = new LinkedHashMap<>();
      all.forEach((p, h) -> {
        if (h <= 0) {
          fixedOff.add(p);
        } else if (filters.contains(p) && filter.size() < 62) {
          filter.add(p);
          held.put(p, h);
        } else {
          visible.add(p);
          held.put(p, h);
        }
      });
      Map<PositionRef, String> factions = run.engine().rulebook().factions();
      for (ContextFact f : facts) {
        variables.add(new Uncertainty.Variable(Uncertainty.Variable.Kind.FACT, f.id(), "", f.outcomes().stream()
            .map(o -> new Uncertainty.Value(o.label(), o.probability())).toList()));
      }
      for (PositionRef p : positions()) {
        variables.add(new Uncertainty.Variable(Uncertainty.Variable.Kind.POSITION, p.toString(),
            factions.getOrDefault(p, ""), List.of(new Uncertainty.Value("held", held.get(p)),
                new Uncertainty.Value("not held", 1 - held.get(p)))));
      }
      this.same = new LoadedCase(run.caseDef(), run.loaded().ruleSources(), run.engine().rulebook(),
          run.loaded().loadOptions());
      this.deals = run.listedDeals();
      int maxValues = variables.stream().mapToInt(v -> v.values().size()).max().orElse(1);
      this.weight = new double[variables.size()][maxValues];
      this.feasibleWeight = new double[deals.size()][variables.size()][maxValues];
      this.dealWeight = new double[deals.size()];
    }

    /** The uncertain positions in variable order: those the rules see, then the filters. */
    private List<PositionRef> positions() {
      List<PositionRef> out = new ArrayList<>(held.keySet());
      out.sort(null);
      return out;
    }

    Uncertainty run() {
      long combinations = 1;
      for (ContextFact f : facts) {
        combinations = times(combinations, f.outcomes().size());
      }
      for (int i = 0; i < visible.size() + filter.size(); i++) {
        combinations = times(combinations, 2);
      }
      boolean exact = combinations <= options.exactLimit();
      if (exact) {
        enumerate();
      } else {
        sample();
      }
      List<Uncertainty.DealChance> chances = new ArrayList<>();
      List<Verdict> asRun = run.evaluate(deals);
      for (int d = 0; d < deals.size(); d++) {
        double p = Math.min(1, dealWeight[d] / total);
        double low = p;
        double high = p;
        if (!exact) {
          double[] ci = SampledShare.wilson(Math.round(dealWeight[d]), options.samples());
          low = ci[0];
          high = ci[1];
        }
        chances.add(new Uncertainty.DealChance(deals.get(d).id(), deals.get(d).title(), asRun.get(d).feasible(), p,
            low, high, influences(d)));
      }
      Uncertainty.SpaceChance spaceChance = null;
      if (space) {
        double any = Math.min(1, anyFeasible / total);
        double low = any;
        double high = any;
        if (!exact) {
          double[] ci = SampledShare.wilson(anyHits, options.samples());
          low = ci[0];
          high = ci[1];
        }
        spaceChance = new Uncertainty.SpaceChance(scope, run.space().count(), expected / total, fewest, most, any,
            low, high);
      }
      return new Uncertainty(exact ? Uncertainty.Method.EXACT : Uncertainty.Method.SAMPLED, combinations,
          exact ? 0 : options.samples(), exact ? 0 : options.seed(), worlds.size(), variables, chances, spaceChance);
    }

    private List<Uncertainty.Influence> influences(int d) {
      List<Uncertainty.Influence> out = new ArrayList<>();
      for (int v = 0; v < variables.size(); v++) {
        int n = variables.get(v).values().size();
        List<Double> given = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < n; x++) {
          double g = weight[v][x] == 0 ? Double.NaN : Math.min(1, feasibleWeight[d][v][x] / weight[v][x]);
          given.add(g);
          if (!Double.isNaN(g)) {
            lo = Math.min(lo, g);
            hi = Math.max(hi, g);
          }
        }
        out.add(new Uncertainty.Influence(variables.get(v).name(), given, hi >= lo ? hi - lo : 0));
      }
      List<Uncertainty.Influence> sorted = new ArrayList<>(out);
      sorted.sort((a, b) -> Double.compare(b.spread(), a.spread()));   // stable: ties keep variable order
      return sorted;
    }

    private static long times(long a, long b) {
      return a > Long.MAX_VALUE / Math.max(1, b) ? Long.MAX_VALUE : a * b;
    }

    /** Every combination, weighed by its probability. */
    private void enumerate() {
      int[] outcome = new int[facts.size()];
      int[] values = new int[variables.size()];
      List<PositionRef> order = positions();
      while (true) {
        double factWeight = 1;
        for (int i = 0; i < facts.size(); i++) {
          factWeight *= facts.get(i).outcomes().get(outcome[i]).probability();
          values[i] = outcome[i];
        }
        for (long visibleOff = 0; visibleOff < 1L << visible.size(); visibleOff++) {
          double w = factWeight * weigh(visible, visibleOff, values, order);
          World world = world(outcome, visibleOff);
          for (long filterOff = 0; filterOff < 1L << filter.size(); filterOff++) {
            add(w * weigh(filter, filterOff, values, order), values, world, filterOff);
          }
        }
        int i = 0;
        while (i < facts.size() && ++outcome[i] == facts.get(i).outcomes().size()) {
          outcome[i++] = 0;
        }
        if (i == facts.size()) {
          return;
        }
      }
    }

    /**
     * The probability that exactly the positions of {@code off} (bits over {@code positions}) are not
     * held and the others are; records each position's value in {@code values}.
     */
    private double weigh(List<PositionRef> positions, long off, int[] values, List<PositionRef> order) {
      double w = 1;
      for (int k = 0; k < positions.size(); k++) {
        boolean notHeld = (off >> k & 1) != 0;
        double h = held.get(positions.get(k));
        w *= notHeld ? 1 - h : h;
        values[facts.size() + order.indexOf(positions.get(k))] = notHeld ? 1 : 0;
      }
      return w;
    }

    /** Combinations drawn at random from the seed, each counted once. */
    private void sample() {
      Random random = new Random(options.seed());
      int[] outcome = new int[facts.size()];
      int[] values = new int[variables.size()];
      List<PositionRef> order = positions();
      for (int s = 0; s < options.samples(); s++) {
        for (int i = 0; i < facts.size(); i++) {
          double u = random.nextDouble();
          List<ContextFact.Outcome> os = facts.get(i).outcomes();
          int k = 0;
          while (k < os.size() - 1 && u >= os.get(k).probability()) {
            u -= os.get(k).probability();
            k++;
          }
          outcome[i] = k;
          values[i] = k;
        }
        long visibleOff = 0;
        long filterOff = 0;
        for (PositionRef p : order) {
          boolean off = random.nextDouble() >= held.get(p);
          values[facts.size() + order.indexOf(p)] = off ? 1 : 0;
          if (off && visible.contains(p)) {
            visibleOff |= 1L << visible.indexOf(p);
          } else if (off) {
            filterOff |= 1L << filter.indexOf(p);
          }
        }
        add(1, values, world(outcome, visibleOff), filterOff);
      }
    }

    /** Adds one combination of this weight whose filter positions in {@code filterOff} are not held. */
    private void add(double w, int[] values, World world, long filterOff) {
      if (w == 0) {
        return;
      }
      total += w;
      for (int v = 0; v < values.length; v++) {
        weight[v][values[v]] += w;
      }
      for (int d = 0; d < deals.size(); d++) {
        long code = world.listed()[d];
        if (code != VETOED && (code & ~filterOff) == 0) {
          dealWeight[d] += w;
          for (int v = 0; v < values.length; v++) {
            feasibleWeight[d][v][values[v]] += w;
          }
        }
      }
      if (world.space() != null) {
        long feasible = 0;
        for (Map.Entry<Long, Long> e : world.space().entrySet()) {
          long code = e.getKey();
          if (code != VETOED && (code & ~filterOff) == 0) {
            feasible += e.getValue();
          }
        }
        expected += w * feasible;
        fewest = Math.min(fewest, feasible);
        most = Math.max(most, feasible);
        if (feasible > 0) {
          anyFeasible += w;
          anyHits++;
        }
      }
    }

    /** The verdicts under these outcomes with these visible positions not held: run once, then kept. */
    private World world(int[] outcome, long visibleOff) {
      String key = java.util.Arrays.toString(outcome) + "/" + visibleOff;
      World known = worlds.get(key);
      if (known != null) {
        return known;
      }
      Scenario base = run.scenario();
      Loc here = Loc.of(run.caseDef().file());
      Map<String, ContextFact> context = new LinkedHashMap<>(base == null ? Map.of() : base.context());
      for (int i = 0; i < facts.size(); i++) {
        ContextFact f = facts.get(i);
        context.put(f.id(), f.in(f.outcomes().get(outcome[i])));
      }
      List<Located<PositionRef>> disable = new ArrayList<>(LoadedCase.disabled(base, run.engine().rulebook()));
      fixedOff.forEach(p -> disable.add(new Located<>(p, here)));
      for (int k = 0; k < visible.size(); k++) {
        if ((visibleOff >> k & 1) != 0) {
          disable.add(new Located<>(visible.get(k), here));
        }
      }
      Scenario s = new Scenario(base == null ? "baseline" : base.id(), base == null ? "" : base.description(),
          disable, context, List.of(), base == null ? List.of() : base.deals(), base == null ? here : base.loc(),
          base == null ? null : base.bounds());
      WalkOptions w = run.walkOptions();
      WalkOptions quiet = new WalkOptions(w.threads(), w.chunkSize(), w.limit(), w.maxMoves(), w.phases(),
          Progress.NONE);
      try (CaseRun r = same.bind(s, run.engine().options(), quiet, run.deadline())) {
        List<Verdict> verdicts = r.evaluate(deals);
        long[] listed = new long[deals.size()];
        for (int d = 0; d < listed.length; d++) {
          listed[d] = code(verdicts.get(d));
        }
        Map<Long, Long> histogram = null;
        if (space) {
          Map<Long, Long> h = new TreeMap<>();
          DealSpace dealSpace = r.space();
          r.walk(dealSpace, r.engine().judgesFor(dealSpace.count()), (judge, chunk) -> {
            Map<Long, Long> part = new HashMap<>();
            chunk.forEach((present, phase) -> {
              part.merge(code(judge.evaluate(present, phase)), 1L, Long::sum);
              return true;
            });
            return part;
          }, part -> part.forEach((k, v) -> h.merge(k, v, Long::sum)));
          histogram = h;
        }
        World world = new World(listed, histogram);
        worlds.put(key, world);
        return world;
      }
    }

    /** A verdict as the set of filter positions vetoing it, or {@link #VETOED} when another position vetoes it. */
    private long code(Verdict v) {
      long mask = 0;
      for (PositionRef p : VetoSets.positions(v)) {
        int k = filter.indexOf(p);
        if (k < 0) {
          return VETOED;
        }
        mask |= 1L << k;
      }
      return mask;
    }
  }
}
