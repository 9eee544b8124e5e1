package org.gordian.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gordian.Gordian;
import org.gordian.TestCases;
import org.gordian.engine.DealIds;
import org.gordian.engine.DealJudge;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.engine.Verdict;
import org.gordian.model.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluating the rules group by group, as large runs do, gives every deal of a generated space
 * the whole verdict (vetoes, concerns and consequences, with their texts) that all the rules in
 * one session give it, in every scenario of both shipped cases.
 */
@org.junit.jupiter.api.Tag("slow")
class SplitAgreementTest {
  private static Gordian reykjavik;

  private static synchronized Gordian reykjavik() {
    if (reykjavik == null) {
      reykjavik = Gordian.load(Path.of("examples/reykjavik-1986"));
    }
    return reykjavik;
  }

  static List<Arguments> scenarios() {
    List<Arguments> out = new ArrayList<>();
    for (String c : List.of("hanoi", "reykjavik")) {
      Gordian g = c.equals("hanoi") ? TestCases.hanoi() : reykjavik();
      out.add(Arguments.of(c, "baseline"));
      g.caseDef().scenarios().stream().map(Scenario::id).forEach(s -> out.add(Arguments.of(c, s)));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}, scenario {1}")
  @MethodSource("scenarios")
  void everyDealGetsTheVerdictAllTheRulesGiveItAtOnce(String caseName, String scenario) {
    Gordian g = caseName.equals("hanoi") ? TestCases.hanoi() : reykjavik();
    Scenario s = g.scenario(scenario);
    Engine whole = g.engine(s, EngineOptions.DEFAULT.withSplitFrom(Long.MAX_VALUE));
    Engine split = g.engine(s, EngineOptions.DEFAULT.withSplitFrom(0));
    DealSpace space = new DealSpace(whole.table(), g.caseDef().bounds().with(5, 3));
    assertThat(space.count()).isGreaterThanOrEqualTo(100_000);
    long[] compared = {0};
    try (DealJudge a = whole.judgesFor(space.count()).get(); DealJudge b = split.judgesFor(space.count()).get()) {
      assertThat(b.getClass().getSimpleName()).isEqualTo("SplitJudge");
      space.forEach((present, phase) -> {
        Verdict expected = a.evaluate(present, phase);
        Verdict actual = b.evaluate(present, phase);
        if (!expected.equals(actual)) {
          throw new AssertionError("deal " + DealIds.of(whole.table(), present, phase) + ": all rules at once give "
              + expected + ", group by group " + actual);
        }
        compared[0]++;
        return true;
      });
    }
    assertThat(compared[0]).isEqualTo(space.count());
  }

  /** Every deal's verdict, in enumeration order, from judges on this many threads sharing one engine. */
  private static List<Verdict> verdicts(Engine engine, DealSpace space, int threads) {
    List<Verdict> out = new ArrayList<>();
    new SpaceRunner(engine.table().size(), threads, 1024, Deadline.NONE).run(space, Progress.NONE, engine.judgesFor(space.count()),
        (judge, deals) -> {
          List<Verdict> chunk = new ArrayList<>();
          deals.forEach((present, phase) -> chunk.add(judge.evaluate(present, phase)));
          return chunk;
        }, out::addAll);
    return out;
  }

  @org.junit.jupiter.api.Test
  void judgesOnTwoThreadsSharingTheGroupsMemosGiveEveryDealTheSameVerdict() {
    Gordian g = TestCases.hanoi();
    Engine whole = g.engine(null, EngineOptions.DEFAULT.withSplitFrom(Long.MAX_VALUE));
    Engine split = g.engine(null, EngineOptions.DEFAULT.withSplitFrom(0));
    DealSpace space = new DealSpace(whole.table(), g.caseDef().bounds().with(5, 3));
    List<Verdict> expected = verdicts(whole, space, 1);
    List<Verdict> actual = verdicts(split, space, 2);
    assertThat(actual).hasSize((int) space.count());
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        throw new AssertionError("deal number " + i + ": all rules at once give " + expected.get(i)
            + ", group by group on two threads " + actual.get(i));
      }
    }
  }
}
