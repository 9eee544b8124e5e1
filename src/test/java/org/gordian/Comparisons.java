package org.gordian;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gordian.analysis.Comparison;

/** Every scenario of a shipped case compared with its baseline, made once per test JVM and shared by the tests. */
public final class Comparisons {
  /** The shipped cases that have scenarios. */
  public static final String[] EXAMPLES = {"hanoi-2019", "reykjavik-1986"};

  private static final Map<String, Gordian> LOADED = new ConcurrentHashMap<>();
  private static final Map<String, Comparison> MADE = new ConcurrentHashMap<>();

  private Comparisons() {}

  /** The example, loaded once. */
  public static Gordian load(String example) {
    return LOADED.computeIfAbsent(example, e -> Gordian.load(Path.of("examples", e)));
  }

  /**
   * The options of the shared comparisons: with the space, a small one (up to 2 moves in up to 2
   * phases) so that eight scenarios stay quick; with the analyses or not.
   */
  public static RunOptions options(boolean space, boolean analyses) {
    RunOptions o = RunOptions.defaults().withAnalyses(analyses, 0);
    return space ? o.withBounds(2, 2) : o.withSpace(false);
  }

  /** Every scenario of the example against its baseline. */
  public static Comparison all(String example, boolean space, boolean analyses) {
    return MADE.computeIfAbsent(example + space + analyses, k -> Compare.scenarios(load(example),
        Compare.all(load(example)), options(space, analyses)));
  }
}
