package org.gordian.space.whole;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.gordian.Gordian;
import org.gordian.TestCases;
import org.gordian.engine.DealJudge;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.model.Bounds;
import org.gordian.space.DealSpace;
import org.junit.jupiter.api.Test;

/**
 * The Hanoi case beyond its own bounds: up to 7 moves in 3 phases against enumeration, and the whole
 * space (any number of the 15 moves) against the figures of the independent answer-set program
 * ({@code src/test/resources/oracle/hanoi-2019.lp}, solved with {@code -c maxm=0}).
 */
@org.junit.jupiter.api.Tag("slow")
class WholeHanoiTest {

  @Test
  void upToSevenMovesInThreePhasesAgreesWithEnumeration() {
    Gordian hanoi = TestCases.hanoi();
    Bounds bounds = hanoi.caseDef().bounds().with(7, 3).withLimit(Long.MAX_VALUE);
    Engine engine = hanoi.engine(null, EngineOptions.DEFAULT);
    long size = new DealSpace(engine.table(), bounds).count();
    Enumerated expected;
    try (DealJudge judge = engine.judgesFor(size).get()) {
      expected = Enumerated.of(engine, bounds, judge);
    }
    WholeSpaceAnswer answer = WholeSpace.answer(hanoi.engine(null, EngineOptions.DEFAULT), bounds, Budget.DEFAULT);
    expected.assertAgrees(answer);
    assertThat(answer.total()).isEqualTo(BigInteger.valueOf(size));
  }

  @Test
  void theWholeSpaceHasTheSolversFeasibleDealsAndKnots() {
    Gordian hanoi = TestCases.hanoi();
    Engine engine = hanoi.engine(null, EngineOptions.DEFAULT);
    Bounds whole = WholeSpace.whole(hanoi.caseDef().bounds());
    WholeSpaceAnswer answer = WholeSpace.answer(engine, whole, Budget.DEFAULT);

    assertThat(answer.defeated()).isNull();
    assertThat(answer.total()).isEqualTo(BigInteger.valueOf(new DealSpace(engine.table(), whole).count()));
    assertThat(answer.total()).isGreaterThan(BigInteger.valueOf(1_000_000_000L));
    assertThat(answer.feasible()).isEqualTo(BigInteger.valueOf(4_304));
    // clingo: 8 moves never feasible (all relief, all dismantlement, strong verification, the arsenal
    // list), and one further pair never feasible together.
    assertThat(answer.neverFeasibleMoves()).containsExactlyInAnyOrder("partial-sanctions-easing",
        "lift-un-sanctions-2016", "inter-korean-exemptions", "strong-verification", "arsenal-declaration",
        "dismantle-yongbyon", "dismantle-further-facilities", "give-up-all-facilities");
    assertThat(answer.neverFeasiblePairs()).extracting(Object::toString)
        .containsExactly("added-sanctions × testing-freeze");
    assertThat(answer.stats().engineCalls()).isLessThan(10_000);
    assertThat(answer.best()).isNotEmpty().allSatisfy(b -> assertThat(b.alike()).isPositive());
  }
}
