package org.gordian.batch;

import java.util.List;

/**
 * One run's line in a batch index.
 *
 * @param caseFile the case as given (path shown relative to the working folder)
 * @param ok whether the run wrote its reports
 * @param message the errors when not ok, else empty
 * @param generated generated deals evaluated, or -1 when the space was not evaluated
 * @param report the reports' path relative to the output folder, without extension, or empty
 * @param extensions the extensions of the reports written at {@code report} ({@code md}, {@code json},
 *     and {@code html} when asked for); empty when the run failed
 * @param verdicts each listed deal's verdict, in case order, to find the deals that flip against the
 *     baseline; null in an index written before indexes carried them
 */
public record BatchEntry(int ordinal, String caseFile, String caseId, String scenario, String description, boolean ok,
    String message, int listed, int listedFeasible, long generated, long generatedFeasible, String report,
    List<String> extensions, List<ListedVerdict> verdicts) {

  /** The extensions of the reports every successful run writes. */
  public static final List<String> ALWAYS = List.of("md", "json");

  /** The extensions a run's reports may have. */
  public static final List<String> KNOWN = List.of("md", "json", "html");

  public BatchEntry {
    extensions = List.copyOf(extensions);
    verdicts = verdicts == null ? null : List.copyOf(verdicts);
  }

  /** The entry of a run that wrote reports with these extensions at the run's report path. */
  public static BatchEntry of(BatchRun run, String caseFile, org.gordian.analysis.RunResult r,
      List<String> extensions) {
    return new BatchEntry(run.ordinal(), caseFile, r.caseDef().id(), run.scenarioId(),
        r.scenario() == null ? "the case as written" : r.scenario().description(), true, "",
        r.listed().size(), (int) r.listed().stream().filter(d -> d.feasible()).count(),
        r.space() == null ? -1 : r.space().evaluated(), r.space() == null ? 0 : r.space().feasible(),
        run.reportBase(), extensions, r.listed().stream().map(d -> new ListedVerdict(d.id(), d.feasible(),
            org.gordian.analysis.VetoSets.positions(d.verdict()).stream().map(Object::toString).toList())).toList());
  }

  /** The entry of a run that failed with this message. */
  public static BatchEntry failed(BatchRun run, String caseFile, String message) {
    return new BatchEntry(run.ordinal(), caseFile, run.caseName(), run.scenarioId(), "", false, message, 0, 0, -1,
        0, "", List.of(), null);
  }

  /** Whether this is a case's baseline run. */
  public boolean baseline() {
    return "baseline".equals(scenario);
  }
}
