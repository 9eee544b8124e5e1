package org.gordian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gordian.report.Text;

/**
 * Compares reports with reviewed golden files, the one way every golden test does: the time on a
 * generated-at line and Gordian's version are the only things allowed to differ. After a deliberate
 * change to a report, rerun the golden tests with {@code -Dgolden.update=true} and review the diff
 * of the files like code.
 */
public final class Golden {
  /** Whether this run rewrites the golden files instead of comparing with them. */
  public static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private static final Pattern GENERATED_AT_LINE = Pattern.compile("(?i)generated.?at");
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

  private Golden() {}

  /** The text with the time on generated-at lines and Gordian's version replaced by placeholders. */
  public static String normalise(String text) {
    String lines = text.lines()
        .map(l -> GENERATED_AT_LINE.matcher(l).find() ? TIMESTAMP.matcher(l).replaceAll("<time>") : l)
        .collect(Collectors.joining("\n", "", text.endsWith("\n") ? "\n" : ""));
    return lines.replace("Gordian " + Text.VERSION, "Gordian VERSION");
  }

  /**
   * Checks a report against its golden file, both normalised; with {@code -Dgolden.update=true},
   * writes the file first.
   */
  public static void assertMatches(Path golden, String actual) {
    try {
      if (UPDATE) {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertThat(golden).as("golden file %s; create it with -Dgolden.update=true", golden).exists();
      assertThat(normalise(actual))
          .as("%s differs from its golden file; if the change is intended, rerun with -Dgolden.update=true and"
              + " review the diff", golden)
          .isEqualTo(normalise(Files.readString(golden, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
