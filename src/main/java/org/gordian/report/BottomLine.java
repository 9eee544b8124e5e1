package org.gordian.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gordian.analysis.Analyses;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.Knot;
import org.gordian.analysis.Nearest;
import org.gordian.analysis.Ranking;
import org.gordian.analysis.Relaxation;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.SpaceSummary;
import org.gordian.model.PositionRef;

/**
 * The bottom line at the top of the HTML page: what is feasible, what blocks the rest and what
 * would unlock it, each taken from the run's results and stated for the deals the run looked at
 * (the listed deals, the generated space with its bounds, the knots' scope), never for more.
 */
final class BottomLine {
  /** How many listed deals the unlock line names before summing up the rest. */
  static final int UNLOCK_SHOWN = 6;
  /** Up to how many edits to the nearest feasible deal are spelled out; more are left to the analyses. */
  static final int SPELLED_EDITS = 3;

  private BottomLine() {}

  static void write(RunResult r, Html h) {
    h.open("dl", "class", "bottom-line").nl();
    feasible(r, h);
    blocks(r, h);
    unlock(r, h);
    h.close("dl").nl();
  }

  private static void feasible(RunResult r, Html h) {
    h.element("dt", "Feasible").open("dd");
    List<DealOutcome> ok = r.listed().stream().filter(DealOutcome::feasible).toList();
    h.text(ok.size() + " of " + r.listed().size() + " listed deals" + (ok.isEmpty() ? "." : ": "));
    codes(h, ok.stream().map(DealOutcome::id).toList(), ", ");
    h.text(ok.isEmpty() ? "" : ".");
    SpaceSummary s = r.space();
    if (s != null) {
      h.text(" Among " + s.scope().describe() + ": " + Text.count(s.feasible()) + " of " + Text.count(s.evaluated())
          + " (" + Text.percent(s.feasible(), s.evaluated()) + ")");
      Ranking rk = r.analyses() == null ? null : r.analyses().ranking();
      if (rk != null && !rk.parties().isEmpty()) {
        h.text(", " + Text.count(rk.acceptable()) + " of them leaving " + String.join(" and ", rk.parties())
            + " better off than no deal");
        if (rk.nash() != null) {
          h.text("; the Nash deal is ").element("code", rk.nash().deal().id());
        }
      }
      h.text(".");
    }
    if (r.analyses() != null && r.analyses().whole() != null && r.analyses().whole().exact()) {
      var x = r.analyses().whole().answer();
      h.text(" Over " + x.scope() + ": " + String.format(java.util.Locale.ROOT, "%,d of %,d feasible.", x.feasible(),
          x.total()));
    }
    h.close("dd").nl();
  }

  private static void blocks(RunResult r, Html h) {
    List<DealOutcome> vetoed = r.listed().stream().filter(d -> !d.feasible()).toList();
    SpaceSummary s = r.space();
    Analyses a = r.analyses();
    boolean knots = a != null && !a.knots().isEmpty();
    if (vetoed.isEmpty() && (s == null || s.mostDecisive().isEmpty()) && !knots) {
      return;
    }
    h.element("dt", "Blocked by").open("dd").open("ul").nl();
    if (!vetoed.isEmpty()) {
      Map<String, Integer> byPosition = new LinkedHashMap<>();
      for (DealOutcome d : vetoed) {
        d.verdict().vetoes().stream().map(v -> v.getRule().positionKey()).distinct()
            .forEach(p -> byPosition.merge(p, 1, Integer::sum));
      }
      List<Map.Entry<String, Integer>> top = byPosition.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3).toList();
      h.open("li");
      for (int i = 0; i < top.size(); i++) {
        h.text(i == 0 ? "" : "; ").element("code", top.get(i).getKey()).text(" vetoes " + top.get(i).getValue() + " of the "
            + r.listed().size() + " listed deals");
      }
      h.text(byPosition.size() > top.size() ? "; " + (byPosition.size() - top.size()) + " more positions veto fewer."
          : ".").close("li").nl();
    }
    if (s != null) {
      Text.decisive(s, false).ifPresent(d -> h.element("li", "Among " + s.scope().describe() + ", " + d + ".").nl());
    }
    if (knots) {
      Map<List<PositionRef>, Integer> ties = new LinkedHashMap<>();
      a.knots().forEach(k -> ties.merge(k.positions(), 1, Integer::sum));
      Map.Entry<List<PositionRef>, Integer> most = ties.entrySet().stream()
          .max(Map.Entry.comparingByValue()).orElseThrow();
      long sequencing = a.knots().stream().filter(k -> k.kind() == Knot.Kind.SEQUENCING).count();
      h.open("li").open("a", "href", "#analysis-knots").text(a.knots().size() + (a.knots().size() == 1 ? " knot"
          : " knots")).close("a").text(" (" + sequencing + " sequencing) among " + a.knotScope().describe() + "; ")
          .text(most.getValue() + " of them tied by ");
      codes(h, most.getKey().stream().map(PositionRef::toString).toList(), " and ");
      h.text(".").close("li").nl();
    }
    h.close("ul").close("dd").nl();
  }

  private static void unlock(RunResult r, Html h) {
    Analyses a = r.analyses();
    List<DealOutcome> vetoed = r.listed().stream().filter(d -> !d.feasible()).toList();
    if (a == null || vetoed.isEmpty()) {
      return;
    }
    h.element("dt", "Would unlock").open("dd").open("ul").nl();
    for (DealOutcome d : vetoed.subList(0, Math.min(UNLOCK_SHOWN, vetoed.size()))) {
      h.open("li").open("a", "href", "#deal-" + (r.listed().indexOf(d) + 1)).element("code", d.id()).close("a")
          .text(": ");
      Relaxation x = a.relaxation(d.id()).orElse(null);
      boolean said = false;
      if (x != null && !x.sets().isEmpty()) {
        List<PositionRef> smallest = x.sets().stream().min(Comparator.comparingInt(List::size)).orElseThrow();
        h.text("switch off ");
        codes(h, smallest.stream().map(PositionRef::toString).toList(), " and ");
        h.text(x.sets().size() > 1 ? " (or one of " + (x.sets().size() - 1) + " other minimal sets)" : "");
        said = true;
      } else if (x != null && x.unrelaxable()) {
        h.text("no set of positions: its vetoes do not depend on them");
        said = true;
      }
      Nearest.NearestDeals n = a.nearestTo(d.id()).orElse(null);
      if (n != null && !n.deals().isEmpty()) {
        Nearest.Nearby near = n.deals().get(0);
        h.text(said ? "; or " : "").text(near.distance() + (near.distance() == 1 ? " edit" : " edits") + " → ")
            .element("code", near.id());
        if (near.distance() <= SPELLED_EDITS) {
          List<String> edits = new ArrayList<>();
          near.edits().forEach(e -> edits.add(e.toString()));
          h.text(" (").spans(String.join("; ", edits)).text(")");
        }
        said = true;
      }
      h.text(said ? "." : "nothing found within the searches' scope.").close("li").nl();
    }
    if (vetoed.size() > UNLOCK_SHOWN) {
      h.element("li", "… and " + (vetoed.size() - UNLOCK_SHOWN) + " more infeasible listed deals: see the analyses.")
          .nl();
    }
    h.close("ul").close("dd").nl();
  }

  private static void codes(Html h, List<String> ids, String separator) {
    for (int i = 0; i < ids.size(); i++) {
      h.text(i == 0 ? "" : separator).element("code", ids.get(i));
    }
  }
}
