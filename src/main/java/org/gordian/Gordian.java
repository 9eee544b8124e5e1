package org.gordian;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.gordian.analysis.Analyses;
import org.gordian.model.Loc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.SpaceSummary;
import org.gordian.analysis.SpaceTally;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Paths2;
import org.gordian.diag.Problems;
import org.gordian.diag.Suggest;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.engine.Evaluator;
import org.gordian.engine.Rulebook;
import org.gordian.facts.MoveTable;
import org.gordian.load.CaseLoader;
import org.gordian.load.RuleLoader;
import org.gordian.model.Bounds;
import org.gordian.model.CaseDef;
import org.gordian.model.ContextFact;
import org.gordian.model.DealDef;
import org.gordian.model.Located;
import org.gordian.model.PositionRef;
import org.gordian.model.Scenario;
import org.gordian.space.DealSpace;
import org.gordian.space.SpaceRunner;

/**
 * The main programmatic API of Gordian: load a case with its rules, run it, read the result. Not a
 * command-line entry point; reporters that turn results into files live in
 * {@code org.gordian.report}.
 *
 * <pre>{@code
 * Gordian negotiation = Gordian.load(Path.of("examples/my-case"));
 * RunResult result = negotiation.run(RunOptions.defaults().withScenario("what-if"));
 * for (DealOutcome deal : result.listed()) {
 *   System.out.println(deal.id() + (deal.feasible() ? " feasible" : " vetoed"));
 * }
 * System.out.println(result.space().feasible() + " generated deals are feasible");
 *
 * // What would have to change (RunOptions.withAnalyses(false, 0) skips this):
 * Analyses what = result.analyses();
 * what.relaxation("my-deal").ifPresent(r -> System.out.println(r.setNames()));
 * what.nearestTo("my-deal").ifPresent(n -> n.deals().forEach(d -> System.out.println(d.edits())));
 * for (Knot k : what.knots()) {
 *   System.out.println(k.moves() + " " + k.kind().label() + " knot tied by " + k.positionNames());
 * }
 * System.out.println("Nash deal: " + what.ranking().nash().deal().id());
 * new MarkdownReport().write(result, writer);
 * }</pre>
 *
 * <p>Loading reads the case file and compiles its rule folders; every problem in either comes as
 * one {@link GordianException} listing them all with file, line and column. A loaded case can be
 * run many times, under different scenarios, from several threads.
 */
public final class Gordian {
  private final CaseDef caseDef;
  private final List<Located<Path>> ruleSources;
  private final Rulebook baseline;

  private Gordian(CaseDef caseDef, List<Located<Path>> ruleSources, Rulebook baseline) {
    this.caseDef = caseDef;
    this.ruleSources = ruleSources;
    this.baseline = baseline;
  }

  /**
   * Loads a case file (or a folder holding {@code case.yaml}) and compiles the rules it names.
   *
   * @throws GordianException listing every problem in the case file or the rules
   */
  public static Gordian load(Path caseFile) {
    Gordian g = loadUnchecked(caseFile);
    List<org.gordian.diag.Diagnostic> unmatched = org.gordian.load.CaseChecks.againstRules(g.caseDef, g.baseline);
    if (!unmatched.isEmpty()) {
      throw new GordianException(unmatched);
    }
    return g;
  }

  /** Loads a case and its rules without checking its scenarios against the rules (for {@code check}). */
  static Gordian loadUnchecked(Path caseFile) {
    CaseDef def = CaseLoader.load(caseFile);
    return new Gordian(def, def.rules(), RuleLoader.load(def.rules()));
  }

  /** Loads a case but takes its rules from other folders (to compare an edited copy of the rules). */
  public static Gordian load(Path caseFile, List<Path> ruleFolders) {
    CaseDef def = CaseLoader.load(caseFile);
    List<Located<Path>> sources = ruleFolders.stream()
        .map(p -> new Located<>(p.toAbsolutePath().normalize(), org.gordian.model.Loc.of(p))).toList();
    return new Gordian(def, sources, RuleLoader.load(sources));
  }

  /**
   * The same case with its rule files compiled again, for a rerun after a rule edit; the case file
   * is not read again.
   *
   * @throws GordianException listing every problem in the rules
   */
  public Gordian reloadRules() {
    return new Gordian(caseDef, ruleSources, RuleLoader.load(ruleSources));
  }

  /**
   * The same case after its rule files were edited, for a rerun in a long-lived session such as
   * {@code watch}. When only rules changed, the compiled rules are updated in place so that the
   * rules not edited stay compiled ({@link RuleLoader#update}); otherwise, and with the same
   * diagnostics, they are compiled afresh. Either way this Gordian must not be used any more.
   *
   * @throws GordianException listing every problem in the rules
   */
  public Gordian updateRules() {
    return new Gordian(caseDef, ruleSources, RuleLoader.update(baseline, ruleSources));
  }

