package org.gordian.diag;

import java.nio.file.Path;

/** Shows file paths the way a user typed them: relative to the working folder when inside it. */
public final class Paths2 {
  private static final Path CWD = Path.of("").toAbsolutePath().normalize();

  private Paths2() {}

  /** The path relative to the working folder when it lies below it, else absolute. */
  public static String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (abs.startsWith(CWD) && !abs.equals(CWD)) {
      return CWD.relativize(abs).toString();
    }
    return abs.toString();
  }
}
