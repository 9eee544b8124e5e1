package org.gordian.reykjavik;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.gordian.facts.Veto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Reykjavik case through the façade: the 1986 baseline reproduces the walk-out over SDI, and
 * the 1987 decoupling of intermediate-range missiles from SDI makes a verified INF deal feasible.
 */
@org.junit.jupiter.api.Tag("slow")
class ReykjavikCaseTest {
  static final Path CASE = Path.of("examples/reykjavik-1986");

  private static Gordian reykjavik;
  private static final Map<String, RunResult> RUNS = new ConcurrentHashMap<>();

  static synchronized Gordian reykjavik() {
    if (reykjavik == null) {
      reykjavik = Gordian.load(CASE);
    }
    return reykjavik;
  }

  private static RunResult run(String scenario) {
    return RUNS.computeIfAbsent(scenario, s -> reykjavik().run(RunOptions.defaults().withSpace(false)
        .withScenario(s.equals("baseline") ? null : s)));
  }

  private static DealOutcome deal(String scenario, String id) {
    return run(scenario).listedDeal(id).orElseThrow();
  }

  private static String blockers(DealOutcome d) {
    return String.join(" ", d.verdict().vetoes().stream().map(v -> v.getParty() + "/" + v.getPosition())
        .distinct().sorted().toList());
  }

  @Test
  void theBaselineWalkOutIsOverSdiAlone() {
    DealOutcome bargain = deal("baseline", "reykjavik-grand-bargain");
    assertThat(bargain.feasible()).isFalse();
    assertThat(bargain.verdict().vetoes()).extracting(v -> v.getParty() + "/" + v.getPosition())
        .containsOnly("US/no-limits-on-sdi");
    assertThat(bargain.verdict().vetoes()).extracting(Veto::getReason)
        .allMatch(r -> r.contains("laboratory"));
  }

  @Test
  void noListedDealIsFeasibleIn1986() {
    assertThat(run("baseline").listed()).filteredOn(DealOutcome::feasible).isEmpty();
  }

  @Test
  void in1987TheInfTreatyWithInspectionOnBothSidesIsFeasible() {
    DealOutcome treaty = deal("inf-1987", "inf-treaty-1987");
    assertThat(treaty.feasible()).isTrue();
    var kinds = treaty.moves().stream().map(m -> reykjavik().caseDef().move(m.move()).orElseThrow()).toList();
    assertThat(kinds).filteredOn(m -> m.kind().equals("verification")).extracting(m -> m.party())
        .containsExactlyInAnyOrder("US", "USSR");
    assertThat(kinds).filteredOn(m -> m.kind().equals("inf-elimination")).hasSize(4);
  }

  @Test
  void theDecouplingIsNeededButNotEnoughForTheTreaty() {
    DealOutcome before = deal("baseline", "inf-treaty-1987");
    assertThat(before.feasible()).isFalse();
    assertThat(blockers(before))
        .isEqualTo("USSR/asian-warheads-kept USSR/no-shorter-range-zero-yet USSR/package-linkage");
    // February 1987: decoupled from SDI, still on the terms of 1986.
    assertThat(blockers(deal("inf-decoupled-1987", "inf-treaty-1987")))
        .isEqualTo("USSR/asian-warheads-kept USSR/no-shorter-range-zero-yet");
    assertThat(run("inf-1987").scenario().disable()).isEmpty();
    assertThat(run("inf-1987").scenario().context()).containsOnlyKeys("inf-linkage", "soviet-inf-terms");
  }

  @Test
  void washingtonPrefersTheGlobalDoubleZeroToZeroInEuropeOnly() {
    double global = deal("inf-1987", "inf-treaty-1987").verdict().score("US");
    double europe = deal("inf-1987", "inf-europe-zero").verdict().score("US");
    assertThat(global).isGreaterThan(europe);
  }

  /** Each listed deal in each scenario: its verdict and the positions that veto it. */
  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource({
      "baseline,            reykjavik-grand-bargain,   US/no-limits-on-sdi",
      "baseline,            us-reykjavik-counteroffer, USSR/package-linkage",
      "baseline,            inf-europe-zero,           USSR/package-linkage",
      "baseline,            inf-treaty-1987,           USSR/package-linkage USSR/asian-warheads-kept USSR/no-shorter-range-zero-yet",
      "baseline,            start-without-sdi-limits,  USSR/package-linkage",
      "baseline,            moscow-test-ban,           US/no-comprehensive-test-ban",
      "inf-1987,            reykjavik-grand-bargain,   US/no-limits-on-sdi",
      "inf-1987,            us-reykjavik-counteroffer, USSR/package-linkage",
      "inf-1987,            inf-europe-zero,           feasible",
      "inf-1987,            inf-treaty-1987,           feasible",
      "inf-1987,            start-without-sdi-limits,  USSR/package-linkage",
      "laboratory-accepted, reykjavik-grand-bargain,   feasible",
      "laboratory-accepted, inf-treaty-1987,           USSR/package-linkage USSR/asian-warheads-kept USSR/no-shorter-range-zero-yet",
      "start-delinked-1989, us-reykjavik-counteroffer, feasible",
      "start-delinked-1989, start-without-sdi-limits,  feasible",
      "start-delinked-1989, moscow-test-ban,           US/no-comprehensive-test-ban",
  })
  void listedDealVerdicts(String scenario, String dealId, String expected) {
    DealOutcome d = deal(scenario, dealId);
    if (expected.equals("feasible")) {
      assertThat(d.feasible()).as(dealId + " vetoed by " + blockers(d)).isTrue();
    } else {
      assertThat(d.feasible()).isFalse();
      assertThat(blockers(d)).isEqualTo(String.join(" ", Arrays.stream(expected.split(" ")).sorted().toList()));
    }
  }
}
