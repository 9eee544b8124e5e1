package org.gordian.engine;

import org.gordian.facts.internal.DealObserver;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.gordian.facts.Concern;
import org.gordian.facts.Consequence;
import org.gordian.facts.Deal;
import org.gordian.facts.internal.Firing;
import org.gordian.facts.Veto;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.gordian.space.DealSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules that react to the case's own facts (src/test/resources/engine/case-facts): a consequence
 * derived from the context alone, a veto raised by the context alone, a derivation that holds only
 * with no deal on the table (inserted without truth maintenance), one that holds without x, and a
 * deal rule that changes the context. One session evaluating deal after deal must give every deal
 * the verdict a session of its own would give it.
 */
class CaseFactsTest {
  private static final Path DIR = Path.of("src/test/resources/engine/case-facts");
  /** Rules that look at deals also only under 'not': each deal gets a session of its own. */
  private static final Gordian NEGATIVE = Gordian.load(DIR);
  /** Rules that match a deal directly or never look at one: one session goes from deal to deal. */
  private static final Gordian POSITIVE = Gordian.load(DIR, List.of(DIR.resolve("positive")));
  /** Rules in four independent groups, evaluated group by group in large runs. */
  private static final Gordian SPLIT = Gordian.load(DIR, List.of(DIR.resolve("split")));

  private static Gordian rules(String which) {
    return switch (which) {
      case "positive" -> POSITIVE;
      case "split" -> SPLIT;
      default -> NEGATIVE;
    };
  }

  /**
   * Each generated deal's verdict from a plain Drools session of its own: the case's moves and
   * context facts and the deal inserted, the rules fired once. What Gordian must give every deal.
   */
  private static Map<String, Verdict> alone(Gordian g, String scenario) {
    Engine engine = g.engine(g.scenario(scenario), EngineOptions.DEFAULT.withMemo(false));
    Map<String, Verdict> out = new TreeMap<>();
    new DealSpace(engine.table(), g.caseDef().bounds()).forEach((present, phase) -> {
      out.put(DealIds.of(engine.table(), present, phase), inASessionOfItsOwn(engine, present, phase.clone()));
      return true;
    });
    return out;
  }

