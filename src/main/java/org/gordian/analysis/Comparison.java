package org.gordian.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gordian.model.DealDef;
import org.gordian.model.PositionRef;
import org.gordian.model.Scenario;

/**
 * Several scenarios of one case side by side, the baseline first: a verdict for every listed deal
 * under every scenario, the generated space's feasible count under each, and, for each scenario,
 * what it changes against the baseline and why (the deals that flip with the positions whose
 * vetoes appeared or vanished, and the conclusions of the analyses that change).
 *
 * @param caseId the case compared
 * @param title the case's title
 * @param date the case's moment, or null when the case gives none
 * @param columns one per scenario, the baseline first
 * @param rows one per listed deal: the case's deals in case order, then each scenario's added deals
 */
public record Comparison(String caseId, String title, LocalDate date, List<Column> columns, List<Row> rows) {

  /** Copies the lists. */
  public Comparison {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * One scenario's column.
   *
   * @param scenario the scenario's id, or {@code baseline}
   * @param description the scenario's hypothesis in the case's words, or null
   * @param date the day a dated scenario describes (the case's moment for the baseline), or null
   * @param premises what the scenario sets against the baseline, in words (positions switched off,
   *     context facts changed, rule folders and deals added, bounds of its own); empty for the baseline
   * @param listed how many deals it lists
   * @param listedFeasible how many of those are feasible
   * @param space its generated deal space's counts, or null when the space was not evaluated
   * @param changes what changed against the baseline, or null for the baseline itself
   */
  public record Column(String scenario, String description, LocalDate date, List<String> premises, int listed,
      int listedFeasible, Space space, DiffResult changes) {

    /** Copies the list. */
    public Column {
      premises = List.copyOf(premises);
    }

    /** Whether this is the baseline's column. */
    public boolean baseline() {
      return changes == null;
    }
  }

  /** A generated deal space's size and feasible count under one scenario. */
  public record Space(long evaluated, long feasible) {}

  /** One listed deal across the columns. */
  public record Row(String id, String title, List<Cell> cells) {

    /** Copies the list. */
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One deal under one scenario.
   *
   * @param listed whether the scenario lists the deal at all
   * @param vetoes the positions vetoing it, sorted (empty when feasible or not listed)
   */
  public record Cell(boolean listed, List<PositionRef> vetoes) {

    /** Copies the list. */
    public Cell {
      vetoes = List.copyOf(vetoes);
    }

    /** Whether the scenario lists the deal and no position vetoes it. */
    public boolean feasible() {
      return listed && vetoes.isEmpty();
    }
  }

  /** Whether any column names a day. */
  public boolean dated() {
    return columns.stream().anyMatch(c -> c.date() != null);
  }

  /**
   * Builds the grid from runs of one case, the baseline's first, and what each later run changed
   * against it.
   *
   * @param runs one run per scenario, the baseline first
   * @param changes for each run after the first, its comparison with the first
   */
  public static Comparison of(List<RunResult> runs, List<DiffResult> changes) {
    if (runs.isEmpty() || changes.size() != runs.size() - 1) {
      throw new IllegalArgumentException("one change per scenario after the baseline: " + runs.size() + " runs, " // internal
          + changes.size() + " changes");
    }
    RunResult base = runs.get(0);
    Map<String, String> titles = new LinkedHashMap<>();
    runs.forEach(r -> r.listed().forEach(d -> titles.putIfAbsent(d.id(), d.title())));
    List<Row> rows = new ArrayList<>();
    titles.forEach((id, title) -> rows.add(new Row(id, title, runs.stream().map(r -> r.listedDeal(id)
        .map(d -> new Cell(true, VetoSets.positions(d.verdict()))).orElse(new Cell(false, List.of()))).toList())));
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      RunResult r = runs.get(i);
      Scenario s = r.scenario();
      LocalDate date = s == null ? base.caseDef().date() : s.dating() == null ? null : s.dating().date();
      columns.add(new Column(r.scenarioId(), s == null ? null : s.description(), date, premises(s), r.listed().size(),
          (int) r.listed().stream().filter(DealOutcome::feasible).count(),
          r.space() == null ? null : new Space(r.space().evaluated(), r.space().feasible()),
          i == 0 ? null : changes.get(i - 1)));
    }
    return new Comparison(base.caseDef().id(), base.caseDef().title(), base.caseDef().date(), columns, rows);
  }

  /** What a scenario sets against the baseline, one phrase each, identifiers in backticks. */
  private static List<String> premises(Scenario s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    s.disable().forEach(p -> out.add("switches off `" + p.value() + "`"));
    s.context().forEach((id, fact) -> out.add(fact == null ? "removes context `" + id + "`"
        : "sets context `" + id + "`"));
    s.rules().forEach(p -> out.add("adds rules `" + fileName(p.value()) + "`"));
    for (DealDef d : s.deals()) {
      out.add("adds deal `" + d.id() + "`");
    }
    if (s.bounds() != null) {
      out.add("has bounds of its own");
    }
    return out;
  }

  private static String fileName(Path p) {
    Path name = p.getFileName();
    return name == null ? p.toString() : name.toString();
  }
}
