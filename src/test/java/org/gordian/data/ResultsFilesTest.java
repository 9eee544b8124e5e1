package org.gordian.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.gordian.cli.Cli;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables' files: reproducible, checked against the schema, refused by merge when foreign or broken. */
@Tag("slow")
class ResultsFilesTest {
  static final String[] SMALL = {"--max-moves", "3", "--phases", "2", "--threads", "1"};

  @TempDir
  Path dir;

  private Cli.Result run(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "examples/hanoi-2019", "--out",
        dir.resolve("r.md").toString()));
    args.addAll(List.of(SMALL));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void twoRunsGiveTheSameRowsApartFromGeneratedAt() throws Exception {
    Path a = dir.resolve("a.duckdb");
    Path b = dir.resolve("b.duckdb");
    assertThat(run("--db", a.toString(), "--all-deals").code()).isZero();
    Thread.sleep(1100);
    assertThat(run("--db", b.toString(), "--all-deals").code()).isZero();
    try (Connection ca = DriverManager.getConnection("jdbc:duckdb:" + a);
        Connection cb = DriverManager.getConnection("jdbc:duckdb:" + b)) {
      for (String t : Schema.tables()) {
        String q = "SELECT * " + (t.equals("runs") ? "EXCLUDE (generated_at) " : "") + "FROM " + t;
        assertThat(TableRows.query(ca, q)).as(t).isEqualTo(TableRows.query(cb, q));
      }
      assertThat(TableRows.query(ca, "SELECT generated_at FROM runs"))
          .isNotEqualTo(TableRows.query(cb, "SELECT generated_at FROM runs"));
      // every generated deal is there, with its moves
      assertThat(TableRows.query(ca, "SELECT count(*) FROM deals WHERE kept = 'generated'"))
          .isEqualTo(TableRows.query(ca, "SELECT generated FROM runs"));
      assertThat(TableRows.query(ca, "SELECT count(*) FROM deals d WHERE kept = 'generated' AND NOT EXISTS (SELECT 1"
          + " FROM deal_moves m WHERE m.deal_id = d.deal_id)")).isEqualTo(List.of(List.of("0")));
    }
  }

  /**
   * A database file is written in the storage format of DuckDB 1.0 (format number 64), which every
   * DuckDB since opens; where a Python DuckDB package is installed, it opens the file and reads the
   * rows the driver reads.
   */
  @Test
  void aDatabaseFileOpensInEveryDuckDbSinceOnePointZero() throws Exception {
    Path db = dir.resolve("r.duckdb");
    assertThat(run("--db", db.toString()).code()).isZero();
    byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(db), 20);
    assertThat(new String(header, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("DUCK");
    assertThat(java.nio.ByteBuffer.wrap(header, 12, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong())
        .as("the storage format number").isEqualTo(64);
    List<List<String>> counts;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      counts = TableRows.query(c, "SELECT (SELECT count(*) FROM deals) || ' ' || (SELECT count(*) FROM vetoes)");
    }
    String python = System.getenv().getOrDefault("GORDIAN_PYTHON", "python3");
    org.junit.jupiter.api.Assumptions.assumeTrue(exec(python, "-c", "import duckdb").code() == 0,
        "no duckdb module in " + python + " to open the file with");
    Cli.Result r = exec(python, "-c", "import duckdb; c = duckdb.connect('" + db + "', read_only=True); print(c.sql("
        + "\"SELECT (SELECT count(*) FROM deals) || ' ' || (SELECT count(*) FROM vetoes)\").fetchone()[0])");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip()).isEqualTo(counts.get(0).get(0));
  }

  /**
   * When the walk forgets the verdicts it has numbered (rules whose verdicts differ deal by deal would
   * otherwise fill memory), the tables hold the same rows: here it remembers two at a time.
   */
  @Test
  void forgettingVerdictsOnTheWayLeavesTheSameRows() throws Exception {
    org.gordian.Gordian hanoi = org.gordian.Gordian.load(Path.of("examples/hanoi-2019"));
    org.gordian.RunOptions options = org.gordian.RunOptions.defaults().withBounds(3, 2).withThreads(1, 64);
    org.gordian.analysis.RunResult result = hanoi.run(options);
    RunStamp stamp = new RunStamp("sha256:0", "{}", java.time.Instant.parse("2019-02-28T00:00:00Z"));
    List<Path> dbs = List.of(dir.resolve("all-held.duckdb"), dir.resolve("two-held.duckdb"));
    for (int i = 0; i < 2; i++) {
      Results out = Results.open(ResultsOptions.to(dbs.get(i), null, true));
      if (i == 1) {
        out.maxVerdictsHeld = 2;
      }
      out.addWithAllDeals(result, stamp, hanoi, options);
      out.commit();
    }
    try (Connection a = DriverManager.getConnection("jdbc:duckdb:" + dbs.get(0));
        Connection b = DriverManager.getConnection("jdbc:duckdb:" + dbs.get(1))) {
      assertThat(TableRows.query(a, "SELECT count(*) > 1000 FROM vetoes")).isEqualTo(List.of(List.of("true")));
      for (String t : Schema.tables()) {
        assertThat(TableRows.query(b, "SELECT * FROM " + t)).as(t).isEqualTo(TableRows.query(a, "SELECT * FROM " + t));
      }
    }
  }

  /** A generated deal also asked for with --explain is written once, as explained, not twice. */
  @Test
  void aDealOfTheSpaceAskedForIsWrittenOnce() throws Exception {
    Path db = dir.resolve("explained.duckdb");
    String asked = "end-of-war-declaration/admit-inspectors";
    assertThat(run("--db", db.toString(), "--all-deals", "--explain", asked).code()).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      assertThat(TableRows.query(c, "SELECT kept FROM deals WHERE deal_id = '" + asked + "'"))
          .isEqualTo(List.of(List.of("explained")));
      assertThat(TableRows.query(c, "SELECT count(*) FROM (SELECT deal_id FROM deals GROUP BY deal_id HAVING count(*) > 1)"))
          .as("no deal twice").isEqualTo(List.of(List.of("0")));
      assertThat(TableRows.query(c, "SELECT count(*) = 2 FROM deal_moves WHERE deal_id = '" + asked + "'"))
          .as("its two moves, once each").isEqualTo(List.of(List.of("true")));
      assertThat(TableRows.query(c, "SELECT (SELECT count(*) FROM deals WHERE kept = 'generated') + 1 = generated FROM runs"))
          .as("the space's other deals are all there").isEqualTo(List.of(List.of("true")));
    }
  }

  /**
   * With --all-deals, the deals a normal run keeps (feasible ones, near misses) are among the generated
   * ones with the same rows: the moves split from the id and the verdicts joined in by the database
   * agree with the rows written deal by deal.
   */
  @Test
  void everyDealWrittenAsGeneratedHasTheRowsOfTheSameDealKept() throws Exception {
    Path kept = dir.resolve("kept.duckdb");
    Path all = dir.resolve("all.duckdb");
    assertThat(run("--db", kept.toString()).code()).isZero();
    assertThat(run("--db", all.toString(), "--all-deals").code()).isZero();
    try (Connection k = DriverManager.getConnection("jdbc:duckdb:" + kept);
        Connection a = DriverManager.getConnection("jdbc:duckdb:" + all)) {
      List<List<String>> ids = TableRows.query(k, "SELECT deal_id FROM deals WHERE kept IN ('feasible', 'near-miss')");
      assertThat(ids).hasSizeGreaterThan(10);
      String in = "deal_id IN (" + String.join(", ", ids.stream().map(r -> "'" + r.get(0) + "'").toList()) + ")";
      for (String t : List.of("deals", "deal_moves", "vetoes", "concerns", "consequences")) {
        String q = "SELECT * " + (t.equals("deals") ? "EXCLUDE (kept) " : "") + "FROM " + t + " WHERE " + in;
        assertThat(TableRows.query(a, q)).as(t).isEqualTo(TableRows.query(k, q));
      }
      assertThat(TableRows.query(a, "SELECT count(*) FROM vetoes")).isNotEqualTo(List.of(List.of("0")));
      assertThat(TableRows.query(a, "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'staging%'"))
          .isEqualTo(List.of(List.of("0")));
    }
  }

  /**
   * Two shards of a job array writing into one Parquet folder at the same time leave the same rows as
   * one unsharded batch (apart from when each run was made), and merge accepts the folder.
   */
  @Test
  void shardsWritingOneFolderAtOnceLeaveTheRowsOfOneBatch() throws Exception {
    Path shared = dir.resolve("shared");
    Path whole = dir.resolve("whole");
    String[] batch = {"batch", "examples/", "--all-scenarios", "--listed-only", "--threads", "1"};
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Cli.Result>> shards = new java.util.ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        List<String> args = new java.util.ArrayList<>(List.of(batch));
        args.addAll(List.of("--shard", i + "/2", "--out", dir.resolve("s" + i).toString(), "--parquet", shared.toString()));
        shards.add(two.submit(() -> Cli.run(args.toArray(String[]::new))));
      }
      for (var f : shards) {
        Cli.Result r = f.get();
        assertThat(r.code()).as(r.err()).isZero();
      }
    } finally {
      two.shutdownNow();
    }
    Cli.Result merged = Cli.run("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(), "--out",
        dir.resolve("m").toString(), "--parquet", shared.toString());
    assertThat(merged.code()).as(merged.err()).isZero();
    List<String> one = new java.util.ArrayList<>(List.of(batch));
    one.addAll(List.of("--out", dir.resolve("w").toString(), "--parquet", whole.toString()));
    Cli.Result w = Cli.run(one.toArray(String[]::new));
    assertThat(w.code()).as(w.err()).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String t : Schema.tables()) {
        String rows = "SELECT * " + (t.equals("runs") ? "EXCLUDE (generated_at) " : "") + "FROM read_parquet('%s/" + t
            + "/*/*/*.parquet', hive_partitioning = true, union_by_name = true)";
        if (!Files.isDirectory(whole.resolve(t))) {
          assertThat(shared.resolve(t)).as(t).doesNotExist();
          continue;
        }
        assertThat(TableRows.query(c, rows.formatted(shared))).as(t).isEqualTo(TableRows.query(c, rows.formatted(whole)));
      }
      assertThat(TableRows.query(c, "SELECT count(*) > 10 FROM read_parquet('" + shared + "/runs/*/*/*.parquet')"))
          .isEqualTo(List.of(List.of("true")));
    }
  }

  /** The schema file is what the tables hold: their names, columns and types, in a database and in Parquet. */
  @Test
  void theTablesAreThoseOfTheSchemaFile() throws Exception {
    String file = Files.readString(Path.of("schema/results.sql"));
    assertThat(file).contains("-- schema-version: " + Schema.VERSION).isEqualTo(Schema.ddl());
    Path db = dir.resolve("r.duckdb");
    Path pq = dir.resolve("pq");
    assertThat(run("--db", db.toString(), "--parquet", pq.toString()).code()).isZero();
    var columns = ParquetCheck.columns();
    assertThat(columns.keySet()).containsExactlyInAnyOrderElementsOf(Schema.tables());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      for (String t : Schema.tables()) {
        List<List<String>> inDb = TableRows.query(c, "SELECT column_name, data_type FROM information_schema.columns"
            + " WHERE table_name = '" + t + "'");
        List<List<String>> fromFile = TableRows.sorted(columns.get(t).entrySet().stream()
            .map(e -> List.of(e.getKey(), e.getValue())).toList());
        assertThat(inDb).as(t).isEqualTo(fromFile);
        if (Files.isDirectory(pq.resolve(t))) {
          List<List<String>> inParquet = TableRows.query(c, "SELECT column_name, column_type FROM (DESCRIBE SELECT *"
              + " FROM read_parquet('" + pq.resolve(t) + "/*/*/*.parquet', hive_partitioning = true))");
          assertThat(inParquet).as("parquet " + t).isEqualTo(fromFile);
        }
      }
    }
    String doc = Files.readString(Path.of("docs/results.md"));
    for (String t : Schema.tables()) {
      assertThat(doc).as("docs/results.md names table " + t).contains("`" + t + "`");
    }
  }

  @Test
  void mergeRefusesAForeignOrBrokenParquetFileNamingIt() throws Exception {
    Path pq = dir.resolve("pq");
    Cli.Result b = Cli.run("batch", "examples/hanoi-2019", "--scenario", "more-sanctions", "--shard", "1/1", "--out",
        dir.resolve("s1").toString(), "--parquet", pq.toString(), "--max-moves", "3", "--phases", "2");
    assertThat(b.code()).as(b.err()).isZero();
    Cli.Result ok = Cli.run("merge", dir.resolve("s1").toString(), "--out", dir.resolve("m").toString(), "--parquet",
        pq.toString());
    assertThat(ok.code()).as(ok.err()).isZero();

    Path part = pq.resolve("deals/case_id=hanoi-2019/scenario=baseline");
    Path broken = Files.writeString(part.resolve("broken.parquet"), "not parquet at all");
    Cli.Result r = Cli.run("merge", dir.resolve("s1").toString(), "--out", dir.resolve("m").toString(), "--parquet",
        pq.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("broken.parquet").contains("is not a Parquet file");
    Files.delete(broken);

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      c.createStatement().execute("COPY (SELECT 1 AS x, 'y' AS other) TO '" + part.resolve("foreign.parquet")
          + "' (FORMAT PARQUET)");
    }
    r = Cli.run("merge", dir.resolve("s1").toString(), "--out", dir.resolve("m").toString(), "--parquet",
        pq.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("foreign.parquet").contains("does not have the columns of table 'deals'");
  }

  /** The question of docs/results.md, as written there, through JDBC on Parquet files of a batch. */
  @Test
  void theFlipQueryOfTheDocsFindsTheListedDealsThatFlip() throws Exception {
    Path pq = dir.resolve("results");
    Cli.Result b = Cli.run("batch", "examples/", "--all-scenarios", "--listed-only", "--out",
        dir.resolve("out").toString(), "--parquet", pq.toString());
    assertThat(b.code()).as(b.err()).isZero();
    String doc = Files.readString(Path.of("docs/results.md"));
    String sql = doc.substring(doc.indexOf("SELECT s.case_id"), doc.indexOf(";", doc.indexOf("SELECT s.case_id")))
        .replace("'results/", "'" + pq + "/");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      List<List<String>> flips = TableRows.query(c, sql);
      List<List<String>> expected = TableRows.query(c, "SELECT s.case_id, s.scenario, s.deal_id, b.feasible,"
          + " s.feasible FROM read_parquet('" + pq + "/deals/*/*/*.parquet', hive_partitioning = true) s,"
          + " read_parquet('" + pq + "/deals/*/*/*.parquet', hive_partitioning = true) b WHERE b.scenario = 'baseline'"
          + " AND s.scenario <> 'baseline' AND s.case_id = b.case_id AND s.deal_id = b.deal_id AND s.kept = 'listed'"
          + " AND b.kept = 'listed' AND (s.feasible AND NOT b.feasible OR b.feasible AND NOT s.feasible)");
      assertThat(flips).isNotEmpty().isEqualTo(expected);
    }
  }

  /**
   * Each Python version of the question in the docs, run in the folder holding {@code results/} with
   * a Python that has the modules it imports ({@code python3}, or the one {@code GORDIAN_PYTHON}
   * names), prints exactly the flips the SQL finds, one per line; versions whose modules are missing
   * are skipped, and the test says which.
   */
  @Test
  void thePythonVersionsOfTheDocsFindTheSameFlips() throws Exception {
    String python = System.getenv().getOrDefault("GORDIAN_PYTHON", "python3");
    org.junit.jupiter.api.Assumptions.assumeTrue(exec(python, "-c", "import duckdb").code() == 0,
        "no duckdb module in " + python + " to run the docs' Python versions with");
    Path pq = dir.resolve("results");
    Cli.Result b = Cli.run("batch", "examples/", "--all-scenarios", "--listed-only", "--out",
        dir.resolve("out").toString(), "--parquet", pq.toString());
    assertThat(b.code()).as(b.err()).isZero();
    String doc = Files.readString(Path.of("docs/results.md"));
    String sql = doc.substring(doc.indexOf("SELECT s.case_id"), doc.indexOf(";", doc.indexOf("SELECT s.case_id")));
    List<List<String>> flips;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      flips = TableRows.query(c, sql.replace("'results/", "'" + pq + "/"));
    }
    assertThat(flips).isNotEmpty();
    Files.writeString(dir.resolve("flips.sql"), sql);
    java.util.regex.Matcher block = java.util.regex.Pattern.compile("```python\n(# Python: (\\w+).*?)```",
        java.util.regex.Pattern.DOTALL).matcher(doc);
    List<String> expected = flips.stream().map(f -> String.join(",", f.subList(0, 3)).toLowerCase()).sorted().toList();
    List<String> run = new java.util.ArrayList<>();
    List<String> missing = new java.util.ArrayList<>();
    int blocks = 0;
    while (block.find()) {
      blocks++;
      String module = block.group(2);
      String imports = module.equals("pandas") ? "pandas, pyarrow" : module;   // pandas reads Parquet through pyarrow
      if (exec(python, "-c", "import " + imports).code() != 0) {
        missing.add(module);
        continue;
      }
      Path script = Files.writeString(dir.resolve(module + "_flips.py"), block.group(1));
      Cli.Result r = exec(python, script.toString());
      assertThat(r.code()).as(module + ": " + r.err()).isZero();
      List<String> printed = r.out().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("case_id"))
          .map(l -> String.join(",", java.util.Arrays.asList(l.split(",")).subList(0, 3)).toLowerCase()).sorted().toList();
      assertThat(printed).as("the flips %s prints", module).isEqualTo(expected);
      run.add(module);
    }
    assertThat(blocks).as("Python versions in the docs").isEqualTo(3);
    org.junit.jupiter.api.Assumptions.assumeTrue(missing.isEmpty(), "Python versions run: " + run
        + "; not run, their module missing in " + python + ": " + missing);
  }

  private Cli.Result exec(String... command) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder(command).directory(dir.toFile()).start();
    } catch (java.io.IOException e) {
      return new Cli.Result(127, "", e.getMessage());
    }
    p.getOutputStream().close();
    java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        return e.getMessage();
      }
    });
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    return new Cli.Result(p.waitFor(), out, err.join());
  }

  /** The default run never loads the database driver; a run with --db does (class loading logged by a child JVM). */
  @Test
  void onlyARunWritingTablesLoadsTheDatabaseDriver() throws Exception {
    assertThat(loadedClasses().stream().filter(c -> c.contains("org.duckdb")).toList()).isEmpty();
    assertThat(loadedClasses("--db", dir.resolve("x.duckdb").toString()).stream().filter(c -> c.contains("org.duckdb")))
        .isNotEmpty();
  }

  private List<String> loadedClasses(String... more) throws Exception {
    Path log = Files.createTempFile(dir, "classes", ".log");
    List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
        "org.gordian.cli.Main", "run", "examples/hanoi-2019", "--listed-only", "--out", dir.resolve("c.md").toString()));
    cmd.addAll(List.of(more));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.out").toFile())
        .start();
    assertThat(p.waitFor()).as(Files.readString(dir.resolve("child.out"))).isZero();
    return Files.readAllLines(log);
  }
}
