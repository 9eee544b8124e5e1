package org.gordian.tester;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.VetoSets;
import org.gordian.diag.GordianException;
import org.gordian.diag.Message;
import org.gordian.diag.Problems;
import org.gordian.diag.Suggest;
import org.gordian.engine.Engine;
import org.gordian.run.CaseRun;
import org.gordian.run.Guard;
import org.gordian.space.Deadline;
import org.gordian.engine.Verdict;
import org.gordian.facts.Concern;
import org.gordian.facts.Consequence;
import org.gordian.facts.RuleRef;
import org.gordian.facts.Veto;
import org.gordian.model.Bounds;
import org.gordian.model.DealDef;
import org.gordian.model.Expectation;
import org.gordian.analysis.Knot;
import org.gordian.analysis.Relaxation;
import org.gordian.analysis.RunResult;
import org.gordian.model.ExpectationsFile;
import org.gordian.model.Located;
import org.gordian.model.PositionRef;
import org.gordian.model.Scenario;
import org.gordian.space.DealSpace;
import org.gordian.tester.TestReport.Outcome;

/**
 * Checks an expectations file against a case: evaluates the listed deals of every scenario the file
 * names (and the generated space where an expectation counts it), then judges each expectation.
 *
 * <pre>{@code
 * Gordian gordian = Gordian.load(Path.of("examples/my-case"));
 * ExpectationsFile file = ExpectationsLoader.load(Path.of("examples/my-case/expectations.yaml"));
 * TestReport report = TestRunner.run(gordian, file, RunOptions.defaults());
 * System.out.println(report.passed() + " passed, " + report.failed() + " failed");
 * }</pre>
 *
 * <p>Coverage is read from verdicts: a rule counts as having fired when a veto, concern or
 * consequence it produced appears in some verdict. A rule that fires but only inserts other facts
 * is reported among the rules that produced no result.
 */
public final class TestRunner {
  private TestRunner() {}

  /**
   * Runs every expectation.
   *
   * @throws GordianException when an expectation names a scenario, deal, move or position the case does not have
   */
  public static TestReport run(Gordian gordian, ExpectationsFile file, RunOptions options) {
    validate(gordian, file);
    Map<String, List<Expectation>> byScenario = new LinkedHashMap<>();
    for (Expectation e : file.expectations()) {
      byScenario.computeIfAbsent(e.scenarioId(), k -> new ArrayList<>()).add(e);
    }
    Deadline deadline = Deadline.in(options.timeLimitMillis());
    return Guard.within(deadline, () -> {
      Map<Expectation, Outcome> outcomes = new IdentityHashMap<>();
      Coverage coverage = new Coverage();
      java.util.Set<org.gordian.diag.Diagnostic> warnings = new java.util.LinkedHashSet<>();
      long deals = 0;
      for (var entry : byScenario.entrySet()) {
        try (CaseRun run = gordian.bind(options.withScenario(entry.getKey()), deadline)) {
          coverage.know(run.engine());
          Map<String, DealOutcome> listed = new LinkedHashMap<>();
          List<DealDef> defs = run.listedDeals();
          List<Verdict> verdicts = run.evaluateListed();
          for (int i = 0; i < defs.size(); i++) {
            DealOutcome o = DealOutcome.of(run.engine().table(), defs.get(i), true, verdicts.get(i));
            listed.put(o.id(), o);
            coverage.saw(o.verdict());
            deals++;
          }
          long[] feasible = null;
          if (entry.getValue().stream().anyMatch(Expectation::aboutSpace)) {
            feasible = new long[1];
            deals += walk(run, coverage, feasible);
          }
          RunResult analysed = null;
          if (entry.getValue().stream().anyMatch(Expectation::aboutAnalyses)) {
            analysed = analysed(gordian, options.withScenario(entry.getKey()), entry.getValue(), listed.keySet());
          }
          for (Expectation e : entry.getValue()) {
            outcomes.put(e, e.aboutAnalyses() ? judgeAnalyses(e, gordian, analysed)
                : judge(e, gordian, run, listed, feasible));
          }
          // Names the rules asked about that the case lacks: a typo a test would otherwise pass over.
          warnings.addAll(run.engine().unknownNameWarnings());
        }
      }
      List<Outcome> ordered = file.expectations().stream().map(outcomes::get).toList();
      return new TestReport(ordered, List.copyOf(byScenario.keySet()), deals, coverage.silentPositions(),
          coverage.silentRules(), List.copyOf(warnings));
    });
  }

