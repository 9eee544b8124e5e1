package org.gordian.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RankedDeal;
import org.gordian.analysis.Ranking;
import org.gordian.analysis.RunResult;

/**
 * A scatter of two bargainers' scores: the feasible deals the run kept (listed and first generated
 * ones) as grey dots, the Pareto-optimal acceptable deals as filled marks, the Nash deal ringed,
 * and each bargainer's no-deal value as a dashed line, so the corner where both gain is visible.
 * Deals with the same two scores share one mark, sized by how many they are. Inline SVG with
 * fixed rounding, so the same results give the same bytes; drawn only when two parties bargain.
 */
final class ParetoChart {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 420;
  private static final int X0 = 70;
  private static final int Y0 = 30;
  private static final int PLOT_W = 520;
  private static final int PLOT_H = 320;

  private ParetoChart() {}

  /** One mark: a point of the two scores and the deals at it. */
  private record Point(double x, double y, List<String> deals, String kind) {}

  static void draw(Html h, RunResult r, Ranking rk) {
    if (rk.parties().size() < 2) {
      return;
    }
    String px = rk.parties().get(0);
    String py = rk.parties().get(1);
    Map<List<Double>, Point> points = new LinkedHashMap<>();
    List<DealOutcome> kept = new ArrayList<>(r.listed().stream().filter(DealOutcome::feasible).toList());
    kept.addAll(r.space().feasibleDeals());
    for (DealOutcome d : kept) {
      add(points, d.verdict().score(px), d.verdict().score(py), d.id(), "feasible");
    }
    for (RankedDeal d : rk.pareto()) {
      add(points, d.score(px), d.score(py), d.deal().id(), "pareto");
    }
    if (points.isEmpty()) {
      return;
    }
    double noX = rk.bargaining().noDeal().get(px);
    double noY = rk.bargaining().noDeal().get(py);
    double[] xr = range(points.values().stream().mapToDouble(Point::x).toArray(), noX);
    double[] yr = range(points.values().stream().mapToDouble(Point::y).toArray(), noY);
    String nash = rk.nash() == null ? null : rk.nash().deal().id();
    String title = "Scores of " + px + " and " + py + " over the feasible deals shown";
    h.open("figure", "class", "pareto").nl();
    h.open("div", "class", "chart-scroll").nl();
    h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart scatter", "role", "img", "aria-label", title,
        "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", String.valueOf(WIDTH), "height", String.valueOf(HEIGHT),
        "preserveAspectRatio", "xMinYMin meet").nl();
    h.element("title", title).nl();
    double gx = sx(noX, xr);
    double gy = sy(noY, yr);
    // Where both bargainers gain over no deal.
    h.empty("rect", "class", "gain", "x", coord(gx), "y", String.valueOf(Y0), "width", coord(X0 + PLOT_W - gx), "height",
        coord(gy - Y0)).nl();
    for (double[] t : ticks(xr)) {
      h.empty("line", "class", "grid", "x1", coord(sx(t[0], xr)), "x2", coord(sx(t[0], xr)), "y1", String.valueOf(Y0),
          "y2", String.valueOf(Y0 + PLOT_H)).nl();
      h.element("text", Text.number(t[0]), "class", "tick", "x", coord(sx(t[0], xr)), "y",
          String.valueOf(Y0 + PLOT_H + 16), "text-anchor", "middle").nl();
    }
    for (double[] t : ticks(yr)) {
      h.empty("line", "class", "grid", "x1", String.valueOf(X0), "x2", String.valueOf(X0 + PLOT_W), "y1",
          coord(sy(t[0], yr)), "y2", coord(sy(t[0], yr))).nl();
      h.element("text", Text.number(t[0]), "class", "tick", "x", String.valueOf(X0 - 8), "y", coord(sy(t[0], yr) + 4),
          "text-anchor", "end").nl();
    }
    h.empty("line", "class", "no-deal", "x1", coord(gx), "x2", coord(gx), "y1", String.valueOf(Y0), "y2",
        String.valueOf(Y0 + PLOT_H)).nl();
    h.empty("line", "class", "no-deal", "x1", String.valueOf(X0), "x2", String.valueOf(X0 + PLOT_W), "y1", coord(gy),
        "y2", coord(gy)).nl();
    h.element("text", px + " score →", "class", "axis", "x", String.valueOf(X0 + PLOT_W), "y",
        String.valueOf(Y0 + PLOT_H + 34), "text-anchor", "end").nl();
    h.element("text", "↑ " + py + " score", "class", "axis", "x", String.valueOf(X0 - 8), "y", String.valueOf(Y0 - 12))
        .nl();
    int most = points.values().stream().mapToInt(p -> p.deals().size()).max().orElse(1);
    for (Point p : points.values()) {
      double radius = 4 + 6 * Math.sqrt(p.deals().size() / (double) most);
      boolean isNash = nash != null && p.deals().contains(nash);
      String tip = px + " " + Text.number(p.x()) + ", " + py + " " + Text.number(p.y()) + ": " + p.deals().size()
          + (p.deals().size() == 1 ? " deal" : " deals") + (p.kind().equals("pareto") ? ", Pareto-optimal and acceptable"
              : "") + (isNash ? ", the Nash deal" : "") + " — " + String.join(", ", p.deals().stream().limit(5).toList())
          + (p.deals().size() > 5 ? ", …" : "");
      h.open("circle", "class", "deal " + p.kind() + (isNash ? " nash" : ""), "cx", coord(sx(p.x(), xr)), "cy",
          coord(sy(p.y(), yr)), "r", coord(radius)).element("title", tip).close("circle").nl();
    }
    h.close("svg").nl();
    h.close("div").nl();
    h.open("figcaption").text("Each mark is a score pair of " + px + " (across) and " + py + " (up), sized by how many"
        + " deals share it: the feasible listed deals and the first " + Text.count(r.space().feasibleDeals().size())
        + " feasible generated deals (grey), and the " + Text.count(rk.pareto().size())
        + " Pareto-optimal acceptable deals (green)" + (nash == null ? "" : ", the Nash deal ringed") + ". Dashed lines:"
        + " each one's score without a deal; in the shaded corner both gain.").close("figcaption").nl();
    h.close("figure").nl();
  }

  private static void add(Map<List<Double>, Point> points, double x, double y, String deal, String kind) {
    Point p = points.computeIfAbsent(List.of(x, y), k -> new Point(x, y, new ArrayList<>(), kind));
    if (!p.deals().contains(deal)) {
      p.deals().add(deal);
    }
    if (kind.equals("pareto") && !p.kind().equals("pareto")) {
      points.put(List.of(x, y), new Point(x, y, p.deals(), kind));
    }
  }

  /** The axis range: the values and the no-deal value, padded, never empty. */
  private static double[] range(double[] values, double noDeal) {
    double lo = noDeal;
    double hi = noDeal;
    for (double v : values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    double pad = Math.max(1, (hi - lo) * 0.08);
    return new double[] {Math.floor(lo - pad), Math.ceil(hi + pad)};
  }

  /** Whole-number ticks, at most about eight. */
  private static List<double[]> ticks(double[] r) {
    double step = Math.max(1, Math.ceil((r[1] - r[0]) / 8));
    List<double[]> out = new ArrayList<>();
    for (double t = Math.ceil(r[0] / step) * step; t <= r[1]; t += step) {
      out.add(new double[] {t});
    }
    return out;
  }

  private static double sx(double v, double[] r) {
    return X0 + PLOT_W * (v - r[0]) / (r[1] - r[0]);
  }

  private static double sy(double v, double[] r) {
    return Y0 + PLOT_H - PLOT_H * (v - r[0]) / (r[1] - r[0]);
  }

  private static String coord(double v) {
    return Text.number(v);
  }
}
