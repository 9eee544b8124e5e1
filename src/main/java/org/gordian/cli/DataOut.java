package org.gordian.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.gordian.batch.BatchPlan;
import org.gordian.data.OptionsJson;
import org.gordian.data.Results;
import org.gordian.data.ResultsOptions;
import org.gordian.data.RunStamp;
import org.gordian.load.LoadOptions;

/**
 * The command line's side of results as tables: opens the tables, stamps each run with the digest of
 * its case and rule files and its options. Only this class names {@code org.gordian.data}, and the
 * commands reach it only when {@code --db} or {@code --parquet} is given, so that other runs never load
 * the database driver.
 */
final class DataOut implements AutoCloseable {
  private final Results results;
  private final boolean allDeals;
  private final LoadOptions load;
  private final Instant at;

  private DataOut(Results results, boolean allDeals, LoadOptions load, Instant at) {
    this.results = results;
    this.allDeals = allDeals;
    this.load = load;
    this.at = at;
  }

  static DataOut open(DataFlags flags, LoadOptions load, Instant at) throws IOException {
    return new DataOut(Results.open(ResultsOptions.to(flags.db, flags.parquet, flags.allDeals)), flags.allDeals, load,
        at);
  }

  /** Adds a run of this case file with these options; with --all-deals, walks its space again into the tables. */
  void add(Path caseFile, Gordian gordian, RunOptions options, RunResult result) throws IOException {
    RunStamp stamp = new RunStamp(BatchPlan.digestOf(BatchPlan.inputFiles(List.of(caseFile), load)),
        OptionsJson.of(options, allDeals), at);
    if (allDeals) {
      results.addWithAllDeals(result, stamp, gordian, options.withProgress(options.progress(), n -> {}));
    } else {
      results.add(result, stamp);
    }
  }

  /** Checks Parquet results of a batch's shards before they are merged: {@link org.gordian.data.ParquetCheck}. */
  static void checkParquet(List<Path> folders, java.util.Set<List<String>> runs) throws IOException {
    org.gordian.data.ParquetCheck.check(folders, runs);
  }

  /** Puts the tables in place. */
  void commit() throws IOException {
    results.commit();
  }

  @Override
  public void close() throws IOException {
    results.close();
  }
}
