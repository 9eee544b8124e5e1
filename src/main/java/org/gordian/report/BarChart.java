package org.gordian.report;

import java.util.List;

/**
 * Horizontal stacked bar charts drawn as inline SVG: one row per bar, a highlighted part stacked
 * before the rest, scaled against a whole (so bar length reads as a share), with a legend, grid
 * lines at quarters and a tooltip per mark. Coordinates are written with fixed rounding so the
 * same data give the same bytes.
 */
final class BarChart {
  /**
   * One bar.
   *
   * @param label the text left of the bar
   * @param total the bar's whole length, in the chart's unit
   * @param part the highlighted part of {@code total}, drawn first
   * @param value the text right of the bar
   */
  record Bar(String label, long total, long part, String value) {}

  private static final int WIDTH = 960;
  private static final int PLOT_X = 320;
  private static final int PLOT_W = 440;
  private static final int TOP = 34;
  private static final int ROW = 24;
  private static final int BAR = 16;

  private BarChart() {}

  /**
   * Draws the chart.
   *
   * @param title the chart's accessible name
   * @param bars the bars, top to bottom
   * @param whole the amount a full-width bar stands for (grid lines at its quarters)
   * @param partName the legend for the highlighted part
   * @param restName the legend for the rest
   */
  static void draw(Html h, String title, List<Bar> bars, long whole, String partName, String restName) {
    int height = TOP + bars.size() * ROW + 22;
    h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "role", "img", "aria-label", title,
        "viewBox", "0 0 " + WIDTH + " " + height, "width", String.valueOf(WIDTH), "height", String.valueOf(height),
        "preserveAspectRatio", "xMinYMin meet").nl();
    h.element("title", title).nl();
    legend(h, partName, restName);
    double scale = whole <= 0 ? 0 : (double) PLOT_W / whole;
    int bottom = TOP + bars.size() * ROW;
    for (int q = 0; q <= 4; q++) {
      String x = coord(PLOT_X + PLOT_W * q / 4.0);
      h.empty("line", "class", "grid", "x1", x, "x2", x, "y1", String.valueOf(TOP - 4), "y2", String.valueOf(bottom))
          .nl();
      h.element("text", (25 * q) + "%", "class", "tick", "x", x, "y", String.valueOf(bottom + 14), "text-anchor",
          "middle").nl();
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = TOP + i * ROW + (ROW - BAR) / 2;
      String textY = String.valueOf(y + BAR - 4);
      h.open("g", "class", "bar").nl();
      h.element("text", b.label(), "class", "label", "x", String.valueOf(PLOT_X - 8), "y", textY, "text-anchor", "end")
          .nl();
      double partW = b.part() * scale;
      double restW = (b.total() - b.part()) * scale;
      if (b.part() > 0) {
        rect(h, "part", PLOT_X, y, partW, b.label() + ": " + b.value());
      }
      if (b.total() > b.part()) {
        rect(h, "rest", PLOT_X + partW, y, restW, b.label() + ": " + b.value());
      }
      h.element("text", b.value(), "class", "value", "x", coord(PLOT_X + partW + restW + 6), "y", textY).nl();
      h.close("g").nl();
    }
    h.close("svg").nl();
  }

  private static void legend(Html h, String partName, String restName) {
    h.open("g", "class", "legend").nl();
    h.empty("rect", "class", "part", "x", String.valueOf(PLOT_X), "y", "6", "width", "12", "height", "12").nl();
    h.element("text", partName, "x", String.valueOf(PLOT_X + 18), "y", "16").nl();
    h.empty("rect", "class", "rest", "x", String.valueOf(PLOT_X + 200), "y", "6", "width", "12", "height", "12").nl();
    h.element("text", restName, "x", String.valueOf(PLOT_X + 218), "y", "16").nl();
    h.close("g").nl();
  }

  private static void rect(Html h, String kind, double x, int y, double w, String tooltip) {
    // A visible sliver for tiny non-zero counts, so no position with vetoes disappears.
    h.open("rect", "class", kind, "x", coord(x), "y", String.valueOf(y), "width", coord(Math.max(w, 1)), "height",
        String.valueOf(BAR)).element("title", tooltip).close("rect").nl();
  }

  private static String coord(double v) {
    return Text.number(v);
  }
}
