package org.gordian.data;

import org.gordian.diag.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.gordian.diag.Paths2;

/**
 * Runs written as the tables of {@code schema/results.sql}, into a DuckDB database file, a folder of
 * Parquet files partitioned by case and scenario, or both.
 *
 * <pre>{@code
 * try (Results out = Results.open(ResultsOptions.to(Path.of("results.duckdb"), null, false))) {
 *   out.add(result, new RunStamp(digest, OptionsJson.of(options, false), Instant.now()));
 *   out.commit();
 * }
 * }</pre>
 *
 * <p>Rows go through DuckDB's appender into a database file (a temporary one when only Parquet is
 * asked for), which spills to disk: memory stays bounded however many deals are written. Nothing is in
 * place until {@link #commit}: the database file is moved over the target whole, and each run's
 * Parquet partition replaces the one of the same case and scenario whole; {@link #close} without a
 * commit leaves the targets as they were.
 */
public final class Results implements AutoCloseable {
  /** The most distinct verdicts an --all-deals walk remembers at once (see {@link AllDeals}; tests lower it). */
  int maxVerdictsHeld = AllDeals.MAX_VERDICTS_HELD;

  /** The oldest DuckDB release whose storage format a database file given with {@code --db} is written in. */
  static final String STORAGE_COMPATIBILITY = "v1.0.0";

  /** Rows appended between commits of the appenders: keeps the engine's buffers small. */
  static final int FLUSH_EVERY = 1 << 20;

  private final ResultsOptions options;
  private final Path work;
  private final Path dbFile;
  private final Connection connection;
  private final Map<String, DuckDBAppender> appenders = new LinkedHashMap<>();
  private final Set<List<String>> runs = new HashSet<>();
  private long pending;
  private boolean committed;

  private Results(ResultsOptions options, Path work, Path dbFile, Connection connection) {
    this.options = options;
    this.work = work;
    this.dbFile = dbFile;
    this.connection = connection;
  }

  /**
   * Opens a new, empty set of tables.
   *
   * @throws IOException when the database or its working folder cannot be made
   */
  public static Results open(ResultsOptions options) throws IOException {
    if (!options.wanted()) {
      throw new IllegalArgumentException(Message.RESULTS_NOTHING_TO_WRITE.say());
    }
    Path home = options.db() != null ? options.db().toAbsolutePath().getParent() : options.parquet().toAbsolutePath();
    Files.createDirectories(home);
    Path work = Files.createTempDirectory(home, ".gordian-results-");
    Path dbFile = work.resolve("results.duckdb");
    try {
      java.util.Properties settings = new java.util.Properties();
      if (options.db() != null) {
        // A database file others will open: in the storage format every DuckDB since 1.0 reads,
        // not only the format of the driver that wrote it.
        settings.setProperty("storage_compatibility_version", STORAGE_COMPATIBILITY);
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + dbFile, settings);
      try (Statement s = c.createStatement()) {
        s.execute("SET memory_limit='" + options.memoryLimitMb() + "MB'");
        s.execute("SET threads=" + options.threads());
        s.execute("SET preserve_insertion_order=false");
        s.execute("SET temp_directory='" + quoted(work.resolve("spill").toString()) + "'");
        s.execute(Schema.ddl());
      }
      // One transaction per batch of rows: the appender commits at every full chunk otherwise.
      c.setAutoCommit(false);
      return new Results(options, work, dbFile, c);
    } catch (SQLException e) {
      deleteTree(work);
      throw new IOException("cannot open a results database in " + Paths2.display(work) + ": " + e.getMessage(), e);
    }
  }

  /** The options these tables are written with. */
  public ResultsOptions options() {
    return options;
  }

  /**
   * Adds a run: its row in {@code runs}, its deals with their moves, vetoes, concerns and consequences,
   * its blocking map and analyses.
   *
   * @throws IllegalArgumentException when a run of the same case and scenario was added before
   */
  public void add(RunResult r, RunStamp stamp) throws IOException {
    add(r, stamp, null, null);
  }

