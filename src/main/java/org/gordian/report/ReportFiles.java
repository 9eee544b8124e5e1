package org.gordian.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes report files whole or not at all: into a temporary file beside the target, then moved
 * into place. An error or an interrupted run leaves the previous report as it was and no
 * temporary file behind. A report replacing another keeps its permissions; a new one is readable
 * by all ({@code rw-r--r--}), as reports are made to be shared.
 */
public final class ReportFiles {
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(p -> {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // nothing more can be done while the JVM stops
      }
    }), "gordian-cleanup"));
  }

  /** Something that writes text. */
  @FunctionalInterface
  public interface Body {
    void write(Writer out) throws IOException;
  }

  private ReportFiles() {}

  /** Writes {@code target} atomically with the given body. */
  public static void write(Path target, Body body) throws IOException {
    Path abs = target.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new IOException("is a folder; give a file name for the report");
    }
    Path dir = abs.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IOException("folder " + dir + " does not exist");
    }
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    PENDING.add(tmp);
    try {
      try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
        body.write(w);
      }
      sharePermissions(tmp, abs);
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
      PENDING.remove(tmp);
    }
  }

  /** Temporary files are private ({@code rw-------}); give the report the permissions it should have. */
  private static void sharePermissions(Path tmp, Path target) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, permissions);
  }
}
