package org.gordian.report;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gordian.CheckResult;
import org.gordian.analysis.Comparison;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.RunResult;
import org.gordian.batch.BatchIndex;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Message;
import org.gordian.tester.TestReport;

/**
 * The one registry of reporters: for each kind of result, the formats it can be written in and the
 * reporter for each. Every command writes its result through here.
 *
 * <pre>{@code
 * Reporters.of(DiffResult.class, Format.JSON, Instant.now()).write(diff, writer);
 * Set<Format> formats = Reporters.formats(TestReport.class);   // TEXT, JSON
 * }</pre>
 */
public final class Reporters {
  private static final Map<Class<?>, Map<Format, Function<Instant, Reporter<?>>>> REGISTRY = new LinkedHashMap<>();

  static {
    add(RunResult.class, Format.MARKDOWN, at -> new MarkdownReport(at, MarkdownReport.SHOWN_DEALS));
    add(RunResult.class, Format.JSON, JsonReport::new);
    add(RunResult.class, Format.HTML, HtmlReport::new);
    add(RunResult.class, Format.CSV, at -> new CsvReport());
    add(DiffResult.class, Format.MARKDOWN, DiffMarkdown::new);
    add(DiffResult.class, Format.JSON, DiffJson::new);
    add(DiffResult.class, Format.HTML, DiffHtml::new);
    add(Comparison.class, Format.MARKDOWN, CompareMarkdown::new);
    add(Comparison.class, Format.JSON, CompareJson::new);
    add(Comparison.class, Format.HTML, CompareHtml::new);
    add(BatchIndex.class, Format.MARKDOWN, IndexMarkdown::new);
    add(BatchIndex.class, Format.JSON, IndexJson::new);
    add(BatchIndex.class, Format.HTML, IndexHtml::new);
    add(TestReport.class, Format.TEXT, at -> new TestText());
    add(TestReport.class, Format.JSON, TestJson::new);
    add(TestReport.class, Format.JUNIT, TestJunit::new);
    add(CheckResult.class, Format.TEXT, at -> new CheckText());
    add(CheckResult.class, Format.JSON, CheckJson::new);
  }

  private Reporters() {}

  private static <T> void add(Class<T> type, Format format, Function<Instant, Reporter<T>> make) {
    REGISTRY.computeIfAbsent(type, t -> new EnumMap<>(Format.class)).put(format, make::apply);
  }

  /** The formats a result of this type can be written in, in the order of {@link Format}. */
  public static Set<Format> formats(Class<?> type) {
    Map<Format, ?> m = REGISTRY.get(type);
    return m == null ? Set.of() : Set.copyOf(m.keySet());
  }

  /**
   * The reporter of this result type in this format, stamping reports with the given time.
   *
   * @throws GordianException when results of this type are not written in this format, naming those they are
   */
  @SuppressWarnings("unchecked")
  public static <T> Reporter<T> of(Class<T> type, Format format, Instant generatedAt) {
    Map<Format, Function<Instant, Reporter<?>>> m = REGISTRY.getOrDefault(type, Map.of());
    Function<Instant, Reporter<?>> make = m.get(format);
    if (make == null) {
      throw new GordianException(Diagnostic.error(null, 0, 0, Message.FORMAT_UNKNOWN.say(Text.kindOf(type),
          String.join(", ", m.keySet().stream().map(Format::label).toList()), format.label())));
    }
    return (Reporter<T>) make.apply(generatedAt);
  }

  /** The formats the sensitivity report is written in. */
  public static Set<Format> sensitivityFormats() {
    return Set.of(Format.MARKDOWN, Format.JSON, Format.HTML);
  }

  /**
   * The reporter of a run's sensitivity analysis on its own, stamping reports with {@link Text#generatedAt()}:
   * in Markdown and HTML, a short header and the sensitivity section; in JSON, the whole run report,
   * whose {@code sensitivity} member holds it.
   *
   * @throws GordianException for a format the sensitivity report is not written in
   */
  public static Reporter<RunResult> sensitivity(Format format) {
    return sensitivity(format, Text.generatedAt());
  }

  /** The reporter of a run's sensitivity analysis on its own, stamping reports with the given time. */
  public static Reporter<RunResult> sensitivity(Format format, Instant generatedAt) {
    return switch (format) {
      case MARKDOWN -> new SensitivityMarkdown(generatedAt);
      case HTML -> new SensitivityHtml(generatedAt);
      case JSON -> new JsonReport(generatedAt);
      default -> throw new GordianException(Diagnostic.error(null, 0, 0, Message.SENSITIVITY_FORMAT_UNKNOWN.say(format.label())));
    };
  }

  /** The run reporter for this format, stamping reports with {@link Text#generatedAt()}. */
  public static Reporter<RunResult> of(Format format) {
    return of(RunResult.class, format, Text.generatedAt());
  }

  /** The run reporter for this format, stamping reports with the given time. */
  public static Reporter<RunResult> of(Format format, Instant generatedAt) {
    return of(RunResult.class, format, generatedAt);
  }
}
