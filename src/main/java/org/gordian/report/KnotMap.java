package org.gordian.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gordian.analysis.Knot;
import org.gordian.model.PositionRef;

/**
 * The knot map: the positions that tie knots as nodes, one column per party, and the knots as
 * edges between the positions that tie them, thicker for more knots, each labelled with how many
 * and listed with its moves below the drawing. A knot tied by one position alone rings that node.
 * Inline SVG with fixed rounding, so the same knots give the same bytes.
 */
final class KnotMap {
  private static final int WIDTH = 960;
  private static final int TOP = 40;
  private static final int ROW = 56;
  private static final int LEFT = 330;
  private static final int RIGHT = 630;

  private KnotMap() {}

  /** The knots tied by one set of positions. */
  private record Tie(List<PositionRef> positions, List<Knot> knots) {}

  /** Draws the map and lists each tie's knots; {@code scope} says where the knots were sought. */
  static void draw(Html h, List<Knot> knots, String scope) {
    Map<List<PositionRef>, List<Knot>> byPositions = new LinkedHashMap<>();
    knots.forEach(k -> byPositions.computeIfAbsent(k.positions(), p -> new ArrayList<>()).add(k));
    List<Tie> ties = byPositions.entrySet().stream().map(e -> new Tie(e.getKey(), e.getValue())).toList();
    // One column per party, positions sorted within it.
    Map<String, TreeSet<String>> columns = new TreeMap<>();
    knots.forEach(k -> k.positions().forEach(p -> columns.computeIfAbsent(p.party(), x -> new TreeSet<>())
        .add(p.position())));
    Map<PositionRef, double[]> at = new LinkedHashMap<>();
    List<String> parties = new ArrayList<>(columns.keySet());
    int rows = columns.values().stream().mapToInt(TreeSet::size).max().orElse(1);
    for (int c = 0; c < parties.size(); c++) {
      double x = columnX(c, parties.size());
      int r = 0;
      TreeSet<String> column = columns.get(parties.get(c));
      double offset = (rows - column.size()) * ROW / 2.0;
      for (String position : column) {
        at.put(new PositionRef(parties.get(c), position), new double[] {x, TOP + offset + ROW * (r++ + 0.5)});
      }
    }
    int height = TOP + rows * ROW + 16;
    int most = ties.stream().mapToInt(t -> t.knots().size()).max().orElse(1);
    h.open("figure", "class", "knot-map").nl();
    h.open("div", "class", "chart-scroll").nl();
    h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "role", "img", "aria-label",
        "Knot map: positions that tie knots, joined by the knots they tie", "viewBox", "0 0 " + WIDTH + " " + height,
        "width", String.valueOf(WIDTH), "height", String.valueOf(height), "preserveAspectRatio", "xMinYMin meet").nl();
    h.element("title", "Knot map: positions that tie knots, joined by the knots they tie").nl();
    for (int c = 0; c < parties.size(); c++) {
      double x = columnX(c, parties.size());
      h.element("text", parties.get(c), "class", "party", "x", coord(x), "y", "18", "text-anchor", "middle").nl();
    }
    for (Tie t : ties) {
      String tip = describe(t);
      double width = 2 + 8.0 * t.knots().size() / most;
      String kind = t.knots().stream().allMatch(k -> k.kind() == Knot.Kind.SEQUENCING) ? "sequencing"
          : t.knots().stream().allMatch(k -> k.kind() == Knot.Kind.INCOMPATIBLE) ? "incompatible" : "mixed";
      List<double[]> points = t.positions().stream().map(at::get).toList();
      if (points.size() == 1) {
        double[] p = points.get(0);
        h.open("circle", "class", "tie alone " + kind, "cx", coord(p[0]), "cy", coord(p[1]), "r", "16",
            "stroke-width", coord(width)).element("title", tip).close("circle").nl();
        continue;
      }
      for (int i = 0; i < points.size(); i++) {
        for (int j = i + 1; j < points.size(); j++) {
          double[] a = points.get(i);
          double[] b = points.get(j);
          String path = a[0] == b[0]
              ? "M" + coord(a[0]) + " " + coord(a[1]) + " Q" + coord(a[0] + 90) + " " + coord((a[1] + b[1]) / 2) + " "
                  + coord(b[0]) + " " + coord(b[1])
              : "M" + coord(a[0]) + " " + coord(a[1]) + " L" + coord(b[0]) + " " + coord(b[1]);
          h.open("path", "class", "tie " + kind, "d", path, "stroke-width", coord(width)).element("title", tip)
              .close("path").nl();
        }
      }
      double mx = points.stream().mapToDouble(p -> p[0]).average().orElse(0)
          + (points.stream().allMatch(p -> p[0] == points.get(0)[0]) ? 60 : 0);
      double my = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
      h.element("text", count(t.knots().size(), kind), "class", "tie-label", "x", coord(mx), "y", coord(my - 8),
          "text-anchor", "middle").nl();
    }
    for (Map.Entry<PositionRef, double[]> e : at.entrySet()) {
      double[] p = e.getValue();
      int column = parties.indexOf(e.getKey().party());
      boolean left = parties.size() > 1 && column == 0;
      boolean right = parties.size() > 1 && column == parties.size() - 1;
      h.open("g", "class", "node").nl();
      h.empty("circle", "cx", coord(p[0]), "cy", coord(p[1]), "r", "7").nl();
      h.element("text", e.getKey().toString(), "x", coord(left ? p[0] - 14 : right ? p[0] + 14 : p[0]), "y",
          coord(left || right ? p[1] + 4 : p[1] - 12), "text-anchor", left ? "end" : right ? "start" : "middle").nl();
      h.close("g").nl();
    }
    h.close("svg").nl();
    h.close("div").nl();
    h.open("figcaption").text("Positions that tie knots (one column per party), joined by the knots they tie among "
        + scope + "; a thicker line ties more.").close("figcaption").nl();
    h.open("ul", "class", "ties").nl();
    for (Tie t : ties) {
      h.open("li");
      for (int i = 0; i < t.positions().size(); i++) {
        h.text(i == 0 ? "" : " and ").element("code", t.positions().get(i).toString());
      }
      h.text(t.positions().size() == 1 ? " alone ties " : " tie ").text(count(t.knots().size(), null) + ": ");
      for (int i = 0; i < t.knots().size(); i++) {
        h.text(i == 0 ? "" : ", ");
        List<String> moves = t.knots().get(i).moves();
        for (int m = 0; m < moves.size(); m++) {
          h.text(m == 0 ? "" : " × ").element("code", moves.get(m));
        }
      }
      h.close("li").nl();
    }
    h.close("ul").nl();
    h.close("figure").nl();
  }

  private static double columnX(int c, int columns) {
    return columns == 1 ? (LEFT + RIGHT) / 2.0 : LEFT + (RIGHT - LEFT) * c / (double) (columns - 1);
  }

  private static String describe(Tie t) {
    StringBuilder s = new StringBuilder();
    t.positions().forEach(p -> s.append(s.length() == 0 ? "" : " and ").append(p));
    s.append(t.positions().size() == 1 ? " alone ties " : " tie ").append(count(t.knots().size(), null)).append(": ");
    for (int i = 0; i < t.knots().size(); i++) {
      s.append(i == 0 ? "" : ", ").append(String.join(" × ", t.knots().get(i).moves()));
    }
    return s.toString();
  }

  private static String count(int n, String kind) {
    return n + (kind == null || kind.equals("mixed") ? "" : " " + kind) + (n == 1 ? " knot" : " knots");
  }

  private static String coord(double v) {
    return Text.number(v);
  }
}
