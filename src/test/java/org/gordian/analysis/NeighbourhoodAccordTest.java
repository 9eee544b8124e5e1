package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.report.JsonReport;
import org.gordian.report.MarkdownReport;
import org.junit.jupiter.api.Test;

/**
 * The accord case: 25 moves of three parties, a 19-move accord vetoed only because its amnesty comes
 * before disarmament, the same accord with war-crimes trials added, and a deal of maximal demands.
 */
class NeighbourhoodAccordTest {
  private static final Path ACCORD = Path.of("src/test/resources/analysis/accord");

  private static Nearest.NearestDeals nearest(String deal) {
    return AnalysisCases.run("accord").analyses().nearestTo(deal).orElseThrow();
  }

  @Test
  void theNearestDealToTheAccordIsTheOneRephasingOfTheAmnesty() {
    Nearest.NearestDeals n = nearest("accord");
    Nearest.Nearby first = n.deals().get(0);
    assertThat(first.distance()).isEqualTo(1);
    assertThat(first.moves()).hasSize(19);
    assertThat(first.inNeighbourhood()).isTrue();
    assertThat(first.edits()).extracting(Object::toString).containsExactly(
        "move `amnesty` from phase 1 to phase 3 (with `fund-reconstruction`, `hold-elections`, `renounce-secession`"
            + " and 3 more)");
    Nearest.Edit e = first.edits().get(0);
    assertThat(e.kind()).isEqualTo(Nearest.Edit.Kind.MOVE);
    assertThat(e.from()).isEqualTo(1);
    assertThat(e.to()).isEqualTo(3);
    assertThat(e.resultPhase()).isEqualTo(3);
    assertThat(first.moves()).contains(new DealOutcome.PhasedMove("amnesty", 3));
    // no other single edit will do
    assertThat(n.deals().subList(1, n.deals().size())).allMatch(d -> d.distance() == 2);
    assertThat(n.nearestOverall()).isTrue();
    assertThat(n.neighbourhood().complete()).isEqualTo(2);
  }

  @Test
  void theAccordWithTrialsNeedsTwoEdits() {
    Nearest.NearestDeals n = nearest("accord-with-trials");
    assertThat(n.deals().get(0).distance()).isEqualTo(2);
    assertThat(n.deals().get(0).edits()).extracting(Object::toString).containsExactly("remove `war-crimes-trials`",
        "move `amnesty` from phase 1 to phase 3 (with `fund-reconstruction`, `hold-elections`, `renounce-secession`"
            + " and 3 more)");
    assertThat(n.nearestOverall()).isTrue();
  }

  @Test
  void theMaximalDemandsHaveNoFeasibleDealWithinTheBudgetAndTheReportSaysSo() throws Exception {
    Nearest.NearestDeals n = nearest("maximal-demands");
    assertThat(n.neighbourhood().complete()).isEqualTo(2);
    assertThat(n.neighbourhood().feasible().size()).isZero();
    assertThat(n.nearestOverall()).isFalse();
    assertThat(n.deals()).isNotEmpty().noneMatch(Nearest.Nearby::inNeighbourhood);
    assertThat(n.deals()).allMatch(d -> d.distance() > 2);
    StringWriter w = new StringWriter();
    new MarkdownReport(Instant.EPOCH, 25).write(AnalysisCases.run("accord"), w);
    assertThat(w.toString()).contains("Searched: every deal within 2 edits of `maximal-demands` (5,789 deals evaluated,"
        + " up to 3 phases; 3 edits would take more than the budget of 10,000 deals), and the ")
        .contains("No feasible deal lies within 2 edits; the nearest below are feasible deals of the enumerated space,"
            + " 4 edits away; deals 3 edits away outside the space were not evaluated.");
  }

  @Test
  void withoutTheSpaceTheReportSaysNoDealWithinTheNeighbourhood() throws Exception {
    RunResult r = Gordian.load(ACCORD).run(RunOptions.defaults().withThreads(1, 64).withSpace(false));
    Nearest.NearestDeals n = r.analyses().nearestTo("maximal-demands").orElseThrow();
    assertThat(n.deals()).isEmpty();
    assertThat(n.space()).isNull();
    StringWriter w = new StringWriter();
    new MarkdownReport(Instant.EPOCH, 25).write(r, w);
    assertThat(w.toString()).contains("No feasible deal lies within 2 edits; the deal space was not evaluated.");
    assertThat(r.analyses().nearestTo("accord").orElseThrow().deals().get(0).distance()).isEqualTo(1);
  }

  @Test
  void givesTheSameAnswerTwiceAndOnOneOrTwoThreads() throws Exception {
    String one = json(1);
    assertThat(json(1)).isEqualTo(one);
    assertThat(json(2)).isEqualTo(one);
  }

  private static String json(int threads) throws Exception {
    RunResult r = Gordian.load(ACCORD).run(RunOptions.defaults().withThreads(threads, 64));
    StringWriter w = new StringWriter();
    new JsonReport(Instant.EPOCH).write(r, w);
    String all = w.toString();
    return all.substring(all.indexOf("\"nearest\""), all.indexOf("\"knots\""));
  }
}
