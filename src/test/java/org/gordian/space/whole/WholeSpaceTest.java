package org.gordian.space.whole;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gordian.Gordian;
import org.gordian.TestCases;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.model.Bounds;
import org.gordian.model.Scenario;
import org.gordian.space.DealSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-space answers agree with enumeration, deal by deal judged by the engine, on the shipped
 * cases under every scenario and their own bounds: the same total, feasible count, vetoes and sole
 * vetoes per position, moves and pairs of moves never feasible.
 */
@org.junit.jupiter.api.Tag("slow")
class WholeSpaceTest {
  private static final Path REYKJAVIK = Path.of("examples/reykjavik-1986");

  static Stream<Arguments> scenarios() {
    List<Arguments> out = new ArrayList<>();
    for (Gordian g : List.of(TestCases.hanoi(), Gordian.load(REYKJAVIK))) {
      out.add(Arguments.of(g.caseDef().id(), "baseline", g));
      for (Scenario s : g.caseDef().scenarios()) {
        out.add(Arguments.of(g.caseDef().id(), s.id(), g));
      }
    }
    return out.stream();
  }

  private static Engine engine(Gordian g, String scenario) {
    return g.engine(scenario.equals("baseline") ? null : g.scenario(scenario), EngineOptions.DEFAULT);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("scenarios")
  void agreesWithEnumerationOnTheCaseBounds(String caseId, String scenario, Gordian g) {
    Bounds bounds = g.caseDef().bounds();
    Enumerated expected = Enumerated.of(engine(g, scenario), bounds);
    WholeSpaceAnswer answer = WholeSpace.answer(engine(g, scenario), bounds, Budget.DEFAULT);
    expected.assertAgrees(answer);
    assertThat(answer.total()).isEqualTo(BigInteger.valueOf(new DealSpace(engine(g, scenario).table(), bounds).count()));
    assertThat(answer.stats().engineCalls()).isLessThan(answer.total().longValueExact());
  }
}