  /** Walks the run's deal space, noting every verdict in the coverage; returns how many deals it evaluated. */
  private static long walk(CaseRun run, Coverage coverage, long[] feasible) {
    long[] n = {0};
    run.walkJudged((judge, deals) -> {
      List<Verdict> chunk = new ArrayList<>();
      deals.forEach((present, phase) -> {
        chunk.add(judge.evaluate(present, phase));
        return true;
      });
      return chunk;
    }, chunk -> {
      for (Verdict v : chunk) {
        coverage.saw(v);
        if (v.feasible()) {
          feasible[0]++;
        }
        n[0]++;
      }
    });
    return n[0];
  }

  /**
   * A full run of the scenario with its analyses, relaxing too the deals the expectations write as
   * moves, for expectations about minimal relaxations and knots.
   */
  private static RunResult analysed(Gordian g, RunOptions options, List<Expectation> es, Set<String> listed) {
    List<String> asked = es.stream().filter(Expectation::aboutAnalyses).map(Expectation::deal)
        .filter(d -> d != null && !listed.contains(d)).distinct().toList();
    return g.run(options.withExplain(asked).withAnalyses(true, options.maxRelaxation()));
  }

  private static Outcome judgeAnalyses(Expectation e, Gordian g, RunResult r) {
    String where = "[" + tag(e, g) + "] ";
    if (!e.knot().isEmpty()) {
      java.util.Optional<Knot> found = r.analyses().knots().stream()
          .filter(k -> new java.util.HashSet<>(k.moves()).equals(new java.util.HashSet<>(e.knot()))).findFirst();
      String moves = String.join(" × ", e.knot());
      String actual = found.map(k -> (k.kind() == Knot.Kind.SEQUENCING ? "a sequencing knot" : "an incompatible "
          + (k.moves().size() == 2 ? "pair" : "set")) + " tied by " + names(k.positions())).orElse("no knot of these moves (" + r.analyses().knots().size() + " knots found)");
      return new Outcome(e, found.isPresent() == e.knotHolds(),
          where + moves + (e.knotHolds() ? " form a knot" : " form no knot"),
          e.knotHolds() ? "a knot of " + moves : "no knot of " + moves, actual);
    }
    List<PositionRef> wanted = e.unlockedBy().stream().map(Located::value).sorted().toList();
    Relaxation rel = r.analyses().relaxation(e.deal()).orElse(null);
    List<List<PositionRef>> sets = rel == null ? List.of()
        : rel.sets().stream().map(set -> set.stream().sorted().toList()).toList();
    String actual = rel == null ? "no relaxation was computed"
        : sets.isEmpty() ? (rel.unrelaxable() ? "no set of positions makes it feasible" : "feasible as it is")
        : "minimal relaxations: " + sets.stream().map(TestRunner::names).map(x -> "{" + x + "}")
            .collect(Collectors.joining(", ")) + (rel.complete() ? "" : " (sets of up to " + rel.maxSize() + " tried)");
    return new Outcome(e, sets.contains(wanted), where + e.deal() + " is unlocked by switching off " + names(wanted),
        "a minimal relaxation {" + names(wanted) + "}", actual);
  }

  /** The scenario's id, and for a dated scenario its day and how far it lies from the case's moment. */
  private static String tag(Expectation e, Gordian g) {
    return e.scenario() == null ? e.scenarioId() : g.caseDef().scenario(e.scenario())
        .filter(s -> s.dating() != null)
        .map(s -> s.id() + ", " + s.dating().describe(g.caseDef().date()))
        .orElse(e.scenarioId());
  }

