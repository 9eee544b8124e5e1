package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.Sensitivity;
import org.gordian.analysis.Sensitivity.Conclusion;
import org.gordian.analysis.Sensitivity.Flip;

/**
 * The sensitivity section in HTML: a table of the headline conclusions, each with a robust or
 * fragile badge and the single changes that flip it; and, as a reporter, a page holding the
 * sensitivity analysis on its own. Every text goes through the page builder's escaping.
 */
public final class SensitivityHtml implements Reporter<RunResult> {
  private final Instant generatedAt;

  /** A reporter of the sensitivity page, stamped with this time. */
  public SensitivityHtml(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  @Override
  public void write(RunResult r, Writer w) throws IOException {
    HtmlPage page = new HtmlPage("Sensitivity report: " + r.caseDef().title());
    Html h = page.header();
    long listedFeasible = r.listed().stream().filter(DealOutcome::feasible).count();
    h.open("dl", "class", "facts").nl();
    h.element("dt", "Case").open("dd").element("code", r.caseDef().id()).close("dd").nl();
    h.element("dt", "Scenario").open("dd").element("code", r.scenarioId()).close("dd").nl();
    h.element("dt", "As it stands").element("dd", listedFeasible + " of " + r.listed().size()
        + " listed deals feasible" + (r.space() == null ? "" : "; " + Text.count(r.space().feasible()) + " of "
            + Text.count(r.space().size()) + " generated deals feasible")).nl();
    h.close("dl").nl();
    HtmlPage.generated(h, generatedAt);
    addTo(page, r);
    w.write(page.render());
  }

  /** Adds the section to a page when the run has a sensitivity analysis; the run report's one hook. */
  static void addTo(HtmlPage page, RunResult r) {
    Sensitivity s = r.sensitivity();
    if (s == null) {
      return;
    }
    page.section("sensitivity", "Sensitivity: robust and fragile conclusions", h -> section(s, h));
  }

  private static void section(Sensitivity s, Html h) {
    h.element("p", "Each headline conclusion was checked against " + s.tried().size() + " single changes of the"
        + " model, one at a time: every position switched off, every veto rule made a concern of weight -1 with the"
        + " same reason, every context field set to each of its other values, every phase comparison made strict or"
        + " non-strict and read at the other end of the phases. Robust: no single change flips it. Fragile: the"
        + " changes that flip it are named. Two changes together are not tried.", "class", "note").nl();
    String range = s.generated() >= 0 && s.baseline().feasible() >= 0
        ? "; feasible generated deals range from " + Text.count(s.feasibleMin()) + " to "
            + Text.count(s.feasibleMax()) + " over the changes (" + Text.count(s.baseline().feasible())
            + " as it stands)" : "";
    h.element("p", s.robust().size() + " robust, " + s.fragile().size() + " fragile of " + s.conclusions().size()
        + " conclusions" + range + ".").nl();
    h.open("div", "class", "scroll").nl();
    h.open("table", "class", "sensitivity").nl();
    h.open("thead").open("tr").element("th", "Conclusion").element("th", "Holds").element("th", "")
        .element("th", "Flipped by").close("tr").close("thead").nl();
    h.open("tbody").nl();
    List<Conclusion> ordered = new ArrayList<>(s.fragile());
    ordered.addAll(s.robust());
    for (Conclusion c : ordered) {
      h.open("tr", "class", c.robust() ? "robust" : "fragile");
      h.open("td").text(c.subject().words());
      if (!c.about().isEmpty()) {
        h.text(" ").element("code", c.about());
      }
      h.close("td");
      h.element("td", c.holds());
      h.open("td").element("span", c.robust() ? "robust" : "fragile", "class", "badge " + (c.robust() ? "robust"
          : "fragile")).close("td");
      h.open("td");
      if (!c.robust()) {
        List<Flip> flips = new ArrayList<>(c.flips());
        if (c.subject() == Sensitivity.Subject.FEASIBLE_COUNT) {
          flips.sort(Comparator.comparingLong((Flip f) -> -Math.abs(f.delta())));
        }
        h.open("ul", "class", "flips");
        for (Flip f : flips) {
          h.element("li", f.change().label() + (c.subject() == Sensitivity.Subject.FEASIBLE_COUNT
              ? " changes it by " + (f.delta() > 0 ? "+" : "−") + Text.count(Math.abs(f.delta()))
              : " → " + f.becomes()));
        }
        h.close("ul");
      }
      h.close("td").close("tr").nl();
    }
    h.close("tbody").nl().close("table").nl().close("div").nl();
    if (!s.newKnots().isEmpty()) {
      h.element("p", "Knots the run does not find that a single change would tie (not conclusions of the run, so"
          + " neither robust nor fragile):").nl();
      h.open("ul").nl();
      for (Conclusion c : s.newKnots()) {
        h.open("li").element("code", c.about()).text(": " + String.join("; ", c.flips().stream()
            .map(f -> f.change().label() + " (" + f.becomes() + ")").toList())).close("li").nl();
      }
      h.close("ul").nl();
    }
    if (!s.untested().isEmpty()) {
      h.element("p", "Changes that could not be tried (they speak for no conclusion):").nl();
      h.open("ul").nl();
      for (Sensitivity.Untested u : s.untested()) {
        h.element("li", u.change().label() + ": " + u.reason()).nl();
      }
      h.close("ul").nl();
    }
  }
}
