package org.gordian.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of the results tables as sorted lists of printed values, from a database or from a JSON report. */
final class TableRows {
  private TableRows() {}

  /** A value as the tests compare it: numbers by value, booleans and strings as printed, null as "null". */
  static String value(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof JsonNode n) {
      if (n.isNull() || n.isMissingNode()) {
        return "null";
      }
      if (n.isNumber()) {
        return number(n.decimalValue());
      }
      return n.isTextual() ? n.asText() : n.toString();
    }
    if (v instanceof Number x) {
      return number(new BigDecimal(x.toString()));
    }
    return v.toString();
  }

  private static String number(BigDecimal d) {
    if (d.signum() == 0) {
      return "0";
    }
    return Double.toString(d.doubleValue());
  }

  /** One row of printed values. */
  static List<String> row(Object... values) {
    return Arrays.stream(values).map(TableRows::value).toList();
  }

  /** The rows of a query, sorted. */
  static List<List<String>> query(Connection c, String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object o = rs.getObject(i);
          row.add(o instanceof java.util.Date || o instanceof java.time.temporal.Temporal
              ? rs.getTimestamp(i).toInstant().toString() : value(o));
        }
        out.add(row);
      }
    }
    return sorted(out);
  }

  static List<List<String>> sorted(List<List<String>> rows) {
    List<List<String>> out = new ArrayList<>(rows);
    out.sort(Comparator.comparing(Object::toString));
    return out;
  }

  /** The rows a JSON run report implies for each table but runs (whose stamp the report does not hold). */
  static Map<String, List<List<String>>> fromReport(JsonNode j) {
    Map<String, List<List<String>>> t = new LinkedHashMap<>();
    for (String name : Schema.tables()) {
      t.put(name, new ArrayList<>());
    }
    String c = j.at("/case/id").asText();
    String s = j.at("/scenario/id").asText();
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Object[]> deals = new ArrayList<>();
    j.get("deals").forEach(d -> deals.add(new Object[] {d, "listed"}));
    if (j.has("explained")) {
      j.get("explained").forEach(d -> deals.add(new Object[] {d, "explained"}));
    }
    if (j.has("feasible")) {
      j.get("feasible").forEach(d -> deals.add(new Object[] {d, "feasible"}));
      j.get("nearMisses").forEach(n -> n.get("deals").forEach(d -> deals.add(new Object[] {d, "near-miss"})));
    }
    for (Object[] x : deals) {
      JsonNode d = (JsonNode) x[0];
      String id = d.get("id").asText();
      if (!seen.add(id)) {
        continue;
      }
      t.get("deals").add(row(c, s, id, d.get("title"), d.get("listed"), d.get("source"), d.get("feasible"), x[1]));
      d.get("moves").forEach(m -> t.get("deal_moves").add(row(c, s, id, m.get("move"), m.get("phase"))));
      d.get("vetoes").forEach(v -> t.get("vetoes").add(row(c, s, id, v.get("party"), v.get("position"),
          v.get("rule"), v.get("file"), v.get("line"), v.get("cell"), v.get("reason"))));
      d.get("concerns").forEach(v -> t.get("concerns").add(row(c, s, id, v.get("party"), v.get("position"),
          v.get("weight"), v.get("rule"), v.get("file"), v.get("line"), v.get("cell"), v.get("reason"))));
      d.get("consequences").forEach(v -> t.get("consequences").add(row(c, s, id, v.get("id"), v.get("description"),
          v.get("rule"), v.get("file"), v.get("line"), v.get("cell"))));
    }
    if (j.has("blocking")) {
      j.get("blocking").forEach(b -> t.get("blocking").add(row(c, s, b.get("party"), b.get("position"),
          b.get("faction"), b.get("vetoes"), b.get("pivotal"), b.get("othersAccept"), b.get("blocksOfOthersAccept"))));
    }
    if (j.has("relaxations")) {
      j.get("relaxations").fields().forEachRemaining(e -> {
        int n = 0;
        for (JsonNode set : e.getValue()) {
          n++;
          for (JsonNode p : set) {
            t.get("relaxations").add(row(c, s, e.getKey(), n, p));
          }
        }
      });
      j.get("relaxationSearch").fields().forEachRemaining(e -> t.get("relaxation_searches").add(row(c, s, e.getKey(),
          e.getValue().get("maxSetSize"), e.getValue().get("positions"), e.getValue().get("complete"),
          e.getValue().get("unrelaxable"))));
      j.get("nearest").fields().forEachRemaining(e -> {
        int rank = 0;
        for (JsonNode d : e.getValue()) {
          List<String> edits = new ArrayList<>();
          d.get("edits").forEach(x -> edits.add(x.get("text").asText()));
          t.get("nearest").add(row(c, s, e.getKey(), ++rank, d.get("id"), d.get("distance"), d.get("foundIn"),
              String.join("; ", edits)));
        }
      });
      int k = 0;
      for (JsonNode knot : j.get("knots")) {
        k++;
        t.get("knots").add(row(c, s, k, knot.get("kind"), knot.get("feasibleApart"), knot.get("tiedAlone"),
            knot.get("holdsOverEveryDeal")));
        for (String[] role : new String[][] {{"moves", "move"}, {"parties", "party"}, {"positions", "position"}}) {
          for (JsonNode m : knot.get(role[0])) {
            t.get("knot_members").add(row(c, s, k, role[1], m));
          }
        }
      }
    }
    if (j.has("ranking")) {
      JsonNode rk = j.get("ranking");
      String nash = rk.has("nash") ? rk.at("/nash/id").asText() : null;
      for (JsonNode d : rk.get("paretoScores")) {
        for (JsonNode p : rk.get("bargainers")) {
          t.get("ranking").add(row(c, s, d.get("id"), p, d.get("scores").get(p.asText()),
              rk.get("noDeal").get(p.asText()), d.get("id").asText().equals(nash)));
        }
      }
    }
    if (j.has("uncertainty")) {
      JsonNode u = j.get("uncertainty");
      u.get("deals").forEach(d -> t.get("probabilities").add(row(c, s, d.get("id"), u.get("method"), d.get("feasible"),
          d.get("probability"), d.get("low"), d.get("high"), d.get("mattersMost"))));
    }
    if (j.has("sensitivity")) {
      JsonNode x = j.get("sensitivity");
      int n = 0;
      for (String list : List.of("conclusions", "newKnots")) {
        for (JsonNode con : x.get(list)) {
          n++;
          t.get("sensitivity").add(row(c, s, n, list, con.get("subject"), con.get("about"), con.get("holds"),
              con.get("robust")));
          for (JsonNode f : con.get("flips")) {
            t.get("sensitivity_flips").add(row(c, s, n, f.get("change"), f.get("kind"), f.get("becomes"),
                f.get("delta")));
          }
        }
      }
    }
    t.replaceAll((k, v) -> sorted(v));
    return t;
  }

  /** The row of {@code runs} a JSON report implies, but for the stamp (digest, options), which it does not hold. */
  static List<String> runFromReport(JsonNode j) {
    JsonNode sum = j.get("summary");
    return row(j.at("/case/id"), j.at("/scenario/id"), j.at("/case/title"), j.at("/scenario/description"),
        j.get("generator").asText().replace("Gordian ", ""), Schema.VERSION,
        j.get("generatedAt").asText().replace("T", " ").replace("Z", ""), sum.get("listed"),
        sum.get("listedFeasible"), sum.get("generated"), sum.get("evaluated"), sum.get("feasible"),
        sum.get("infeasible"), sum.at("/scope/text").isMissingNode() ? null : sum.at("/scope/text"), false);
  }

  /** The columns of {@code runs} that {@link #runFromReport} gives, in its order. */
  static final String RUN_COLUMNS = "case_id, scenario, case_title, scenario_description, gordian_version,"
      + " schema_version, CAST(generated_at AS VARCHAR), listed, listed_feasible, generated, evaluated, feasible,"
      + " infeasible, scope, all_deals";
}
