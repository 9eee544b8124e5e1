package org.gordian;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gordian.analysis.DealOutcome;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.engine.Evaluator;
import org.gordian.model.DealDef;
import org.gordian.model.Loc;

/** Shared helpers for tests: the shipped cases and small deals written inline. */
public final class TestCases {
  public static final Path HANOI = Path.of("examples/hanoi-2019");

  private static Gordian hanoi;

  private TestCases() {}

  /** The Hanoi case, loaded once per test JVM. */
  public static synchronized Gordian hanoi() {
    if (hanoi == null) {
      hanoi = Gordian.load(HANOI);
    }
    return hanoi;
  }

  /** A deal from {@code "move@phase"} strings, such as {@code deal("relief@1", "dismantle@2")}. */
  public static DealDef deal(String... movesAtPhases) {
    Map<String, Integer> phases = new LinkedHashMap<>();
    for (String m : movesAtPhases) {
      int at = m.lastIndexOf('@');
      phases.put(m.substring(0, at), Integer.parseInt(m.substring(at + 1)));
    }
    return new DealDef("test-deal", "a deal written in a test", null, phases, Loc.of(Path.of("test")));
  }

  /** Evaluates one deal in the baseline of a case, or under a scenario. */
  public static DealOutcome evaluate(Gordian g, String scenario, DealDef deal) {
    RunOptions options = RunOptions.defaults().withScenario(scenario).withEngine(EngineOptions.DEFAULT.withMemo(false));
    try (org.gordian.run.CaseRun run = g.bind(options)) {
      return DealOutcome.of(run.engine().table(), deal, true, run.evaluate(deal));
    }
  }

  /** The message of the {@link org.gordian.diag.GordianException} the action throws; fails if it throws none. */
  public static String failureMessage(Runnable action) {
    try {
      action.run();
    } catch (org.gordian.diag.GordianException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a GordianException");
  }
}
