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
  CSV("csv"),
  /** Plain text, in the style of a compiler or a test runner: for terminals and logs. */
  TEXT("txt"),
  /** JUnit XML: test results as CI servers read them. */
  JUNIT("xml");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  /** The format's name on the command line: {@code markdown}, {@code json} … */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Formats' names in the order of this enum, joined as {@code markdown, json or html}. */
  public static String labels(java.util.Collection<Format> formats) {
    java.util.List<String> names = java.util.Arrays.stream(values()).filter(formats::contains).map(Format::label)
        .toList();
    return names.size() < 2 ? String.join("", names) : String.join(", ", names.subList(0, names.size() - 1))
        + " or " + names.get(names.size() - 1);
  }

  /**
   * The format a user names, by its name or its usual file extension in any case ({@code markdown} or
   * {@code md}, {@code text} or {@code txt}), if there is one.
   */
  public static java.util.Optional<Format> named(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return java.util.Arrays.stream(values()).filter(f -> f.label().equals(n) || f.extension.equals(n)).findFirst();
  }

  /** The usual file extension, without a dot. */
  public String extension() {
    return extension;
  }
}
