package org.gordian.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gordian.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped batch ({@code batch examples/ --all-scenarios}) written as a database and as Parquet:
 * every table of every run holds the rows its JSON report implies, field for field, and the Parquet
 * files hold the same rows as the database.
 */
@Tag("slow")
class ResultsTablesTest {
  @TempDir
  static Path dir;
  static Path out;
  static Connection db;
  static List<JsonNode> reports = new ArrayList<>();

  @BeforeAll
  static void runTheShippedBatch() throws Exception {
    out = dir.resolve("out");
    Cli.Result r = Cli.run("batch", "examples/", "--all-scenarios", "--out", out.toString(), "--db",
        dir.resolve("results.duckdb").toString(), "--parquet", dir.resolve("parquet").toString());
    assertThat(r.code()).as(r.err()).isZero();
    db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("results.duckdb"));
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("index.json")).sorted().toList()) {
        reports.add(json.readTree(f.toFile()));
      }
    }
  }

  @Test
  void everyRunOfTheBatchIsARowOfRuns() throws Exception {
    assertThat(reports).hasSize(13);
    List<List<String>> expected = TableRows.sorted(reports.stream().map(TableRows::runFromReport).toList());
    assertThat(TableRows.query(db, "SELECT " + TableRows.RUN_COLUMNS + " FROM runs")).isEqualTo(expected);
    assertThat(TableRows.query(db, "SELECT DISTINCT rules_digest LIKE 'sha256:%', options FROM runs")).hasSize(1);
  }

  @Test
  void everyTableHoldsTheRowsOfTheJsonReports() throws Exception {
    for (JsonNode j : reports) {
      String key = "case_id = '" + j.at("/case/id").asText() + "' AND scenario = '" + j.at("/scenario/id").asText()
          + "'";
      for (Map.Entry<String, List<List<String>>> e : TableRows.fromReport(j).entrySet()) {
        if (e.getKey().equals("runs")) {
          continue;
        }
        assertThat(TableRows.query(db, "SELECT * FROM " + e.getKey() + " WHERE " + key))
            .as("%s of %s", e.getKey(), key).isEqualTo(e.getValue());
      }
    }
    assertThat(TableRows.query(db, "SELECT count(*) FROM deals")).isNotEqualTo(List.of(List.of("0")));
    assertThat(TableRows.query(db, "SELECT count(*) FROM probabilities")).isNotEqualTo(List.of(List.of("0")));
  }

  @Test
  void theParquetFilesHoldTheDatabasesRows() throws Exception {
    for (String t : Schema.tables()) {
      Path folder = dir.resolve("parquet").resolve(t);
      List<List<String>> inDb = TableRows.query(db, "SELECT * FROM " + t);
      if (inDb.isEmpty()) {
        assertThat(folder).doesNotExist();
        continue;
      }
      List<String> columns = List.copyOf(ParquetCheck.columns().get(t).keySet());
      // the partition folders give case_id and scenario back
      List<List<String>> inParquet = TableRows.query(db, "SELECT " + String.join(", ", columns) + " FROM read_parquet('"
          + folder + "/**/*.parquet', hive_partitioning = true)");
      assertThat(inParquet).as(t).isEqualTo(inDb);
    }
  }
}
