package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.Instant;
import org.gordian.report.JsonReport;
import org.gordian.report.MarkdownReport;
import org.junit.jupiter.api.Test;

class AnalysesReportTest {
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  private static JsonNode json(String caseName) throws Exception {
    StringWriter w = new StringWriter();
    new JsonReport(AT).write(AnalysisCases.run(caseName), w);
    return new ObjectMapper().readTree(w.toString());
  }

  @Test
  void jsonGivesRelaxationsAsSetsOfPositionsPerDeal() throws Exception {
    JsonNode relaxations = json("diversion").get("relaxations");
    assertThat(relaxations.get("aid-for-reform").toString())
        .isEqualTo("[[\"RECIPIENT/hardliners\"],[\"DONOR/monitored-aid-only\",\"WATCH/watchdog\"]]");
  }

  @Test
  void jsonGivesKnotsNearestDealsAndTheParetoFront() throws Exception {
    JsonNode root = json("deadlock");
    JsonNode knot = root.get("knots").get(0);
    assertThat(knot.get("moves").toString()).isEqualTo("[\"pay\",\"deliver\"]");
    assertThat(knot.get("kind").asText()).isEqualTo("sequencing");
    assertThat(knot.get("positions").toString())
        .isEqualTo("[\"BUYER/pay-after-delivery\",\"SELLER/deliver-after-payment\"]");
    JsonNode nearest = root.get("nearest").get("long-haul").get(0);
    assertThat(nearest.get("id").asText()).isEqualTo("warranty/deliver");
    assertThat(nearest.get("edits").get(0).get("text").asText()).isEqualTo("remove pay");
    // The buyer gains only from paid goods, which no feasible deal delivers: nothing is acceptable to both.
    assertThat(root.get("pareto").toString()).isEqualTo("[]");
    assertThat(root.get("ranking").get("bargainers").toString()).isEqualTo("[\"BUYER\",\"SELLER\"]");
    assertThat(root.get("ranking").get("noDeal").toString()).isEqualTo("{\"BUYER\":0.0,\"SELLER\":0.0}");
    assertThat(root.get("ranking").get("acceptable").asLong()).isZero();
  }

  @Test
  void markdownHasASectionPerAnalysisAndIsReproducible() throws Exception {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    new MarkdownReport(AT, 25).write(AnalysisCases.run("deadlock"), a);
    new MarkdownReport(AT, 25).write(AnalysisCases.run("deadlock"), b);
    assertThat(a.toString()).isEqualTo(b.toString())
        .contains("## Minimal relaxations", "## Nearest feasible deals", "## Knots", "## Ranking of feasible deals")
        .contains("- switch off `BUYER/pay-after-delivery` and `SELLER/deliver-after-payment`")
        .contains("| `warranty/deliver` | 1 | remove `pay` |")
        .contains("| `BUYER/pay-after-delivery`, `SELLER/deliver-after-payment` (1 knot) | `pay` × `deliver`"
            + " | sequencing |");
  }
}
