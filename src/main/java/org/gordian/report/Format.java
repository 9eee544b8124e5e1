package org.gordian.report;

/** The report formats, each with its file extension. */
public enum Format {
  /** Markdown: the default, for people. */
  MARKDOWN("md"),
  /** JSON: for tools; see {@code schema/report.schema.json}. */
  JSON("json"),
  /** HTML: one self-contained page with charts and sortable tables, to share with people. */
  HTML("html"),
  /** CSV: one row per deal, for spreadsheets. */
  CSV("csv");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without a dot. */
  public String extension() {
    return extension;
  }
}
