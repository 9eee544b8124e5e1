package org.gordian.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.Message;
import org.gordian.diag.GordianException;
import org.gordian.diag.Paths2;

/**
 * Checks folders of Parquet results before the shards that wrote them are merged: every file is a
 * Parquet file of a table of this schema, in a {@code case_id=…/scenario=…} partition, with the
 * table's columns; every run of the batch is there once, none besides; the runs agree on the schema
 * version and options, and the runs of one case on its rules digest.
 */
public final class ParquetCheck {
  private ParquetCheck() {}

  /**
   * Checks the folders against the runs of a batch.
   *
   * @param runs each run that succeeded, as (case id, scenario)
   * @throws GordianException naming the file and what is wrong with it
   */
  public static void check(List<Path> folders, Set<List<String>> runs) throws IOException {
    Map<String, Map<String, String>> columns = columns();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute("SET threads=1");
      }
      Map<List<String>, Path> found = new LinkedHashMap<>();
      String options = null;
      Path optionsFile = null;
      Map<String, String> digests = new HashMap<>();
      for (Path folder : folders) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
          throw new GordianException(Diagnostic.error(folder, 0, 0, Message.PARQUET_NOT_A_FOLDER.say()));
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
          files = all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path f : files) {
          Path rel = folder.relativize(f);
          if (rel.getNameCount() != 4 || !rel.getName(1).toString().startsWith("case_id=")
              || !rel.getName(2).toString().startsWith("scenario=")) {
            throw refuse(f, Message.PARQUET_MISPLACED.say());
          }
          String table = rel.getName(0).toString();
          Map<String, String> expected = columns.get(table);
          if (expected == null) {
            throw refuse(f, Message.PARQUET_NO_SUCH_TABLE.say(Schema.VERSION, String.join(", ", columns.keySet())));
          }
          Map<String, String> actual = new LinkedHashMap<>();
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT name, type FROM parquet_schema('" + Results.quoted(f.toString())
                  + "') WHERE num_children IS NULL OR num_children = 0")) {
            while (rs.next()) {
              actual.put(rs.getString(1), rs.getString(2));
            }
          } catch (SQLException e) {
            throw refuse(f, Message.PARQUET_UNREADABLE.say(firstLine(e.getMessage())));
          }
          Map<String, String> wanted = new LinkedHashMap<>(expected);
          wanted.remove("case_id");
          wanted.remove("scenario");
          if (!actual.keySet().equals(wanted.keySet())) {
            Set<String> missing = new LinkedHashSet<>(wanted.keySet());
            missing.removeAll(actual.keySet());
            Set<String> extra = new LinkedHashSet<>(actual.keySet());
            extra.removeAll(wanted.keySet());
            throw refuse(f, Message.PARQUET_COLUMNS.say(table, Schema.VERSION,
                missing.isEmpty() ? "" : " missing " + missing, extra.isEmpty() ? "" : " unexpected " + extra));
          }
          if (table.equals("runs")) {
            try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT case_id, scenario, schema_version, options, rules_digest FROM"
                    + " read_parquet('" + Results.quoted(f.toString()) + "', hive_partitioning = true)")) {
              while (rs.next()) {
                List<String> key = List.of(rs.getString(1), rs.getString(2));
                if (found.put(key, f) != null) {
                  throw refuse(f, Message.PARQUET_RUN_AGAIN.say(key.get(0), key.get(1), Paths2.display(found.get(key))));
                }
                if (!Schema.VERSION.equals(rs.getString(3))) {
                  throw refuse(f, Message.PARQUET_SCHEMA_VERSION.say(rs.getString(3), Schema.VERSION));
                }
                if (options == null) {
                  options = rs.getString(4);
                  optionsFile = f;
                } else if (!options.equals(rs.getString(4))) {
                  throw refuse(f, Message.PARQUET_OTHER_OPTIONS.say(Paths2.display(optionsFile), rs.getString(4), options));
                }
                String digest = digests.putIfAbsent(key.get(0), rs.getString(5));
                if (digest != null && !digest.equals(rs.getString(5))) {
                  throw refuse(f, Message.PARQUET_OTHER_INPUTS.say(key.get(0), rs.getString(5), digest));
                }
              }
            } catch (SQLException e) {
              throw refuse(f, Message.PARQUET_CANNOT_READ.say(firstLine(e.getMessage())));
            }
          }
        }
      }
      List<String> missing = new ArrayList<>();
      for (List<String> r : runs) {
        if (!found.containsKey(r)) {
          missing.add(r.get(0) + " " + r.get(1));
        }
      }
      if (!missing.isEmpty()) {
        throw new GordianException(Diagnostic.error(folders.get(0), 0, 0,
            Message.PARQUET_RUNS_MISSING.say(String.join(", ", missing))));
      }
      for (var e : found.entrySet()) {
        if (!runs.contains(e.getKey())) {
          throw refuse(e.getValue(), Message.PARQUET_RUN_NOT_OF_BATCH.say(e.getKey().get(0), e.getKey().get(1)));
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot check the Parquet results: " + e.getMessage(), e);
    }
  }

  private static GordianException refuse(Path file, String why) {
    return new GordianException(Diagnostic.error(file, 0, 0, why));
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /** Each table's columns with their types, from the schema. */
  static Map<String, Map<String, String>> columns() throws IOException {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute(Schema.ddl());
      try (ResultSet rs = s.executeQuery("SELECT table_name, column_name, data_type FROM information_schema.columns"
          + " ORDER BY table_name, ordinal_position")) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot read the results schema: " + e.getMessage(), e);
    }
    return out;
  }
}