  /**
   * Adds a run and every deal of its space, walked again with the same options: rows are streamed
   * chunk by chunk in enumeration order, never held all at once.
   */
  public void addWithAllDeals(RunResult r, RunStamp stamp, Gordian gordian, RunOptions runOptions) throws IOException {
    add(r, stamp, gordian, runOptions);
  }

  private void add(RunResult r, RunStamp stamp, Gordian gordian, RunOptions runOptions) throws IOException {
    if (!runs.add(List.of(r.caseDef().id(), r.scenarioId()))) {
      throw new IllegalArgumentException(Message.RESULTS_RUN_TWICE.say(r.caseDef().id(), r.scenarioId()));
    }
    try {
      RunRows rows = new RunRows(this, r.caseDef().id(), r.scenarioId());
      boolean all = gordian != null && r.space() != null;
      rows.run(r, stamp, LocalDateTime.ofInstant(stamp.generatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), ZoneOffset.UTC), all);
      rows.kept(r, all);
      if (all) {
        AllDeals.write(gordian, runOptions, this, r.caseDef().id(), r.scenarioId(), rows.written(),
            maxVerdictsHeld);
      }
      rows.analyses(r);
      flush();
    } catch (SQLException e) {
      throw new IOException("cannot write the results of " + r.caseDef().id() + " " + r.scenarioId() + ": "
          + e.getMessage(), e);
    }
  }

  /** The appender of a table, made on first use. */
  DuckDBAppender appender(String table) throws SQLException {
    DuckDBAppender a = appenders.get(table);
    if (a == null) {
      a = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
      appenders.put(table, a);
    }
    return a;
  }

  /** Appends one row of values (String, Integer, Long, Double, Boolean, LocalDateTime or null). */
  void row(String table, Object... values) throws SQLException {
    DuckDBAppender a = appender(table);
    a.beginRow();
    for (Object v : values) {
      if (v == null) {
        a.appendNull();
      } else if (v instanceof String s) {
        a.append(s);
      } else if (v instanceof Integer i) {
        a.append(i.intValue());
      } else if (v instanceof Long l) {
        a.append(l.longValue());
      } else if (v instanceof Double d) {
        a.append(d.doubleValue());
      } else if (v instanceof Boolean b) {
        a.append(b.booleanValue());
      } else if (v instanceof LocalDateTime t) {
        a.append(t);
      } else {
        throw new IllegalArgumentException("no column type for " + v.getClass().getName()); // internal
      }
    }
    a.endRow();
    counted(1);
  }

  /** Counts appended rows and commits the appenders every {@link #FLUSH_EVERY}. */
  void counted(int rows) throws SQLException {
    pending += rows;
    if (pending >= FLUSH_EVERY) {
      flush();
    }
  }

  /** Runs a statement in the current transaction, after the rows appended so far. */
  void sql(String statement) throws SQLException {
    flush();
    try (Statement s = connection.createStatement()) {
      s.execute(statement);
    }
  }

  /** Closes the appenders (before a table they append to is dropped); later rows open new ones. */
  void closeAppenders() throws SQLException {
    for (DuckDBAppender a : appenders.values()) {
      a.close();
    }
    appenders.clear();
  }

  void flush() throws SQLException {
    for (DuckDBAppender a : appenders.values()) {
      a.flush();
    }
    connection.commit();
    pending = 0;
  }

  /**
   * Puts the tables in place: the database file over its target, each run's Parquet partitions over
   * those of the same case and scenario.
   */
  public void commit() throws IOException {
    try {
      for (DuckDBAppender a : appenders.values()) {
        a.close();
      }
      appenders.clear();
      connection.commit();
      connection.setAutoCommit(true);
      if (options.parquet() != null) {
        try (Statement s = connection.createStatement()) {
          // Written to disk first, so that the copies start from no transaction-local rows; the
          // copies then get twice the limit: a Parquet writer buffers a row group of each column.
          s.execute("CHECKPOINT");
          s.execute("SET memory_limit='" + 2 * options.memoryLimitMb() + "MB'");
        }
        exportParquet();
      }
      try (Statement s = connection.createStatement()) {
        s.execute("CHECKPOINT");
      }
      connection.close();
    } catch (SQLException e) {
      throw new IOException("cannot finish the results: " + e.getMessage(), e);
    }
    if (options.db() != null) {
      Files.move(dbFile, options.db(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    committed = true;
    deleteTree(work);
  }

  /**
   * Writes each table partitioned by case and scenario into a staging folder beside the target, then
   * replaces each run's partition folder of every table, so that a table without rows for a run
   * leaves no stale partition of an earlier run behind.
   */
  private void exportParquet() throws SQLException, IOException {
    Path target = options.parquet();
    Files.createDirectories(target);
    Path stage = Files.createTempDirectory(target, ".gordian-stage-");
    try {
      exportParquet(stage, target);
    } finally {
      deleteTree(stage);
    }
  }

  private void exportParquet(Path stage, Path target) throws SQLException, IOException {
    List<String> tables = Schema.tables();
    // DuckDB names the partition folders (case_id=…/scenario=…, escaped as readers expect) from the runs;
    // each table is then copied run by run into those folders: one file written at a time, whose
    // writer holds a row group, where a partitioned copy of a large table holds one per partition.
    Path runsStage = stage.resolve("runs");
    try (Statement s = connection.createStatement()) {
      s.execute("COPY runs TO '" + quoted(runsStage.toString()) + "' (FORMAT PARQUET, PARTITION_BY (case_id,"
          + " scenario), OVERWRITE_OR_IGNORE)");
    }
    List<Path> partitions = new ArrayList<>();
    try (Stream<Path> cases = Files.list(runsStage)) {
      for (Path c : cases.sorted().toList()) {
        try (Stream<Path> scenarios = Files.list(c)) {
          scenarios.sorted().forEach(p -> partitions.add(runsStage.relativize(p)));
        }
      }
    }
    try (Statement s = connection.createStatement()) {
      for (Path rel : partitions) {
        String where;
        try (ResultSet rs = s.executeQuery("SELECT case_id, scenario FROM read_parquet('"
            + quoted(runsStage.resolve(rel).toString()) + "/*.parquet', hive_partitioning = true)")) {
          rs.next();
          where = " WHERE case_id = '" + quoted(rs.getString(1)) + "' AND scenario = '" + quoted(rs.getString(2)) + "'";
        }
        for (String t : tables) {
          if (t.equals("runs")) {
            continue;
          }
          boolean any;
          try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + t + where + ")")) {
            any = rs.next() && rs.getBoolean(1);
          }
          if (any) {
            Path folder = Files.createDirectories(stage.resolve(t).resolve(rel));
            s.execute("COPY (SELECT * EXCLUDE (case_id, scenario) FROM " + t + where + ") TO '"
                + quoted(folder.resolve("data_0.parquet").toString()) + "' (FORMAT PARQUET, ROW_GROUP_SIZE 65536)");
          }
        }
      }
    }
    for (String t : tables) {
      for (Path rel : partitions) {
        Path to = target.resolve(t).resolve(rel);
        Path from = stage.resolve(t).resolve(rel);
        if (Files.exists(to)) {
          Path old = stage.resolve("old-" + t + "-" + partitions.indexOf(rel));
          Files.move(to, old, StandardCopyOption.ATOMIC_MOVE);
        }
        if (Files.isDirectory(from)) {
          Files.createDirectories(to.getParent());
          Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
      }
    }
  }

  /** Ends without a commit: drops what was written, leaving the targets as they were. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // dropping everything anyway
    }
    deleteTree(work);
  }

  /** A string quoted for a SQL literal. */
  static String quoted(String s) {
    return s.replace("'", "''");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