  private static Verdict inASessionOfItsOwn(Engine engine, long present, byte[] phase) {
    KieSession s = engine.rulebook().kieBase().newKieSession();
    try {
      s.addEventListener(new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent e) {
          Firing.enter(engine.rulebook().rule(e.getMatch().getRule().getPackageName(), e.getMatch().getRule().getName()));
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent e) {
          Firing.exit();
        }
      });
      engine.table().moves().forEach(s::insert);
      engine.context().forEach(c -> s.insert(c.newInstance()));
      s.insert(org.gordian.facts.internal.Facts.deal(engine.table(), present, phase, () -> "deal", () -> "deal", DealObserver.NONE));
      Set<String> off = engine.disabledRules();
      s.fireAllRules(m -> !off.contains(m.getRule().getName()), 10_000);
      List<Veto> vetoes = new ArrayList<>();
      List<Concern> concerns = new ArrayList<>();
      List<Consequence> consequences = new ArrayList<>();
      for (Object o : s.getObjects()) {
        if (o instanceof Veto v) {
          vetoes.add(v);
        } else if (o instanceof Concern c) {
          concerns.add(c);
        } else if (o instanceof Consequence c) {
          consequences.add(c);
        }
      }
      return Verdict.of(vetoes, concerns, consequences, engine.positions());
    } finally {
      s.dispose();
    }
  }

  /**
   * Each generated deal's verdict, all deals evaluated one after another in one session, or in one
   * session per group of rules (memo {@code split}).
   */
  private static Map<String, Verdict> inOneSession(Gordian g, String scenario, String memo) {
    boolean split = memo.equals("split");
    Engine engine = g.engine(g.scenario(scenario), EngineOptions.DEFAULT.withMemo(split || Boolean.parseBoolean(memo))
        .withSplitFrom(split ? 0 : Long.MAX_VALUE));
    if (split) {
      assertThat(engine.rulebook().parts()).hasSizeGreaterThan(1);
    }
    Map<String, Verdict> out = new TreeMap<>();
    try (DealJudge shared = engine.judgesFor(0).get()) {
      new DealSpace(engine.table(), g.caseDef().bounds()).forEach((present, phase) -> {
        out.put(DealIds.of(engine.table(), present, phase), shared.evaluate(present, phase));
        return true;
      });
    }
    return out;
  }

  private static Map<String, Long> vetoCounts(Map<String, Verdict> verdicts) {
    Map<String, Long> out = new TreeMap<>();
    verdicts.values().forEach(v -> v.vetoes().stream().map(x -> x.getParty() + "/" + x.getPosition()).distinct()
        .forEach(p -> out.merge(p, 1L, Long::sum)));
    return out;
  }

  @ParameterizedTest(name = "{0} rules, scenario {1}, memo {2}")
  @CsvSource({"positive, baseline, false", "positive, baseline, true", "positive, b-relents, false",
      "positive, b-relents, true", "negative, baseline, false", "negative, baseline, true",
      "negative, b-relents, false", "negative, b-relents, true", "split, baseline, false", "split, baseline, split",
      "split, b-relents, split"})
  void oneSessionGivesEachDealTheVerdictASessionOfItsOwnGives(String which, String scenario, String memo) {
    assertThat(inOneSession(rules(which), scenario, memo)).isEqualTo(alone(rules(which), scenario));
  }

  /** The message of the run of these rules' space with this firing limit, all rules at once or group by group. */
  private static String runawayMessage(Gordian rules, int limit, boolean split) {
    Engine engine = rules.engine(null, EngineOptions.DEFAULT.withFiringLimit(limit)
        .withSplitFrom(split ? 0 : Long.MAX_VALUE));
    return org.gordian.TestCases.failureMessage(() -> {
      try (DealJudge judge = engine.judgesFor(0).get()) {
        assertThat(judge.getClass().getSimpleName()).isEqualTo(split ? "SplitJudge" : "Evaluator");
        new DealSpace(engine.table(), rules.caseDef().bounds()).forEach((present, phase) -> {
          judge.evaluate(present, phase);
          return true;
        });
      }
    });
  }

  @ParameterizedTest(name = "firing limit {0}")
  @CsvSource({"3", "4", "5"})
  void aRunawayStopsTheRunGroupByGroupAsAllRulesAtOnceWould(int limit) {
    // 'B weighs each move' fires once per move, three times at most, in a group of its own; no
    // other group fires as often. Some deals' groups together reach each limit before any group
    // does alone: the run stops on the same deal, naming the same rule and count.
    String whole = runawayMessage(SPLIT, limit, false);
    assertThat(whole).contains("fired").contains("limit " + limit + " firings per deal");
    assertThat(runawayMessage(SPLIT, limit, true)).isEqualTo(whole);
  }

  @Test
  void groupsThatTogetherFireTheLimitOnTheCaseFactsStopTheRunAsOneSessionWould(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    // Before any deal, the mood's group fires three times on the context, and a group of its own
    // once per move (three): neither reaches 4 alone, together they do.
    Path rules = java.nio.file.Files.createDirectories(dir.resolve("rules"));
    for (String f : List.of("context.drl", "positions.drl")) {
      java.nio.file.Files.copy(DIR.resolve("split").resolve(f), rules.resolve(f));
    }
    java.nio.file.Files.writeString(rules.resolve("case.drl"), """
        package casefacts;
        import org.gordian.facts.*;

        rule "A notes the mood" @party("A") @position("mood-noted")
        when
          Mood( level == "high" )
        then
          insertLogical(new Concern(-1, "a tense mood"));
        end

        rule "B counts the moves on offer" @party("B") @position("offer-count")
        when
          $m : Move()
        then
          insertLogical(new Concern(0, "move " + $m.getId() + " is on offer"));
        end
        """);
    Gordian g = Gordian.load(DIR, List.of(rules));
    // The judges fail as they start, before any deal.
    java.util.function.Function<Boolean, String> starting = split -> org.gordian.TestCases.failureMessage(() ->
        g.engine(null, EngineOptions.DEFAULT.withFiringLimit(4).withSplitFrom(split ? 0 : Long.MAX_VALUE))
            .judgesFor(0).get().close());
    String whole = starting.apply(false);
    assertThat(whole).contains("on the case's own facts");
    assertThat(starting.apply(true)).isEqualTo(whole);
  }

  @Test
  void rulesThatNeedASessionPerDealAreNotSplit() {
    Engine engine = NEGATIVE.engine(null, EngineOptions.DEFAULT.withSplitFrom(0));
    assertThat(engine.whole().sessionPerDeal()).isTrue();
    try (DealJudge judge = engine.judgesFor(1_000_000).get()) {
      assertThat(judge).isInstanceOf(Evaluator.class);
    }
  }

  @Test
  void aRuleThatLooksAtDealsOnlyUnderNotGivesEachDealASessionOfItsOwn() {
    assertThat(NEGATIVE.engine(null, EngineOptions.DEFAULT).whole().sessionPerDeal()).isTrue();
    assertThat(POSITIVE.engine(null, EngineOptions.DEFAULT).whole().sessionPerDeal()).isFalse();
  }

  @Test
  void theContextAloneLeadsToVetoesAndConsequencesInEveryDealItHoldsFor() {
    Map<String, Verdict> v = alone(NEGATIVE, "baseline");
    assertThat(v).hasSize(19);
    // z calms the mood for its own deal: of the 19 deals, the 5 without z meet the high mood.
    Map<String, Long> counts = vetoCounts(v);
    assertThat(counts).containsEntry("B/mood-veto", 5L).doesNotContainKey("B/never-idle");
    v.forEach((id, verdict) -> {
      boolean z = id.contains("z");
      boolean x = id.contains("x");
      assertThat(verdict.vetoes()).extracting(Veto::getPosition).as(id)
          .containsExactlyInAnyOrderElementsOf(z ? List.of() : x ? List.of("calm-first", "mood-veto") : List.of("mood-veto"));
      assertThat(verdict.consequences()).extracting(c -> c.getId()).as(id)
          .containsExactlyInAnyOrderElementsOf(
              z ? (x ? List.of() : List.of("no-x")) : (x ? List.of("tension") : List.of("tension", "no-x")));
      assertThat(verdict.concerns()).extracting(c -> c.getPosition()).as(id)
          .containsExactlyElementsOf(x ? List.of() : List.of("wants-x"));
    });
  }

  @ParameterizedTest(name = "{0} rules, {1} threads")
  @CsvSource({"positive, 1", "positive, 2", "negative, 1", "negative, 2"})
  void aRunCountsTheVetoesOfDealsEvaluatedAlone(String which, int threads) {
    RunResult r = rules(which).run(RunOptions.defaults().withThreads(threads, 4).withAnalyses(false, 0));
    Map<String, Long> counts = new TreeMap<>();
    r.space().blocking().stream().filter(b -> b.vetoes() > 0)
        .forEach(b -> counts.put(b.position().toString(), b.vetoes()));
    assertThat(counts).isEqualTo(vetoCounts(alone(rules(which), "baseline")));
  }

  @ParameterizedTest(name = "{0} rules")
  @CsvSource({"positive", "negative"})
  void theRelaxationOfADealCountsThePositionThatFiresOnTheContextAlone(String which) {
    RunResult r = rules(which).run(RunOptions.defaults());
    assertThat(r.analyses().relaxation("x-then-y").orElseThrow().setNames())
        .containsExactly(List.of("A/calm-first", "B/mood-veto"));
  }
}
