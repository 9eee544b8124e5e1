package org.gordian.report;

/** The report formats, each with its file extension. */
public enum Format {
  /** Markdown: the default, for people. */
  MARKDOWN("md"),
  /** JSON: for tools; see {@code schema/report.schema.json}. */
  JSON("json");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without a dot. */
  public String extension() {
    return extension;
  }
}
