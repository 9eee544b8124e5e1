package org.gordian.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gordian.space.Progress;

/** Progress on the terminal: a bar with rate and time left when stderr is a terminal, else silence. */
final class Terminal implements Progress {
  private final java.io.PrintWriter err;
  private final boolean interactive;
  private final long start = System.nanoTime();
  private volatile long spaceStart;
  private volatile long spaceEnd;
  private long lastDraw;
  private boolean drawn;

  Terminal(java.io.PrintWriter err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  /** Whether standard error is a terminal (and not CI). */
  static boolean stderrIsTerminal() {
    if (System.getenv("CI") != null) {
      return false;
    }
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
      String t = target.toString();
      return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }

  @Override
  public void update(long done, long total) {
    spaceEnd = System.nanoTime();
    if (!interactive) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 200_000_000L && done < total) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    double left = rate > 0 ? (total - done) / rate : 0;
    int width = 30;
    int filled = total == 0 ? width : (int) (width * done / total);
    err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% %,d/%,d deals  %s/s  %s left ",
        "#".repeat(filled), ".".repeat(width - filled), total == 0 ? 100 : (int) (100 * done / total), done, total,
        rate(rate), clock(left)));
    err.flush();
    drawn = true;
  }

  /** Clears the bar, if one was drawn. */
  void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(100) + "\r");
      err.flush();
    }
  }

  /** Marks the start of the deal-space evaluation, for its rate. */
  void spaceStarts() {
    spaceStart = System.nanoTime();
  }

  /** Seconds spent evaluating the deal space, or 0 when it was not evaluated. */
  double spaceSeconds() {
    return spaceStart == 0 || spaceEnd < spaceStart ? 0 : (spaceEnd - spaceStart) / 1e9;
  }

  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  static String rate(double perSecond) {
    if (perSecond >= 1e6) {
      return String.format(Locale.ROOT, "%.2fM", perSecond / 1e6);
    }
    if (perSecond >= 1e3) {
      return String.format(Locale.ROOT, "%.0fk", perSecond / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f", perSecond);
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
