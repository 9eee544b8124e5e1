package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks batch indexes (index.json, shard-index.json) against {@code schema/index.schema.json}. */
public final class IndexSchema {
  private static Schema schema;

  private IndexSchema() {}

  private static synchronized Schema schema() {
    if (schema == null) {
      try {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(Path.of("schema/index.schema.json")), InputFormat.JSON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }

  /** Fails, naming the file and each error, unless the index matches the schema. */
  public static void assertMatches(Path index) throws IOException {
    assertThat(schema().validate(Files.readString(index), InputFormat.JSON)).as("schema errors in %s", index).isEmpty();
  }
}