  private static Outcome judge(Expectation e, Gordian g, CaseRun run, Map<String, DealOutcome> listed,
      long[] feasible) {
    String where = "[" + tag(e, g) + "] ";
    if (e.aboutSpace()) {
      String expected = range(e);
      boolean ok = (e.atLeast() < 0 || feasible[0] >= e.atLeast()) && (e.atMost() < 0 || feasible[0] <= e.atMost());
      return new Outcome(e, ok, where + expected + " generated deals are feasible", expected + " feasible",
          feasible[0] + " feasible");
    }
    DealOutcome deal = null;
    if (e.deal() != null) {
      deal = listed.get(e.deal());
      if (deal == null) {
        DealDef asked = dealOf(e.deal(), e, g);
        deal = DealOutcome.of(run.engine().table(), asked, true, run.evaluate(asked));
      }
    }
    if (e.consequence() != null) {
      if (deal != null) {
        List<String> derived = deal.verdict().consequences().stream().map(Consequence::getId).distinct().toList();
        boolean ok = derived.contains(e.consequence());
        return new Outcome(e, ok, where + "consequence " + e.consequence() + " is derived for " + e.deal(),
            "consequence " + e.consequence() + " derived",
            derived.isEmpty() ? "no consequence derived" : "derived: " + String.join(", ", derived));
      }
      List<String> on = listed.values().stream().filter(d -> d.verdict().consequences().stream()
          .anyMatch(c -> c.getId().equals(e.consequence()))).map(DealOutcome::id).toList();
      return new Outcome(e, !on.isEmpty(), where + "consequence " + e.consequence() + " is derived for a listed deal",
          "consequence " + e.consequence() + " derived for at least one listed deal",
          on.isEmpty() ? "derived for no listed deal" : "derived for " + String.join(", ", on));
    }
    List<PositionRef> vetoes = VetoSets.positions(deal.verdict());
    String actual = vetoes.isEmpty() ? "feasible" : "infeasible, vetoed by " + names(vetoes);
    if (!e.notVetoedBy().isEmpty()) {
      List<PositionRef> spared = e.notVetoedBy().stream().map(Located::value).toList();
      return new Outcome(e, spared.stream().noneMatch(vetoes::contains), where + e.deal() + " is not vetoed by "
          + names(spared), "no veto from " + names(spared), actual);
    }
    if (e.feasible()) {
      return new Outcome(e, vetoes.isEmpty(), where + e.deal() + " is feasible", "feasible", actual);
    }
    List<PositionRef> wanted = e.vetoedBy().stream().map(Located::value).toList();
    boolean ok = !vetoes.isEmpty() && vetoes.containsAll(wanted);
    String expected = wanted.isEmpty() ? "infeasible" : "infeasible, vetoed by " + names(wanted);
    return new Outcome(e, ok, where + e.deal() + " is " + expected, expected, actual);
  }

  private static String range(Expectation e) {
    if (e.atLeast() >= 0 && e.atMost() >= 0) {
      return "between " + e.atLeast() + " and " + e.atMost();
    }
    return e.atLeast() >= 0 ? "at least " + e.atLeast() : "at most " + e.atMost();
  }

  private static String names(List<PositionRef> ps) {
    return ps.stream().map(PositionRef::toString).collect(Collectors.joining(", "));
  }

  /** A deal named by a listed id or written as moves: {@code a+b/c} puts a and b in phase 1, c in phase 2. */
  private static DealDef dealOf(String text, Expectation e, Gordian g) {
    Map<String, Integer> phases = new LinkedHashMap<>();
    String[] parts = text.split("/", -1);
    for (int p = 0; p < parts.length; p++) {
      for (String move : parts[p].split("\\+", -1)) {
        phases.put(move.trim(), p + 1);
      }
    }
    return new DealDef(text, text, null, phases, e.loc());
  }

