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
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants over random valid cases ({@link RandomWorld}) and random deals. Worlds come from a
 * handful of seeds (only those with both feasible and vetoed deals) so each rule file is compiled
 * once; deals, batches, threads, chunk sizes and memo vary freely. Inputs are drawn from a fixed
 * seed, so every run tries the same cases and a failure names the one that broke.
 */
@org.junit.jupiter.api.Tag("slow")
class InvariantPropertiesTest {
  private static final int WORLDS = 5;
  private static final long SEED = 20190228L;

  private static int between(Random r, int min, int max) {
    return min + r.nextInt(max - min + 1);
  }

  private static List<Integer> picks(Random r, int minSize, int maxSize) {
    return IntStream.range(0, between(r, minSize, maxSize)).mapToObj(i -> between(r, 0, 200)).toList();
  }

  private static Stream<Arguments> draw(int tries, java.util.function.Function<Random, Object[]> one) {
    Random r = new Random(SEED + tries);
    return IntStream.range(0, tries).mapToObj(i -> Arguments.of(one.apply(r)));
  }

  static Stream<Arguments> worldsAndDeals() {
    return draw(40, r -> new Object[] {between(r, 0, WORLDS - 1), picks(r, 1, 5)});
  }

  static Stream<Arguments> worldsPositionsAndDeals() {
    return draw(40, r -> new Object[] {between(r, 0, WORLDS - 1), between(r, 0, 10), picks(r, 1, 5)});
  }

  static Stream<Arguments> worldsDealsAndBatches() {
    return draw(30, r -> new Object[] {between(r, 0, WORLDS - 1), picks(r, 1, 5),
        IntStream.range(0, between(r, 0, 12)).mapToObj(i -> picks(r, 1, 4)).toList()});
  }

  static Stream<Arguments> worldsThreadsChunksMemo() {
    return draw(12, r -> new Object[] {between(r, 0, WORLDS - 1), between(r, 1, 3), between(r, 1, 40), r.nextBoolean()});
  }

  static Stream<Arguments> worldsAndScenarios() {
    return draw(10, r -> new Object[] {between(r, 0, WORLDS - 1), between(r, -1, 10)});
  }

  private static Verdict verdict(Gordian g, String scenario, DealDef deal, boolean memo) {
    RunOptions options = RunOptions.defaults().withScenario(scenario).withEngine(EngineOptions.DEFAULT.withMemo(memo));
    try (org.gordian.run.CaseRun run = g.bind(options)) {
      return run.evaluate(deal);
    }
  }

  private static Set<String> vetoingPositions(Verdict v) {
    return v.vetoes().stream().map(x -> x.getParty() + "/" + x.getPosition()).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "world {0}, deal {1}")
  @MethodSource("worldsAndDeals")
  void aDealNoRuleAppliesToIsFeasible(int seed, List<Integer> picks) {
    RandomWorld w = RandomWorld.informative(seed);
    Verdict v = verdict(w.gordian, "all-off", w.deal("d", picks), true);
    assertThat(v.feasible()).isTrue();
    assertThat(v.vetoes()).isEmpty();
    assertThat(v.concerns()).isEmpty();
  }

  @ParameterizedTest(name = "world {0}, position {1}, deal {2}")
  @MethodSource("worldsPositionsAndDeals")
  void switchingAPositionOffNeverAddsAVetoFromIt(int seed, int which, List<Integer> picks) {
    RandomWorld w = RandomWorld.informative(seed);
    int i = which % w.positions.size();
    DealDef deal = w.deal("d", picks);
    Set<String> before = vetoingPositions(verdict(w.gordian, null, deal, true));
    Set<String> after = vetoingPositions(verdict(w.gordian, "off-" + i, deal, true));
    assertThat(after).doesNotContain(w.positions.get(i));
    assertThat(before).containsAll(after);
  }

  @ParameterizedTest(name = "world {0}, deal {1}, batch {2}")
  @MethodSource("worldsDealsAndBatches")
  void aVerdictDoesNotDependOnTheOtherDealsInTheBatchOrOnMemo(int seed, List<Integer> picks,
      List<List<Integer>> others) {
    RandomWorld w = RandomWorld.informative(seed);
    DealDef deal = w.deal("d", picks);
    Verdict alone = verdict(w.gordian, null, deal, false);
    List<Verdict> inBatch = new ArrayList<>();
    try (org.gordian.run.CaseRun run = w.gordian.bind(RunOptions.defaults())) {
      for (int k = 0; k < others.size(); k++) {
        run.evaluate(w.deal("o" + k, others.get(k)));
        inBatch.add(run.evaluate(deal));
      }
      inBatch.add(run.evaluate(deal));
    }
    assertThat(inBatch).allSatisfy(v -> {
      assertThat(v).isEqualTo(alone);
      assertThat(v.vetoes().stream().map(Veto::getReason).toList())
          .isEqualTo(alone.vetoes().stream().map(Veto::getReason).toList());
    });
  }

  @ParameterizedTest(name = "world {0}, {1} threads, chunks of {2}, memo {3}")
  @MethodSource("worldsThreadsChunksMemo")
  void aRunDoesNotDependOnThreadsChunksOrMemo(int seed, int threads, int chunk, boolean memo) {
    RandomWorld w = RandomWorld.informative(seed);
    RunOptions base = RunOptions.defaults().withKeep(1000, 1000);
    RunResult reference = w.gordian.run(base.withThreads(1, 4096).withEngine(EngineOptions.DEFAULT.withMemo(false)));
    RunResult other = w.gordian.run(base.withThreads(threads, chunk).withEngine(EngineOptions.DEFAULT.withMemo(memo)));
    assertThat(other.space()).usingRecursiveComparison().isEqualTo(reference.space());
    assertThat(other.listed()).isEqualTo(reference.listed());
  }

  @ParameterizedTest(name = "world {0}, scenario {1}")
  @MethodSource("worldsAndScenarios")
  void theJsonReportParsesAndRoundTrips(int seed, int scenario) throws Exception {
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
