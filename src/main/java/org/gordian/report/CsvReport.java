package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.SpaceSummary;

/**
 * The deals of a run as CSV, one row per deal, for spreadsheets and scripts: the listed deals in
 * the case's order, then the feasible generated deals and the near misses the run kept, each deal
 * once. RFC 4180 quoting, UTF-8, {@code \r\n} line ends and a header row.
 *
 * <p>Columns: {@code id, title, listed, feasible, vetoes} (the number of vetoes),
 * {@code vetoing_positions} ({@code party/position} joined by {@code "; "}) and
 * {@code moves_by_phase} ({@code 1: a, b | 2: c}). The file carries no time stamp: the same
 * inputs give the same bytes.
 *
 * <p>A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return would be run as a formula by a spreadsheet (a title {@code =HYPERLINK(…)} becomes a live
 * link): such a cell gets a single quote in front, inside a quoted field, as OWASP recommends.
 * Numeric and true/false columns are written as they are, so a negative number stays a number.
 */
public final class CsvReport implements Reporter<RunResult> {
  /** The header row's column names, in order. */
  public static final List<String> COLUMNS =
      List.of("id", "title", "listed", "feasible", "vetoes", "vetoing_positions", "moves_by_phase");

  private static final String EOL = "\r\n";

  @Override
  public void write(RunResult r, Writer w) throws IOException {
    StringBuilder out = new StringBuilder();
    row(COLUMNS.stream().map(CsvReport::text).toList(), out);
    for (DealOutcome d : rows(r)) {
      row(List.of(text(d.id()), text(d.title()), String.valueOf(d.listed()), String.valueOf(d.feasible()),
          number(d.verdict().vetoes().size()), text(vetoingPositions(d)), text(Text.movesByPhase(d))), out);
    }
    w.write(out.toString());
  }

  /** The deals written, in order: listed, then kept feasible, then near misses; each id once. */
  static List<DealOutcome> rows(RunResult r) {
    Map<String, DealOutcome> byId = new LinkedHashMap<>();
    List<DealOutcome> all = new ArrayList<>(r.listed());
    SpaceSummary s = r.space();
    if (s != null) {
      all.addAll(s.feasibleDeals());
      s.blocking().forEach(b -> all.addAll(b.nearMisses()));
    }
    all.forEach(d -> byId.putIfAbsent(d.id(), d));
    return List.copyOf(byId.values());
  }

  /** The distinct vetoing positions as {@code party/position; party/position}. */
  static String vetoingPositions(DealOutcome d) {
    return d.verdict().vetoes().stream().map(v -> v.getRule().positionKey()).distinct()
        .collect(Collectors.joining("; "));
  }

  /** The characters that make a spreadsheet read a cell as a formula when they come first. */
  private static final String FORMULA_START = "=+-@\t\r";

  /**
   * A text cell, quoted as RFC 4180 asks; one that a spreadsheet would run as a formula is
   * prefixed with a single quote and always quoted.
   */
  static String text(String s) {
    if (s != null && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0) {
      return '"' + ("'" + s).replace("\"", "\"\"") + '"';
    }
    return Text.csv(s);
  }

  /** A numeric cell, written as the number it is (a negative number keeps its sign, unprefixed). */
  static String number(double v) {
    return v == (long) v ? Long.toString((long) v) : Double.toString(v);
  }

  private static void row(List<String> cells, StringBuilder out) {
    out.append(String.join(",", cells)).append(EOL);
  }
}
