package org.gordian.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gordian.analysis.DealOutcome;
import org.gordian.model.CaseDef;
import org.gordian.model.Party;

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

  /**
   * Escapes free text (a rule's reason or name) for Markdown outside code: the characters that
   * could start emphasis, a link, markup, an entity, a heading or a table cell are
   * backslash-escaped, a leading list or quote marker too, and line breaks become spaces, so the
   * text reads as written in any Markdown viewer.
   */
  public static String inline(String s) {
    String t = s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    StringBuilder out = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean marker = i == 0 && (c == '-' || c == '+' || c == '=') || (c == '.' || c == ')')
          && t.substring(0, i).matches("\\d+");
      // An underscore inside a word (a file or rule name) emphasises nothing: left as it is.
      boolean inWord = c == '_' && i > 0 && i < t.length() - 1 && Character.isLetterOrDigit(t.charAt(i - 1))
          && Character.isLetterOrDigit(t.charAt(i + 1));
      if ("\\`*_[]<>#|!~&".indexOf(c) >= 0 && !inWord || marker) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Text as a Markdown code span: fenced with one backtick more than the longest run of backticks
   * inside it (and padded with spaces when it holds one), so nothing inside can end it.
   */
  public static String code(String s) {
    String t = s.replace('\n', ' ').replace('\r', ' ');
    int longest = 0;
    for (int i = 0, run = 0; i < t.length(); i++) {
      run = t.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    // A span that starts and ends with a space loses one of each, so such text is padded too.
    boolean pad = longest > 0 || t.length() > 1 && t.startsWith(" ") && t.endsWith(" ") && !t.isBlank();
    return pad ? fence + " " + t + " " + fence : fence + t + fence;
  }

  /** A code span in a Markdown table cell, where a {@code |} must be escaped even inside code. */
  public static String cellCode(String s) {
    return code(s).replace("|", "\\|");
  }

  /** Escapes text for a Markdown table cell. */
  public static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }

  /**
   * Escapes text for HTML element content and quoted attribute values: {@code & < > " '} become
   * character references, so no input can open a tag, close an attribute or start a script.
   */
  public static String html(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Quotes one CSV field as RFC 4180 asks: a field holding a comma, a quote or a line break (or
   * starting or ending with a space, which some spreadsheets trim) goes in double quotes with
   * inner quotes doubled; any other field is written as it is.
   */
  public static String csv(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
        || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ';
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /** A deal's moves by phase: {@code 1: a, b | 2: c}. */
  public static String movesByPhase(DealOutcome d) {
    StringBuilder out = new StringBuilder();
    for (int p = 1; p <= d.phaseCount(); p++) {
      final int phase = p;
      String moves = d.moves().stream().filter(m -> m.phase() == phase).map(DealOutcome.PhasedMove::move)
          .collect(Collectors.joining(", "));
      if (moves.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(" | ");
      }
      out.append(p).append(": ").append(moves);
    }
    return out.toString();
  }

  /** A party as reports name it: {@code United States (US)}, or the bare id when the case gives no other name. */
  public static String partyName(CaseDef c, String partyId) {
    return c.parties().stream().filter(p -> p.id().equals(partyId)).map(Party::name).findFirst()
        .map(n -> n.equals(partyId) ? partyId : n + " (" + partyId + ")").orElse(partyId);
  }

  /** What reports call a result of this type: {@code diff}, {@code test run} … */
  static String kindOf(Class<?> type) {
    return switch (type.getSimpleName()) {
      case "RunResult" -> "run report";
      case "DiffResult" -> "diff";
      case "Comparison" -> "comparison of scenarios";
      case "BatchIndex" -> "batch index";
      case "TestReport" -> "test run";
      case "CheckResult" -> "check";
      default -> type.getSimpleName();
    };
  }

  /**
   * The headline of a space's blocking map, in words a reader can quote with the measure named:
   * {@code `US/x` is the only veto of 812 generated deals, and vetoes 45% of the 3,400 that no
   * other party vetoes}; empty when no deal has a sole veto.
   */
  static java.util.Optional<String> decisive(org.gordian.analysis.SpaceSummary s, boolean markdown) {
    return s.mostDecisive().map(b -> (markdown ? code(b.position().toString()) : b.position().toString())
        + " is the only veto of " + count(b.pivotal()) + (b.pivotal() == 1 ? " generated deal" : " generated deals")
        + ", and vetoes " + percent(b.blocksOfOthersAccept(), b.othersAccept()) + " of the " + count(b.othersAccept())
        + " that no other party vetoes");
  }
}
