package org.gordian.robust;

import java.nio.file.Path;
import org.gordian.report.ReportFiles;

/**
 * A process that writes a large report and stops half-way, for tests that kill a writer: it writes
 * the given number of bytes through the report writer, says {@code half-way} on standard output,
 * and waits to be killed.
 */
public final class SlowWriter {
  private SlowWriter() {}

  /** {@code SlowWriter FILE BYTES}. */
  public static void main(String[] args) throws Exception {
    long bytes = Long.parseLong(args[1]);
    ReportFiles.write(Path.of(args[0]), w -> {
      char[] chunk = "x".repeat(8192).toCharArray();
      for (long done = 0; done < bytes; done += chunk.length) {
        w.write(chunk);
      }
      w.flush();
      System.out.println("half-way");
      System.out.flush();
      try {
        Thread.sleep(120_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }
}
