package org.gordian.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.gordian.space.Progress;

/**
 * Progress of a long run on standard error. On a terminal, a bar redrawn in place that fits the
 * terminal's width; in a pipe or a log, a plain line now and then; with {@code --quiet}, nothing.
 * Time left comes from a smoothed rate and is shown only once the rate has settled, so the first
 * seconds (rules being compiled, caches warming) do not give an absurd estimate.
 */
final class Terminal implements Progress {
  /** How progress is shown. */
  enum Mode {
    /** A bar redrawn in place on one line. */
    BAR,
    /** A line now and then, for pipes and logs. */
    LINES,
    /** Nothing (--quiet). */
    NONE
  }

  /** The width assumed when the terminal's cannot be found. */
  static final int DEFAULT_WIDTH = 80;
  /** Runs shorter than this show no progress lines in a pipe. */
  static final long FIRST_LINE_NANOS = TimeUnit.SECONDS.toNanos(2);
  /** The least time between two progress lines in a pipe. */
  static final long LINE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);
  /** The least time between two redraws of the bar. */
  static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
  /** The time the smoothed rate looks back over, about. */
  static final double SMOOTHING_SECONDS = 3;
  /** No time left is shown before the rate has been measured this long ... */
  static final double SETTLE_SECONDS = 3;
  /** ... over at least this many updates ... */
  static final int SETTLE_SAMPLES = 4;
  /** ... and while its last step changed it by more than this share. */
  static final double SETTLE_CHANGE = 0.25;

  private final PrintWriter err;
  private final Mode mode;
  private final int width;
  private final LongSupplier clock;
  private final long start;
  private volatile long spaceStart;
  private volatile long spaceEnd;
  private long firstUpdate;
  private long lastUpdate;
  private long lastDone;
  private long lastShown;
  private int samples;
  private double rate;
  private boolean settled;
  private boolean drawn;

  /** Progress on {@code err} in this mode, for a terminal of this many columns, timed by {@code clock} (nanoseconds). */
  Terminal(PrintWriter err, Mode mode, int width, LongSupplier clock) {
    this.err = err;
    this.mode = mode;
    this.width = Math.max(20, width);
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** Progress as a bar when stderr is a terminal, in lines when it is a pipe or a file, or none. */
  static Terminal on(PrintWriter err, boolean quiet) {
    Mode mode = quiet ? Mode.NONE : stderrIsTerminal() ? Mode.BAR : Mode.LINES;
    return new Terminal(err, mode, mode == Mode.BAR ? width() : DEFAULT_WIDTH, System::nanoTime);
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

  /**
   * The terminal's width in columns: {@code COLUMNS} when exported, else what {@code stty size}
   * says of the controlling terminal, else {@link #DEFAULT_WIDTH}.
   */
  static int width() {
    Integer columns = columns(System.getenv("COLUMNS"));
    if (columns != null) {
      return columns;
    }
    try {
      Process p = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (p.waitFor(500, TimeUnit.MILLISECONDS)) {
        String[] rowsCols = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim()
            .split("\\s+");
        Integer c = rowsCols.length == 2 ? columns(rowsCols[1]) : null;
        if (c != null) {
          return c;
        }
      } else {
        p.destroy();
      }
    } catch (Exception e) {
      // no terminal to ask: keep the default
    }
    return DEFAULT_WIDTH;
  }

  /** A column count from text, or null when it is not a plausible one. */
  static Integer columns(String text) {
    if (text == null || !text.trim().matches("\\d{1,4}")) {
      return null;
    }
    int c = Integer.parseInt(text.trim());
    return c >= 20 ? c : null;
  }

  @Override
  public synchronized void update(long done, long total) {
    long now = clock.getAsLong();
    spaceEnd = now;
    if (mode == Mode.NONE) {
      return;
    }
    measure(done, now);
    if (mode == Mode.BAR) {
      if (drawn && now - lastShown < REDRAW_NANOS && done < total) {
        return;
      }
      lastShown = now;
      err.print("\r" + bar(done, total, width - 1, rate, settled));
      drawn = true;
    } else {
      if (now - firstUpdate < FIRST_LINE_NANOS || (lastShown != 0 && now - lastShown < LINE_EVERY_NANOS)
          || done >= total) {
        return;
      }
      lastShown = now;
      err.println("progress: " + status(done, total, rate, settled));
    }
    err.flush();
  }

  /** Folds the rate since the last update into the smoothed rate. */
  private void measure(long done, long now) {
    if (samples == 0 && firstUpdate == 0) {
      firstUpdate = now;
      lastUpdate = now;
      lastDone = done;
      samples = 1;
      return;
    }
    double dt = (now - lastUpdate) / 1e9;
    if (dt <= 0) {
      return;
    }
    double instant = (done - lastDone) / dt;
    double before = rate;
    double weight = 1 - Math.exp(-dt / SMOOTHING_SECONDS);
    rate = samples == 1 ? instant : rate + weight * (instant - rate);
    samples++;
    lastUpdate = now;
    lastDone = done;
    boolean steady = before > 0 && Math.abs(rate - before) / before <= SETTLE_CHANGE;
    settled = settled || (steady && samples > SETTLE_SAMPLES && (now - firstUpdate) / 1e9 >= SETTLE_SECONDS);
  }

  /**
   * One redraw of the bar, at most {@code columns} characters wide: the bar takes what the numbers
   * leave, and on a narrow terminal the counts, then the rate, give way before the percentage.
   */
  static String bar(long done, long total, int columns, double rate, boolean settled) {
    String percent = String.format(Locale.ROOT, "%3d%%", percent(done, total));
    String counts = String.format(Locale.ROOT, " %,d/%,d deals", done, total);
    String speed = rate > 0 ? "  " + rate(rate) + "/s" : "";
    String left = settled && rate > 0 ? "  " + clock((total - done) / rate) + " left" : "";
    String[][] choices = {{percent, counts, speed, left}, {percent, speed, left}, {percent, left}, {percent}};
    for (String[] parts : choices) {
      String tail = " " + String.join("", parts);
      int barWidth = columns - tail.length() - 2;
      if (barWidth >= 10 || parts.length == 1) {
        barWidth = Math.max(0, Math.min(barWidth, 40));
        int filled = total == 0 ? barWidth : (int) (barWidth * Math.min(done, total) / total);
        String line = "[" + "#".repeat(filled) + ".".repeat(barWidth - filled) + "]" + tail;
        return line.length() > columns ? line.substring(0, columns) : line;
      }
    }
    throw new AssertionError("unreachable");
  }

  /** The progress in words, for a line in a pipe: {@code 42% 1,234/5,678 deals, 12k/s, 0:24 left}. */
  static String status(long done, long total, double rate, boolean settled) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d%% %,d/%,d deals", percent(done, total), done,
        total));
    if (rate > 0) {
      s.append(", ").append(rate(rate)).append("/s");
      if (settled) {
        s.append(", ").append(clock((total - done) / rate)).append(" left");
      }
    }
    return s.toString();
  }

  private static int percent(long done, long total) {
    return total == 0 ? 100 : (int) (100 * Math.min(done, total) / total);
  }

  /** Clears the bar, if one was drawn. */
  synchronized void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(width - 1) + "\r");
      err.flush();
      drawn = false;
    }
  }

  /** Marks the start of the deal-space evaluation, for its rate. */
  void spaceStarts() {
    spaceStart = clock.getAsLong();
  }

  /** Seconds spent evaluating the deal space, or 0 when it was not evaluated. */
  double spaceSeconds() {
    return spaceStart == 0 || spaceEnd < spaceStart ? 0 : (spaceEnd - spaceStart) / 1e9;
  }

  double seconds() {
    return (clock.getAsLong() - start) / 1e9;
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

  /** Seconds as {@code m:ss}, or {@code h:mm:ss} from an hour on. */
  static String clock(double seconds) {
    long s = Math.round(seconds);
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
