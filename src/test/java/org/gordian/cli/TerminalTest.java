package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The progress display fits its terminal, waits for a settled rate before a time left, and writes plain lines in pipes. */
class TerminalTest {
  static final long SECOND = 1_000_000_000L;

  /** A clock the test moves by hand. */
  final AtomicLong now = new AtomicLong(1);
  final StringWriter out = new StringWriter();

  Terminal terminal(Terminal.Mode mode, int width) {
    return new Terminal(new PrintWriter(out), mode, width, now::get);
  }

  /** Feeds {@code steps} updates of {@code perStep} deals every {@code stepNanos}. */
  void feed(Terminal t, long total, int steps, long perStep, long stepNanos) {
    for (int i = 0; i <= steps; i++) {
      t.update(Math.min(total, i * perStep), total);
      now.addAndGet(stepNanos);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 60, 120})
  void everyRedrawFitsOnOneLineOfTheTerminal(int width) {
    Terminal t = terminal(Terminal.Mode.BAR, width);
    feed(t, 12_345_678, 40, 100_000, SECOND / 2);
    String[] redraws = out.toString().split("\r");
    assertThat(redraws).hasSizeGreaterThan(10);
    for (String r : redraws) {
      assertThat(r.length()).as(r).isLessThan(width);
      assertThat(r).doesNotContain("\n");
    }
    assertThat(redraws[redraws.length - 1]).contains("%").contains("[#");
  }

  @Test
  void aWideTerminalShowsCountsRateAndTimeLeftAndANarrowOneKeepsThePercentage() {
    String wide = Terminal.bar(5_000, 10_000, 119, 1_000, true);
    assertThat(wide).contains("50%").contains("5,000/10,000 deals").contains("1k/s").contains("0:05 left");
    String narrow = Terminal.bar(5_000, 10_000_000, 39, 1_000, true);
    assertThat(narrow).contains("0%").doesNotContain("deals").hasSizeLessThanOrEqualTo(39);
    assertThat(Terminal.bar(10, 10, 60, 0, false)).startsWith("[").contains("100%");
  }

  @Test
  void noTimeLeftIsShownBeforeTheRateHasSettled() {
    Terminal t = terminal(Terminal.Mode.BAR, 120);
    // The first updates come slowly (rules warming up), then the run speeds up.
    t.update(0, 1_000_000);
    now.addAndGet(SECOND);
    t.update(10, 1_000_000);
    now.addAndGet(SECOND);
    t.update(20, 1_000_000);
    assertThat(out.toString()).doesNotContain("left");
    // A steady rate of 10,000 deals a second for several seconds settles the estimate.
    long done = 20;
    for (int i = 0; i < 20; i++) {
      now.addAndGet(SECOND / 2);
      done += 5_000;
      t.update(done, 1_000_000);
    }
    String last = out.toString().substring(out.toString().lastIndexOf('\r') + 1);
    assertThat(last).contains("left");
    // 1,000,000 - 100,020 deals at about 10,000 a second: about 1:30, not hours.
    String left = last.replaceAll(".*  (\\d+:\\d\\d) left.*", "$1");
    int seconds = Integer.parseInt(left.split(":")[0]) * 60 + Integer.parseInt(left.split(":")[1]);
    assertThat(seconds).isBetween(80, 100);
  }

  @Test
  void aPipeGetsWholeLinesNowAndThenAndNoBar() {
    Terminal t = terminal(Terminal.Mode.LINES, 80);
    feed(t, 1_000_000, 60, 10_000, SECOND / 4); // 15 s
    String text = out.toString();
    assertThat(text).doesNotContain("\r").doesNotContain("[#");
    String[] lines = text.split("\n");
    // First after 2 s, then every 5 s at most: 2.0, 7.0, 12.0 s.
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("progress: ").contains("% ").contains("deals");
    t.finish();
    assertThat(out.toString()).isEqualTo(text);
  }

  @Test
  void aShortRunInAPipeShowsNothing() {
    Terminal t = terminal(Terminal.Mode.LINES, 80);
    feed(t, 1_000, 10, 100, SECOND / 10);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void quietShowsNothingButStillTimesTheSpace() {
    Terminal t = terminal(Terminal.Mode.NONE, 80);
    t.spaceStarts();
    feed(t, 1_000, 10, 100, SECOND);
    t.finish();
    assertThat(out.toString()).isEmpty();
    assertThat(t.spaceSeconds()).isGreaterThan(9);
  }

  @Test
  void theWidthComesFromColumnsWhenItIsAPlausibleCount() {
    assertThat(Terminal.columns("132")).isEqualTo(132);
    assertThat(Terminal.columns(" 60 ")).isEqualTo(60);
    assertThat(Terminal.columns("5")).isNull();
    assertThat(Terminal.columns("wide")).isNull();
    assertThat(Terminal.columns(null)).isNull();
  }

  @Test
  void longTimesReadAsHoursMinutesAndSeconds() {
    assertThat(Terminal.clock(59.6)).isEqualTo("1:00");
    assertThat(Terminal.clock(3_725)).isEqualTo("1:02:05");
  }
}
