package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.Uncertainty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The uncertainty section in each format, and positions shown with their faction. */
class UncertaintyReportTest {
  static RunResult exact;
  static RunResult sampled;

  @BeforeAll
  static void run() {
    Gordian g = Gordian.load(Path.of("src/test/resources/uncertainty"));
    exact = g.run(RunOptions.defaults().withThreads(1, 64));
    sampled = g.run(RunOptions.defaults().toBuilder().uncertainty(new Uncertainty.Options(true, 4, 300, 11, true))
        .build().withThreads(1, 64));
  }

  @Test
  void markdownSaysTheMethodTheScopeAndEachDealsProbability() {
    String md = ReportRuns.render(Format.MARKDOWN, exact);
    assertThat(md).contains("## Uncertainty: probability of feasibility")
        .contains("Method: exact, over all 16 combinations of 1 uncertain context fact and 3 positions")
        .contains("the rules ran 4 times")
        .contains("| `relief-freeze` | infeasible | 0.06 | position `A/dismantlement-with-relief` | held: 0;"
            + " not held: 0.2 |")
        .contains("Over the 10 generated deals of up to 2 moves in up to 1 phase: expected number of feasible"
            + " generated deals 1.38 of 10")
        .contains("| `A/no-payment` (hawks) |")
        .contains("- A, faction hawks: `A/dismantlement-with-relief`, `A/no-payment`");
  }

  @Test
  void markdownOfASampleGivesItsSeedAndIntervals() {
    String md = ReportRuns.render(Format.MARKDOWN, sampled);
    assertThat(md).contains("Method: sampled, 300 combinations drawn from seed 11 out of 16 combinations")
        .contains("| Deal | Verdict as run | Probability feasible | 95% interval |");
  }

  @Test
  void jsonCarriesTheNumbers() throws Exception {
    JsonNode u = new ObjectMapper().readTree(ReportRuns.render(Format.JSON, exact)).get("uncertainty");
    assertThat(u.get("method").asText()).isEqualTo("exact");
    assertThat(u.get("deals").get(1).get("probability").asDouble()).isEqualTo(
        exact.uncertainty().deal("relief-freeze").orElseThrow().probability());
    assertThat(u.get("deals").get(1).get("mattersMost").asText()).isEqualTo("A/dismantlement-with-relief");
    assertThat(u.get("space").get("anyFeasible").asDouble()).isEqualTo(exact.uncertainty().space().anyFeasible());
    JsonNode s = new ObjectMapper().readTree(ReportRuns.render(Format.JSON, sampled)).get("uncertainty");
    assertThat(s.get("seed").asLong()).isEqualTo(11);
    assertThat(s.get("samples").asInt()).isEqualTo(300);
  }

  @Test
  void htmlHasItsOwnSection() {
    String html = ReportRuns.render(Format.HTML, exact);
    assertThat(html).contains("id=\"uncertainty\"").contains("Uncertainty: probability of feasibility")
        .contains("position A/dismantlement-with-relief (held: 0; not held: 0.2)")
        .contains("<code>A/no-payment</code> (hawks)</td>");
  }

  @Test
  void aCaseWithoutUncertaintyHasNoSection() {
    RunResult reykjavik = org.gordian.Gordian.load(java.nio.file.Path.of("examples/reykjavik-1986"))
        .run(RunOptions.defaults().withSpace(false).withAnalyses(false, 0));
    assertThat(ReportRuns.render(Format.MARKDOWN, reykjavik)).doesNotContain("## Uncertainty")
        .doesNotContain("probability of feasibility");
  }
}
