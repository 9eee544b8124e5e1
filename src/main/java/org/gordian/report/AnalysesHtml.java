package org.gordian.report;

import java.util.Map;
import java.util.function.Consumer;
import org.gordian.analysis.Analyses;
import org.gordian.analysis.RunResult;

/**
 * The analyses in the HTML page, built from the run's results: the wording the Markdown report
 * uses ({@link AnalysesProse}) written as page sections, each with its own entry in the contents,
 * and charts that carry the findings — the knot map beside the knots, the bargainers' scores
 * beside the ranking.
 */
final class AnalysesHtml {
  private AnalysesHtml() {}

  /** Adds a section to the page for each analysis the run made; nothing when it made none. */
  static void addTo(HtmlPage page, RunResult r, int showDeals) {
    Analyses a = r.analyses();
    if (a == null) {
      return;
    }
    Map<String, Consumer<Html>> charts = new java.util.HashMap<>();
    if (!a.knots().isEmpty()) {
      charts.put(HtmlProse.id("Knots"), h -> KnotMap.draw(h, a.knots(), a.knotScope().describe()));
    }
    if (a.ranking() != null && r.space() != null) {
      charts.put(HtmlProse.id("Ranking of feasible deals"), h -> ParetoChart.draw(h, r, a.ranking()));
    }
    HtmlProse prose = new HtmlProse(page, charts);
    new AnalysesProse(showDeals).write(r, a, prose);
    prose.finish();
  }
}