  /** The case as written. */
  public CaseDef caseDef() {
    return caseDef;
  }

  /** The compiled baseline rules. */
  public Rulebook rulebook() {
    return baseline;
  }

  /** The scenario with this id, or null for null; unknown ids are an error naming the known ones. */
  public Scenario scenario(String id) {
    if (id == null || id.equals("baseline")) {
      return null;
    }
    return caseDef.scenario(id).orElseThrow(() -> new GordianException(Diagnostic.error(caseDef.file(), 0, 0,
        "no scenario '" + id + "' in this case" + Suggest.didYouMean(id, scenarioIds()) + " (scenarios: "
            + (scenarioIds().isEmpty() ? "none" : String.join(", ", scenarioIds())) + ")")));
  }

  private List<String> scenarioIds() {
    return caseDef.scenarios().stream().map(Scenario::id).toList();
  }

  /** The rules, context and switched-off positions of a scenario bound into an engine. */
  public Engine engine(Scenario scenario, EngineOptions options) {
    Rulebook rules = baseline;
    List<ContextFact> context = caseDef.context();
    List<Located<PositionRef>> disable = List.of();
    if (scenario != null) {
      if (!scenario.rules().isEmpty()) {
        List<Located<Path>> sources = new ArrayList<>(ruleSources);
        sources.addAll(scenario.rules());
        rules = RuleLoader.load(sources);
        List<Diagnostic> strangers = org.gordian.load.CaseChecks.parties(caseDef, rules);
        if (!strangers.isEmpty()) {
          throw new GordianException(strangers);
        }
      }
      context = applyContext(context, scenario);
      disable = scenario.disable();
    }
    return Engine.prepare(rules, caseDef, context, disable, options);
  }

  private static List<ContextFact> applyContext(List<ContextFact> base, Scenario scenario) {
    Map<String, ContextFact> facts = new LinkedHashMap<>();
    base.forEach(f -> facts.put(f.id(), f));
    scenario.context().forEach((id, change) -> {
      if (change == null) {
        facts.remove(id);
        return;
      }
      ContextFact old = facts.get(id);
      if (old == null || change.type() != null) {
        facts.put(id, change);
        return;
      }
      Map<String, Object> fields = new LinkedHashMap<>(old.fields());
      fields.putAll(change.fields());
      Map<String, org.gordian.model.Loc> locs = new LinkedHashMap<>(old.fieldLocs());
      locs.putAll(change.fieldLocs());
      facts.put(id, new ContextFact(id, old.type(), fields, locs, change.loc()));
    });
    return List.copyOf(facts.values());
  }

  /** The listed deals of a run: the case's, then the scenario's. */
  public List<DealDef> listedDeals(Scenario scenario) {
    List<DealDef> deals = new ArrayList<>(caseDef.deals());
    if (scenario != null) {
      deals.addAll(scenario.deals());
    }
    return deals;
  }

  /** The bounds of a run: the case's, with the options' overrides. */
  public Bounds bounds(RunOptions options) {
    Bounds b = caseDef.bounds();
    if (options.maxMoves() > 0 || options.phases() > 0) {
      b = b.with(options.maxMoves() > 0 ? options.maxMoves() : b.maxMoves(),
          options.phases() > 0 ? options.phases() : b.phases());
    }
    return options.limit() > 0 ? b.withLimit(options.limit()) : b;
  }

