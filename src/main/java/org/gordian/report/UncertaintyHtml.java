package org.gordian.report;

import org.gordian.analysis.RunResult;
import org.gordian.analysis.Uncertainty;

/** The uncertainty section of the HTML run report; every text goes through the page builder's escaping. */
final class UncertaintyHtml {
  private UncertaintyHtml() {}

  /** Adds the section to a page when the run has an uncertainty analysis; the run report's one hook. */
  static void addTo(HtmlPage page, RunResult r) {
    Uncertainty u = r.uncertainty();
    if (u == null) {
      return;
    }
    page.section("uncertainty", "Uncertainty: probability of feasibility", h -> {
      h.element("p", UncertaintyText.method(u), "class", "note").nl();
      boolean sampled = u.method() == Uncertainty.Method.SAMPLED;
      h.open("div", "class", "scroll").nl().open("table", "class", "uncertainty").nl();
      h.open("thead").open("tr").element("th", "Deal").element("th", "As run").element("th", "Probability feasible");
      if (sampled) {
        h.element("th", "95% interval");
      }
      h.element("th", "Matters most").close("tr").close("thead").nl().open("tbody").nl();
      for (Uncertainty.DealChance d : u.deals()) {
        h.open("tr").open("td").element("code", d.id()).close("td").element("td", d.feasible() ? "feasible"
            : "infeasible").element("td", UncertaintyText.p(d.probability()));
        if (sampled) {
          h.element("td", UncertaintyText.interval(d.low(), d.high()));
        }
        h.element("td", d.mattersMost().map(i -> u.variable(i.variable()).map(v -> v.describe() + " ("
            + UncertaintyText.given(v, i) + ")").orElse(i.variable())).orElse("none"));
        h.close("tr").nl();
      }
      h.close("tbody").nl().close("table").nl().close("div").nl();
      if (u.space() != null) {
        h.element("p", UncertaintyText.space(u)).nl();
      }
    });
  }
}
