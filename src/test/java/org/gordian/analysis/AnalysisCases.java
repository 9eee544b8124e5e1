package org.gordian.analysis;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.gordian.Gordian;
import org.gordian.RunOptions;

/** The hand-made analysis cases under {@code src/test/resources/analysis/}, each run once per test JVM. */
final class AnalysisCases {
  private static final Map<String, RunResult> RESULTS = new HashMap<>();

  private AnalysisCases() {}

  /** The full run (space and analyses) of the case in this folder. */
  static synchronized RunResult run(String name) {
    return RESULTS.computeIfAbsent(name, n -> Gordian.load(Path.of("src/test/resources/analysis", n))
        .run(RunOptions.defaults().withThreads(1, 64)));
  }
}
