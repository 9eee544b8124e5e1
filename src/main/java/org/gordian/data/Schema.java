package org.gordian.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The results schema, {@code schema/results.sql}, as shipped in the jar: its DDL, version and tables. */
public final class Schema {
  /** The version of the tables' layout; {@code schema/results.sql} says the same in its header. */
  public static final String VERSION = "1.0";

  /** Where the jar holds the schema. */
  static final String RESOURCE = "/org/gordian/schema/results.sql";

  private static final Pattern TABLE = Pattern.compile("(?m)^CREATE TABLE (\\w+) \\(");

  private Schema() {}

  /** The DDL creating every table. */
  public static String ddl() {
    try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar holds no " + RESOURCE); // internal
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tables' names, in the order the schema creates them. */
  public static List<String> tables() {
    List<String> out = new ArrayList<>();
    Matcher m = TABLE.matcher(ddl());
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
