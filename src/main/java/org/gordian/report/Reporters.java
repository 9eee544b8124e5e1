package org.gordian.report;

/** The reporter for each format. */
public final class Reporters {
  private Reporters() {}

  /** A reporter for this format, stamping reports with {@link Text#generatedAt()}. */
  public static Reporter of(Format format) {
    return of(format, Text.generatedAt());
  }

  /** A reporter for this format, stamping reports with the given time. */
  public static Reporter of(Format format, java.time.Instant generatedAt) {
    return switch (format) {
      case MARKDOWN -> new MarkdownReport(generatedAt, MarkdownReport.SHOWN_DEALS);
      case JSON -> new JsonReport(generatedAt);
      case HTML -> new HtmlReport(generatedAt);
      case CSV -> new CsvReport();
    };
  }
}
