package org.gordian.batch;

import java.nio.file.Path;

/**
 * One run of a batch: a case under one scenario.
 *
 * @param ordinal the run's place in the whole batch (0-based), the same in every shard
 * @param caseFile the case file or folder
 * @param caseName the case's folder name, used for report paths until the case is read
 * @param scenario the scenario's id, or null for the baseline
 * @param report the report's path inside the output folder, without extension ({@code case/scenario});
 *     no two runs of a batch share one (see {@link BatchPlan#runs})
 */
public record BatchRun(int ordinal, Path caseFile, String caseName, String scenario, String report) {

  /** The scenario's id, or {@code baseline}. */
  public String scenarioId() {
    return scenario == null ? "baseline" : scenario;
  }

  /** The report's path inside the output folder, without extension. */
  public String reportBase() {
    return report;
  }
}
