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
 */
public final class CsvReport implements Reporter<RunResult> {
  /** The header row's column names, in order. */
  public static final List<String> COLUMNS =
      List.of("id", "title", "listed", "feasible", "vetoes", "vetoing_positions", "moves_by_phase");

  private static final String EOL = "\r\n";

  @Override
  public void write(RunResult r, Writer w) throws IOException {
    StringBuilder out = new StringBuilder();
    row(COLUMNS, out);
    for (DealOutcome d : rows(r)) {
      row(List.of(d.id(), d.title(), String.valueOf(d.listed()), String.valueOf(d.feasible()),
          String.valueOf(d.verdict().vetoes().size()), vetoingPositions(d), Text.movesByPhase(d)), out);
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

  private static void row(List<String> fields, StringBuilder out) {
    out.append(fields.stream().map(Text::csv).collect(Collectors.joining(","))).append(EOL);
  }
}
