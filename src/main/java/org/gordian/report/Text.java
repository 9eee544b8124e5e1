package org.gordian.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number, date and text formatting shared by reporters, fixed to one locale so output never varies. */
public final class Text {
  private Text() {}

  /** The product's version as printed in reports. */
  public static final String VERSION = "0.1.0";

  /** {@code 12,345}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A weight or score with at most two decimals and no trailing zeros: {@code 3}, {@code -1.5}. */
  public static String number(double d) {
    DecimalFormat f = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    String s = f.format(d);
    return s.equals("-0") ? "0" : s;
  }

  /** A signed weight: {@code +3}, {@code -1.5}. */
  public static String signed(double d) {
    String s = number(d);
    return d > 0 ? "+" + s : s;
  }

  /** {@code 12.3%}. */
  public static String percent(long part, long whole) {
    if (whole == 0 || part == 0) {
      return "0%";
    }
    double p = 100.0 * part / whole;
    if (p < 0.1) {
      return "<0.1%";
    }
    return String.format(Locale.ROOT, "%.1f%%", p);
  }

  /** An instant as {@code 2026-11-27T10:51:00Z}. */
  public static String timestamp(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t.atOffset(ZoneOffset.UTC).withNano(0).toInstant());
  }

  /**
   * When reports say they were made: {@code SOURCE_DATE_EPOCH} (seconds) when set, so that builds
   * can be byte-for-byte reproducible, otherwise now.
   */
  public static Instant generatedAt() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d+")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    return Instant.now();
  }

  /** Escapes text for a Markdown table cell. */
  public static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
