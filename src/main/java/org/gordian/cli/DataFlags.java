package org.gordian.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Results as tables, for {@code run} and {@code batch}: a DuckDB database file, a folder of Parquet
 * files, and whether every generated deal goes in. The database driver is loaded only when one of
 * them is asked for ({@link DataOut}).
 */
final class DataFlags {
  @Option(names = "--db", paramLabel = "FILE",
      description = "Also write the results as tables into this DuckDB database file (replaced whole);"
          + " see docs/results.md.")
  Path db;

  @Option(names = "--parquet", paramLabel = "DIR",
      description = "Also write the results as Parquet files in this folder: one folder per table, partitioned by"
          + " case_id and scenario; a run replaces its own partitions only.")
  Path parquet;

  @Option(names = "--all-deals",
      description = "With --db or --parquet: write every generated deal of the space with its verdict, not only the"
          + " deals a report keeps (streamed; memory stays bounded).")
  boolean allDeals;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  /** Whether tables are to be written. */
  boolean wanted() {
    return db != null || parquet != null;
  }

  /** Refuses --all-deals without a place to write to. */
  void check() {
    if (allDeals && !wanted()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--all-deals needs --db FILE or --parquet DIR to write the deals to");
    }
  }
}
