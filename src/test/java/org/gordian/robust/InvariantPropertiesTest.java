package org.gordian.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.engine.Evaluator;
import org.gordian.engine.Verdict;
import org.gordian.facts.Veto;
import org.gordian.model.DealDef;
import org.gordian.report.JsonReport;

/**
 * Invariants over random valid cases ({@link RandomWorld}) and random deals. Worlds come from a
 * handful of seeds (only those with both feasible and vetoed deals) so each rule file is compiled
 * once; deals, batches, threads, chunk sizes and memo vary freely.
 */
class InvariantPropertiesTest {
  private static final int WORLDS = 5;

  private static Verdict verdict(Gordian g, String scenario, DealDef deal, boolean memo) {
    Engine engine = g.engine(g.scenario(scenario), EngineOptions.DEFAULT.withMemo(memo));
    try (Evaluator ev = engine.newEvaluator()) {
      return Gordian.evaluate(engine, ev, deal).verdict();
    }
  }

  private static Set<String> vetoingPositions(Verdict v) {
    return v.vetoes().stream().map(x -> x.getParty() + "/" + x.getPosition()).collect(Collectors.toSet());
  }

  @Property(tries = 40)
  void aDealNoRuleAppliesToIsFeasible(@ForAll @IntRange(min = 0, max = WORLDS - 1) int seed,
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 200) Integer> picks) {
    RandomWorld w = RandomWorld.informative(seed);
    Verdict v = verdict(w.gordian, "all-off", w.deal("d", picks), true);
    assertThat(v.feasible()).isTrue();
    assertThat(v.vetoes()).isEmpty();
    assertThat(v.concerns()).isEmpty();
  }

  @Property(tries = 40)
  void switchingAPositionOffNeverAddsAVetoFromIt(@ForAll @IntRange(min = 0, max = WORLDS - 1) int seed,
      @ForAll @IntRange(min = 0, max = 10) int which,
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 200) Integer> picks) {
    RandomWorld w = RandomWorld.informative(seed);
    int i = which % w.positions.size();
    DealDef deal = w.deal("d", picks);
    Set<String> before = vetoingPositions(verdict(w.gordian, null, deal, true));
    Set<String> after = vetoingPositions(verdict(w.gordian, "off-" + i, deal, true));
    assertThat(after).doesNotContain(w.positions.get(i));
    assertThat(before).containsAll(after);
  }

  @Property(tries = 30)
  void aVerdictDoesNotDependOnTheOtherDealsInTheBatchOrOnMemo(
      @ForAll @IntRange(min = 0, max = WORLDS - 1) int seed,
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 200) Integer> picks,
      @ForAll @Size(max = 12) List<@Size(min = 1, max = 4) List<@IntRange(min = 0, max = 200) Integer>> others) {
    RandomWorld w = RandomWorld.informative(seed);
    DealDef deal = w.deal("d", picks);
    Verdict alone = verdict(w.gordian, null, deal, false);
    Engine engine = w.gordian.engine(null, EngineOptions.DEFAULT);
    List<Verdict> inBatch = new ArrayList<>();
    try (Evaluator ev = engine.newEvaluator()) {
      for (int k = 0; k < others.size(); k++) {
        Gordian.evaluate(engine, ev, w.deal("o" + k, others.get(k)));
        inBatch.add(Gordian.evaluate(engine, ev, deal).verdict());
      }
      inBatch.add(Gordian.evaluate(engine, ev, deal).verdict());
    }
    assertThat(inBatch).allSatisfy(v -> {
      assertThat(v).isEqualTo(alone);
      assertThat(v.vetoes().stream().map(Veto::getReason).toList())
          .isEqualTo(alone.vetoes().stream().map(Veto::getReason).toList());
    });
  }

  @Property(tries = 12)
  void aRunDoesNotDependOnThreadsChunksOrMemo(@ForAll @IntRange(min = 0, max = WORLDS - 1) int seed,
      @ForAll @IntRange(min = 1, max = 3) int threads, @ForAll @IntRange(min = 1, max = 40) int chunk,
      @ForAll boolean memo) {
    RandomWorld w = RandomWorld.informative(seed);
    RunOptions base = RunOptions.defaults().withKeep(1000, 1000);
    RunResult reference = w.gordian.run(base.withThreads(1, 4096).withEngine(EngineOptions.DEFAULT.withMemo(false)));
    RunResult other = w.gordian.run(base.withThreads(threads, chunk).withEngine(EngineOptions.DEFAULT.withMemo(memo)));
    assertThat(other.space()).isEqualTo(reference.space());
    assertThat(other.listed()).isEqualTo(reference.listed());
  }

  @Property(tries = 10)
  void theJsonReportParsesAndRoundTrips(@ForAll @IntRange(min = 0, max = WORLDS - 1) int seed,
      @ForAll @IntRange(min = -1, max = 10) int scenario) throws Exception {
    RandomWorld w = RandomWorld.informative(seed);
    String id = scenario < 0 ? null : scenario == 0 ? "all-off" : "off-" + (scenario % w.positions.size());
    RunResult result = w.gordian.run(RunOptions.defaults().withScenario(id).withThreads(1, 64));
    StringWriter out = new StringWriter();
    new JsonReport(Instant.parse("2019-02-28T12:00:00Z")).write(result, out);

    ObjectMapper json = new ObjectMapper();
    JsonNode tree = json.readTree(out.toString());
    JsonNode again = json.readTree(json.writeValueAsString(tree));
    assertThat(again).isEqualTo(tree);
    assertThat(tree.path("case").path("id").asText()).isEqualTo("world-" + w.seed);
    assertThat(tree.path("deals")).hasSize(result.listed().size());
    List<String> ids = new ArrayList<>();
    tree.path("deals").forEach(d -> ids.add(d.path("id").asText()));
    assertThat(ids).isEqualTo(result.listed().stream().map(DealOutcome::id).toList());
    assertThat(tree.path("feasible")).hasSize(result.space().feasibleDeals().size());
  }
}