  private static void validate(Gordian g, ExpectationsFile file) {
    Problems problems = new Problems();
    List<String> scenarioIds = g.caseDef().scenarios().stream().map(Scenario::id).toList();
    Set<String> moves = g.caseDef().moves().stream().map(m -> m.id()).collect(Collectors.toCollection(TreeSet::new));
    Set<PositionRef> positions = new TreeSet<>(g.rulebook().positions());
    for (Expectation e : file.expectations()) {
      Scenario scenario = null;
      if (e.scenario() != null) {
        scenario = g.caseDef().scenario(e.scenario()).orElse(null);
        if (scenario == null) {
          problems.add(e.loc().error(Message.TEST_UNKNOWN_SCENARIO.say(e.scenario(), g.caseDef().id(),
              Suggest.didYouMean(e.scenario(), scenarioIds))));
          continue;
        }
      }
      if (e.deal() != null) {
        List<String> listed = java.util.stream.Stream.concat(g.caseDef().deals().stream(),
            scenario == null ? java.util.stream.Stream.<DealDef>empty() : scenario.deals().stream())
            .map(DealDef::id).toList();
        if (!listed.contains(e.deal())) {
          checkMoves(e, listed, moves, problems);
        }
      }
      for (String m : e.knot()) {
        if (!moves.contains(m)) {
          problems.add(e.loc().error(Message.TEST_KNOT_UNKNOWN_MOVE.say(m, g.caseDef().id(),
              Suggest.didYouMean(m, moves))));
        }
      }
      for (Located<PositionRef> p : e.positionsNamed()) {
        if (!positions.contains(p.value()) && (scenario == null || scenario.rules().isEmpty())) {
          problems.add(p.loc().error(Message.NO_RULE_HOLDS_POSITION.say(p.value(),
              Suggest.didYouMean(
              p.value().toString(), positions.stream().map(PositionRef::toString).toList()))));
        }
      }
    }
    problems.throwIfErrors();
  }

  private static void checkMoves(Expectation e, List<String> listed, Set<String> moves, Problems problems) {
    Set<String> seen = new LinkedHashSet<>();
    for (String part : e.deal().split("/", -1)) {
      for (String m : part.split("\\+", -1)) {
        String move = m.trim();
        if (!moves.contains(move) || !seen.add(move)) {
          List<String> candidates = new ArrayList<>(listed);
          candidates.addAll(moves);
          problems.add(e.loc().error(Message.TEST_UNKNOWN_DEAL.say(e.deal(),
              e.scenario() == null ? Message.THE_BASELINE.say() : Message.SCENARIO.say(e.scenario()),
              moves.contains(move) ? Message.MOVE_TWICE_NOTE.say(move)
                  : Message.NO_MOVE_NOTE.say(move, Suggest.didYouMean(move, candidates)))));
          return;
        }
      }
    }
  }

  /** Which positions and rules produced results on the deals seen. */
  private static final class Coverage {
    private final Map<String, RuleRef> rules = new TreeMap<>();
    private final Set<PositionRef> positions = new TreeSet<>();
    private final Set<String> firedRules = new java.util.HashSet<>();
    private final Set<PositionRef> firedPositions = new java.util.HashSet<>();
    private final Set<Verdict> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    void know(Engine engine) {
      engine.rulebook().rules().values().forEach(r -> rules.putIfAbsent(key(r), r));
      positions.addAll(engine.positions().all());
    }

    void saw(Verdict v) {
      if (seen.size() > 100_000) {
        seen.clear();
      }
      if (!seen.add(v)) {
        return;
      }
      for (Veto x : v.vetoes()) {
        fired(x.getRule());
      }
      for (Concern x : v.concerns()) {
        fired(x.getRule());
      }
      for (Consequence x : v.consequences()) {
        fired(x.getRule());
      }
    }

    private void fired(RuleRef r) {
      firedRules.add(key(r));
      if (!r.party().isEmpty()) {
        firedPositions.add(new PositionRef(r.party(), r.position()));
      }
    }

    List<PositionRef> silentPositions() {
      return positions.stream().filter(p -> !firedPositions.contains(p)).toList();
    }

    List<RuleRef> silentRules() {
      return rules.entrySet().stream().filter(e -> !firedRules.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    private static String key(RuleRef r) {
      return r.file() + ":" + String.format("%06d", r.line()) + ":" + r.rule();
    }
  }
}
