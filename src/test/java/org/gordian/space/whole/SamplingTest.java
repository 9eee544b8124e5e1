package org.gordian.space.whole;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.gordian.Gordian;
import org.gordian.TestCases;
import org.gordian.engine.DealIds;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.model.Bounds;
import org.gordian.space.DealSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sampling, the fallback when no exact answer can be given: deals drawn uniformly from the space
 * (each deal of a small space drawn about equally often, no deal outside it), the same draws for
 * the same seed, and a 95% interval around the feasible share.
 */
class SamplingTest {
  @TempDir
  Path dir;

  @Test
  void drawsEveryDealOfTheSpaceAboutEquallyOftenAndNoOther() throws IOException {
    Gordian g = Gordian.load(GeneratedCase.write(dir, 7, 4, 3, "  max-moves: 2\n  phases: 2\n  require: [m1]\n"));
    Engine engine = g.engine(null, EngineOptions.DEFAULT);
    Bounds bounds = g.caseDef().bounds();
    Map<String, Integer> inSpace = new HashMap<>();
    new DealSpace(engine.table(), bounds).forEach((present, phase) -> {
      inSpace.put(DealIds.of(engine.table(), present, phase), 0);
      return true;
    });
    int draws = 200 * inSpace.size();
    BigInteger total = WholeSpace.draw(engine, bounds, draws, 11, (present, phase) -> {
      String id = DealIds.of(engine.table(), present, phase);
      assertThat(inSpace).containsKey(id);
      inSpace.merge(id, 1, Integer::sum);
      return true;
    });
    assertThat(total).isEqualTo(BigInteger.valueOf(inSpace.size()));
    // 200 expected draws each: a deal drawn under 120 or over 280 times is 5.6 standard deviations out.
    assertThat(inSpace.values()).allSatisfy(n -> assertThat(n).isBetween(120, 280));
  }

  @Test
  @org.junit.jupiter.api.Tag("slow")
  void theSameSeedGivesTheSameEstimateAndItsIntervalHoldsTheExactShare() {
    Gordian hanoi = TestCases.hanoi();
    Bounds bounds = hanoi.caseDef().bounds();
    SampledShare a = WholeSpace.sample(hanoi.engine(null, EngineOptions.DEFAULT), bounds, 4_000, 42);
    SampledShare b = WholeSpace.sample(hanoi.engine(null, EngineOptions.DEFAULT), bounds, 4_000, 42);
    assertThat(a).isEqualTo(b);
    WholeSpaceAnswer exact = WholeSpace.answer(hanoi.engine(null, EngineOptions.DEFAULT), bounds, Budget.DEFAULT);
    assertThat(a.total()).isEqualTo(exact.total());
    double share = exact.feasible().doubleValue() / exact.total().doubleValue();
    assertThat(share).isBetween(a.low(), a.high());
    assertThat(a.low()).isLessThan(a.share());
    assertThat(a.high()).isGreaterThan(a.share());
  }
}
