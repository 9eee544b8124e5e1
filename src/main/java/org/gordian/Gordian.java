package org.gordian;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.gordian.analysis.Analyses;
import org.gordian.analysis.Chances;
import org.gordian.diag.Message;
import org.gordian.model.Loc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.Sources;
import org.gordian.analysis.WholeSpaceFindings;
import org.gordian.analysis.SpaceSummary;
import org.gordian.analysis.SpaceTally;
import org.gordian.analysis.Snapshot;
import org.gordian.analysis.VetoSets;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Paths2;
import org.gordian.diag.Problems;
import org.gordian.diag.Suggest;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.engine.Evaluator;
import org.gordian.engine.Rulebook;
import org.gordian.facts.internal.MoveTable;
import org.gordian.load.CaseLoader;
import org.gordian.load.RuleLoader;
import org.gordian.load.LoadOptions;
import org.gordian.model.Bounds;
import org.gordian.model.CaseDef;
import org.gordian.model.ContextFact;
import org.gordian.model.DealDef;
import org.gordian.model.Located;
import org.gordian.model.PositionRef;
import org.gordian.model.Scenario;
import org.gordian.space.DealSpace;
import org.gordian.engine.Verdict;
import org.gordian.run.CaseRun;
import org.gordian.run.Guard;
import org.gordian.run.LoadedCase;
import org.gordian.space.Deadline;

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
  private final LoadedCase loaded;
  private final CaseDef caseDef;
  private final List<Located<Path>> ruleSources;
  private final Rulebook baseline;
  private final LoadOptions loadOptions;

  private Gordian(CaseDef caseDef, List<Located<Path>> ruleSources, Rulebook baseline, LoadOptions options) {
    this.loaded = new LoadedCase(caseDef, ruleSources, baseline, options);
    this.loadOptions = options;
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
    return load(caseFile, LoadOptions.DEFAULT);
  }

  /**
   * Loads a case file and compiles the rules it names, as the options say: whether its rule folders
   * may lie outside its project (by default a case may name only rules inside it), and where
   * compiled rules are kept between runs.
   *
   * @throws GordianException listing every problem in the case file or the rules
   */
  public static Gordian load(Path caseFile, LoadOptions options) {
    Gordian g = loadUnchecked(caseFile, options);
    List<org.gordian.diag.Diagnostic> unmatched = org.gordian.load.CaseChecks.againstRules(g.caseDef, g.baseline);
    if (!unmatched.isEmpty()) {
      throw new GordianException(unmatched);
    }
    return g;
  }

  /** Loads a case and its rules without checking its scenarios against the rules (for {@code check}). */
  static Gordian loadUnchecked(Path caseFile, LoadOptions options) {
    CaseDef def = CaseLoader.load(caseFile, options.rulesOutside());
    return new Gordian(def, def.rules(), RuleLoader.load(def.rules(), options), options);
  }

  /** Loads a case but takes its rules from other folders (to compare an edited copy of the rules). */
  public static Gordian load(Path caseFile, List<Path> ruleFolders) {
    return load(caseFile, ruleFolders, LoadOptions.DEFAULT);
  }

  /**
   * Loads a case but takes its rules from other folders, which the caller names and so trusts;
   * the options' rule-folder rule applies to the rule folders the case's scenarios add.
   */
  public static Gordian load(Path caseFile, List<Path> ruleFolders, LoadOptions options) {
    CaseDef def = CaseLoader.load(caseFile, options.rulesOutside());
    List<Located<Path>> sources = ruleFolders.stream()
        .map(p -> new Located<>(p.toAbsolutePath().normalize(), org.gordian.model.Loc.of(p))).toList();
    return new Gordian(def, sources, RuleLoader.load(sources, options), options);
  }

  /**
   * The same case with its rule files compiled again, for a rerun after a rule edit; the case file
   * is not read again.
   *
   * @throws GordianException listing every problem in the rules
   */
  public Gordian reloadRules() {
    return new Gordian(caseDef, ruleSources, RuleLoader.load(ruleSources, loadOptions), loadOptions);
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
    return new Gordian(caseDef, ruleSources, RuleLoader.update(baseline, ruleSources, loadOptions), loadOptions);
  }

  /** The case as written. */
  public CaseDef caseDef() {
    return caseDef;
  }

  /** The case as loaded, for the façade's other entry points. */
  LoadedCase loaded() {
    return loaded;
  }

  /** The compiled baseline rules. */
  public Rulebook rulebook() {
    return baseline;
  }

  /** The scenario with this id, or null for null; unknown ids are an error naming the known ones. */
  public Scenario scenario(String id) {
    return loaded.scenario(id);
  }

  /** The rules, context and switched-off positions of a scenario bound into an engine. */
  public Engine engine(Scenario scenario, EngineOptions options) {
    return loaded.engine(scenario, options);
  }

  /**
   * Binds a scenario and the options into a run of the evaluation core, for tools that walk the
   * deals themselves; close it when done. Its deadline starts now.
   */
  public CaseRun bind(RunOptions options) {
    return bind(options, Deadline.in(options.timeLimitMillis()));
  }

  /** Binds a scenario and the options into a run whose deadline is shared with other steps of one piece of work. */
  public CaseRun bind(RunOptions options, Deadline deadline) {
    return loaded.bind(options.scenario(), options.engine(), options.walk(), deadline);
  }

  /**
   * Runs the case: evaluates every listed deal and, when asked, the whole generated deal space.
   *
   * @throws GordianException when the scenario, the bounds or a rule at run time fails
   */
  public RunResult run(RunOptions options) {
    Deadline deadline = Deadline.in(options.timeLimitMillis());
    return Guard.within(deadline, () -> {
      try (CaseRun run = loaded.bind(options.scenario(), options.engine(), options.walk(), deadline)) {
        return run(run, options);
      }
    });
  }

  /** Runs the case within a deadline shared with other steps of one piece of work, which guards it. */
  RunResult runWithin(RunOptions options, Deadline deadline) {
    try (CaseRun run = loaded.bind(options.scenario(), options.engine(), options.walk(), deadline)) {
      return run(run, options);
    }
  }

  /** Runs the case as bound: listed deals, the space when the options ask for it, the analyses. */
  RunResult run(CaseRun run, RunOptions options) {
    Scenario scenario = run.scenario();
    Engine engine = run.engine();
    List<DealDef> deals = run.listedDeals();
    List<DealDef> asked = options.explain().stream().map(this::dealOf).toList();
    List<DealOutcome> listed = outcomes(run, deals, true);
    List<DealOutcome> explained = outcomes(run, asked, false);
    SpaceSummary summary = null;
    Bounds bounds = run.bounds();
    if (options.space()) {
      DealSpace space = run.space();
      long size = space.count();
      options.notice().accept(String.format("Evaluating %,d listed and %,d generated deals (up to %d moves in up to"
          + " %d phases) on %d thread%s", deals.size(), size, bounds.maxMoves(), bounds.phases(), options.threads(),
          options.threads() == 1 ? "" : "s"));
      SpaceTally tally = SpaceTally.walk(run, space, options.keepFeasible(), options.keepNearMisses());
      summary = SpaceSummary.of(size, bounds, tally, engine.positions().all());
    }
    Analyses analyses = null;
    if (options.analyses()) {
      options.notice().accept("Analysing: minimal relaxations, nearest feasible deals, knots, ranking");
      List<DealOutcome> toExplain = new ArrayList<>(listed);
      toExplain.addAll(explained);
      analyses = Analyses.run(engine, variants(scenario, engine, options.engine()), toExplain, summary,
          bounds.require(), bounds, caseDef.parties().stream().map(org.gordian.model.Party::id).toList(),
          options.maxRelaxation(), new Analyses.NearOptions(bounds.maxMoves(), bounds.phases(),
              options.analysis().neighbourhoodBudget(), new DealSpace(engine.table(), bounds)::allows),
          options.threads());
      if (options.analysis().wholeSpace()) {
        options.notice().accept(String.format("Answering over every deal of the case (any size, up to %d phases)",
            bounds.phases()));
        analyses = analyses.withWholeSpace(WholeSpaceFindings.of(engine, bounds));
      }
    }
    if (options.engine().verifyEvery() > 0) {
      options.notice().accept(String.format("Checked %,d verdicts of the memo and rule groups against all the rules"
          + " fired without them: all agree", engine.verifiedVerdicts()));
    }
    org.gordian.analysis.Uncertainty uncertainty = null;
    if (options.analysis().uncertainty().on() && Chances.declared(run)) {
      options.notice().accept("Uncertainty: the probability of feasibility over the uncertain facts and positions");
      uncertainty = Chances.of(run, options.space(), summary == null ? "" : summary.scope().describe(),
          options.analysis().uncertainty());
    }
    Problems warnings = new Problems();
    warnings.addAll(engine.rulebook().warnings());
    warnings.addAll(engine.unknownNameWarnings());
    return new RunResult(caseDef, scenario, engine.positions().all(),
        engine.disabled().stream().sorted().toList(),
        engine.rulebook().files().stream().map(Paths2::display).toList(), listed, summary, warnings.all(),
        List.copyOf(explained), analyses, Sources.of(loaded.context(scenario), engine.rulebook().sources(),
            engine.rulebook()::rule).withFactions(engine.rulebook().factions()), null, uncertainty);
  }

  /**
   * Runs the case (its listed deals, and its deal space when the options ask for it) and keeps each
   * deal's verdict compactly, so that a later snapshot can say which deals flipped (watch mode).
   *
   * @throws GordianException when the scenario cannot run, the space is larger than the limit, a rule
   *     fails or the time limit passes
   */
  public Snapshot snapshot(RunOptions options, VetoSets sets) {
    Deadline deadline = Deadline.in(options.timeLimitMillis());
    return Guard.within(deadline, () -> {
      try (CaseRun run = loaded.bind(options.scenario(), options.engine(), options.walk(), deadline)) {
        return Snapshot.take(run, options.space(), sets);
      }
    });
  }

  /** The outcomes of these deals, listed in the case or asked for by their moves. */
  private static List<DealOutcome> outcomes(CaseRun run, List<DealDef> deals, boolean listed) {
    List<DealOutcome> out = new ArrayList<>();
    List<Verdict> verdicts = run.evaluate(deals);
    for (int i = 0; i < deals.size(); i++) {
      DealDef d = deals.get(i);
      out.add(DealOutcome.of(run.engine().table(), d, listed, verdicts.get(i)));
    }
    return out;
  }

  /**
   * Builds engines like the run's, with further positions switched off: same compiled rules and
   * context, so no recompilation (switching off is a filter on the agenda).
   */
  private Function<Collection<PositionRef>, Engine> variants(Scenario scenario, Engine engine,
      EngineOptions options) {
    List<ContextFact> context = loaded.context(scenario);
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
          throw new GordianException(Diagnostic.error(null, 0, 0, Message.DEAL_TEXT_UNKNOWN_MOVE.say(m, id,
              Suggest.didYouMean(m, known), caseDef.id())));
        }
        if (phases.put(m, p + 1) != null) {
          throw new GordianException(Diagnostic.error(null, 0, 0, Message.DEAL_TEXT_MOVE_TWICE.say(m, id)));
        }
      }
    }
    return new DealDef(id, id, null, phases, Loc.of(caseDef.file()));
  }
}