  /**
   * Runs the case: evaluates every listed deal and, when asked, the whole generated deal space.
   *
   * @throws GordianException when the scenario, the bounds or a rule at run time fails
   */
  public RunResult run(RunOptions options) {
    Scenario scenario = scenario(options.scenario());
    Engine engine = engine(scenario, options.engine());
    List<DealDef> deals = listedDeals(scenario);
    List<DealDef> asked = options.explain().stream().map(this::dealOf).toList();
    List<DealOutcome> listed = new ArrayList<>();
    List<DealOutcome> explained = new ArrayList<>();
    try (Evaluator evaluator = engine.newEvaluator()) {
      for (DealDef d : deals) {
        listed.add(evaluate(engine, evaluator, d));
      }
      for (DealDef d : asked) {
        // Asked for by its moves, not listed in the case file.
        DealOutcome o = evaluate(engine, evaluator, d);
        explained.add(new DealOutcome(o.id(), o.title(), false, null, o.moves(), o.verdict()));
      }
    }
    SpaceSummary summary = null;
    Bounds bounds = bounds(options);
    if (options.space()) {
      DealSpace space = new DealSpace(engine.table(), bounds);
      long size = space.count();
      if (size > bounds.limit()) {
        throw new GordianException(bounds.loc().error(String.format(
            "the bounds allow %,d deals, more than the limit of %,d; raise it with --limit %d"
                + " (or 'limit' in 'bounds'), or narrow 'max-moves', 'phases' or 'moves'",
            size, bounds.limit(), size)));
      }
      options.notice().accept(String.format("Evaluating %,d listed and %,d generated deals (up to %d moves in up to"
          + " %d phases) on %d thread%s", deals.size(), size, bounds.maxMoves(), bounds.phases(), options.threads(),
          options.threads() == 1 ? "" : "s"));
      SpaceRunner runner = new SpaceRunner(engine, options.threads(), options.chunkSize(), options.keepFeasible(),
          options.keepNearMisses(), options.timeLimitMillis());
      SpaceTally tally = runner.run(space, options.progress());
      summary = SpaceSummary.of(size, tally, engine.positions().all());
    }
    Analyses analyses = null;
    if (options.analyses()) {
      options.notice().accept("Analysing: minimal relaxations, nearest feasible deals, knots, ranking");
      List<DealOutcome> toExplain = new ArrayList<>(listed);
      toExplain.addAll(explained);
      analyses = Analyses.run(engine, variants(scenario, engine, options.engine()), toExplain, summary,
          bounds.require(), caseDef.parties().stream().map(org.gordian.model.Party::id).toList(),
          options.maxRelaxation(), options.threads());
    }
    Problems warnings = new Problems();
    warnings.addAll(engine.rulebook().warnings());
    warnings.addAll(engine.unknownNameWarnings());
    return new RunResult(caseDef, scenario, engine.positions().all(),
        engine.disabled().stream().sorted().toList(),
        engine.rulebook().files().stream().map(Paths2::display).toList(), listed, summary, warnings.all(),
        List.copyOf(explained), analyses);
  }

  /**
   * Builds engines like the run's, with further positions switched off: same compiled rules and
   * context, so no recompilation (switching off is a filter on the agenda).
   */
  private Function<Collection<PositionRef>, Engine> variants(Scenario scenario, Engine engine,
      EngineOptions options) {
    List<ContextFact> context = scenario == null ? caseDef.context() : applyContext(caseDef.context(), scenario);
    Loc here = Loc.of(caseDef.file());
    return off -> {
      Set<PositionRef> all = new TreeSet<>(engine.disabled());
      all.addAll(off);
      return Engine.prepare(engine.rulebook(), caseDef, context,
          all.stream().map(p -> new Located<>(p, here)).toList(), options);
    };
  }

  /**
   * The deal with a generated id such as {@code liaison-office+admit-inspectors/dismantle-site}:
   * phases separated by {@code /}, moves of one phase by {@code +}.
   *
   * @throws GordianException naming an unknown or repeated move
   */
  public DealDef dealOf(String id) {
    Map<String, Integer> phases = new LinkedHashMap<>();
    String[] parts = id.split("/", -1);
    List<String> known = caseDef.moves().stream().map(org.gordian.model.MoveDef::id).toList();
    for (int p = 0; p < parts.length; p++) {
      for (String move : parts[p].split("\\+", -1)) {
        String m = move.trim();
        if (!known.contains(m)) {
          throw new GordianException(Diagnostic.error(null, 0, 0, "unknown move '" + m + "' in deal '"
              + id + "'" + Suggest.didYouMean(m, known) + "; write a deal as moves of " + caseDef.id()
              + " joined by '+' within a phase, phases joined by '/'"));
        }
        if (phases.put(m, p + 1) != null) {
          throw new GordianException(Diagnostic.error(null, 0, 0, "move '" + m + "' appears twice in deal '"
              + id + "'"));
        }
      }
    }
    return new DealDef(id, id, null, phases, Loc.of(caseDef.file()));
  }

  /** Evaluates one listed deal. */
  public static DealOutcome evaluate(Engine engine, Evaluator evaluator, DealDef deal) {
    MoveTable table = engine.table();
    long present = 0;
    byte[] phase = new byte[table.size()];
    for (var e : deal.phases().entrySet()) {
      int i = table.indexOf(e.getKey());
      present |= 1L << i;
      phase[i] = (byte) (int) e.getValue();
    }
    return new DealOutcome(deal.id(), deal.title(), true, deal.source(), DealOutcome.movesOf(table, present, phase),
        evaluator.evaluate(present, phase, deal.id(), deal.title()));
  }
}
