package org.gordian.data;

import java.nio.file.Path;

/**
 * Where and how runs are written as tables.
 *
 * @param db the DuckDB database file to write, or null for none
 * @param parquet the folder to write Parquet files into (one folder per table, partitioned by
 *     {@code case_id} and {@code scenario}), or null for none
 * @param allDeals whether to write every generated deal of a run's space, not only the deals a run keeps
 * @param memoryLimitMb the most memory the database engine may take, in MB (it spills to disk beyond)
 * @param threads the database engine's threads
 */
public record ResultsOptions(Path db, Path parquet, boolean allDeals, int memoryLimitMb, int threads) {
  /** The engine's memory limit unless asked otherwise: with the launcher's heap, a run stays under 512 MB. */
  public static final int DEFAULT_MEMORY_LIMIT_MB = 64;

  /** Nothing written. */
  public static final ResultsOptions NONE = new ResultsOptions(null, null, false, DEFAULT_MEMORY_LIMIT_MB, 1);

  /** Checks the limits. */
  public ResultsOptions {
    if (memoryLimitMb < 16 || threads < 1) {
      throw new IllegalArgumentException(org.gordian.diag.Message.RESULTS_LIMITS.say(memoryLimitMb, threads));
    }
  }

  /** These options writing to a database file, a Parquet folder, or both (either may be null). */
  public static ResultsOptions to(Path db, Path parquet, boolean allDeals) {
    return new ResultsOptions(db, parquet, allDeals, DEFAULT_MEMORY_LIMIT_MB, 1);
  }

  /** Whether anything is to be written. */
  public boolean wanted() {
    return db != null || parquet != null;
  }
}
