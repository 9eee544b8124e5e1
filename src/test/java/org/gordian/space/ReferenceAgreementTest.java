package org.gordian.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.gordian.Gordian;
import org.gordian.TestCases;
import org.gordian.bench.HanoiReference;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.engine.DealJudge;
import org.gordian.engine.DealIds;
import org.gordian.model.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine and the hand-written reference predicates give the same vetoing positions for every
 * deal of a generated Hanoi space, with verdicts remembered (as runs do) and without, and with the
 * rules evaluated group by group (as large runs do).
 */
@org.junit.jupiter.api.Tag("slow")
class ReferenceAgreementTest {

  @ParameterizedTest(name = "scenario {0}, memo {3}, up to {1} moves: {2} deals at least")
  @CsvSource({
      "baseline, 5, 500000, true",
      "no-hardliner-pressure, 5, 500000, true",
      "more-sanctions, 5, 500000, true",
      "baseline, 4, 50000, false",
      "baseline, 5, 500000, split",
      "more-sanctions, 5, 500000, split"})
  void engineAgreesWithReferenceOnEveryDeal(String scenario, int maxMoves, long atLeast, String memo) {
    Gordian hanoi = TestCases.hanoi();
    boolean split = memo.equals("split");
    Engine engine = hanoi.engine(hanoi.scenario(scenario), EngineOptions.DEFAULT
        .withMemo(split || Boolean.parseBoolean(memo)).withSplitFrom(split ? 0 : Long.MAX_VALUE));
    Bounds bounds = hanoi.caseDef().bounds().with(maxMoves, 3);
    DealSpace space = new DealSpace(engine.table(), bounds);
    assertThat(space.count()).isGreaterThanOrEqualTo(atLeast);
    HanoiReference reference = new HanoiReference(engine.table(), engine.positions(),
        !scenario.equals("no-hardliner-pressure"), scenario.equals("more-sanctions"));
    long[] compared = {0};
    try (DealJudge evaluator = engine.judgesFor(space.count()).get()) {
      assertThat(evaluator.getClass().getSimpleName()).isEqualTo(split ? "SplitJudge" : "Evaluator");
      space.forEach((present, phase) -> {
        int[] expected = reference.evaluate(present, phase).vetoPositions();
        int[] actual = evaluator.evaluate(present, phase).vetoPositions();
        if (!Arrays.equals(expected, actual)) {
          throw new AssertionError("deal " + DealIds.of(engine.table(), present, phase) + ": reference vetoes "
              + names(engine, expected) + ", engine vetoes " + names(engine, actual));
        }
        compared[0]++;
        return true;
      });
    }
    assertThat(compared[0]).isEqualTo(space.count());
  }

  private static String names(Engine engine, int[] positions) {
    return Arrays.stream(positions).mapToObj(i -> engine.positions().get(i).toString()).toList().toString();
  }
}
