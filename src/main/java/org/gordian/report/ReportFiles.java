package org.gordian.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gordian.io.AtomicFiles;

/**
 * Writes report files whole or not at all, through {@link AtomicFiles}: an error, a full disk or
 * an interrupted run leaves the previous report as it was and no temporary file behind. A report
 * replacing another keeps its permissions; a new one is readable by all ({@code rw-r--r--}), as
 * reports are made to be shared.
 */
public final class ReportFiles {
  /** Something that writes text. */
  @FunctionalInterface
  public interface Body {
    void write(Writer out) throws IOException;
  }

  private ReportFiles() {}

  /** Writes {@code target} atomically with the given body, as UTF-8. */
  public static void write(Path target, Body body) throws IOException {
    AtomicFiles.write(target, AtomicFiles.Access.SHARED, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      body.write(w);
      w.flush();
    });
  }
}
