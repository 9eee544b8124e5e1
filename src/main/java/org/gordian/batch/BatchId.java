package org.gordian.batch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What makes shards parts of one batch: the same runs in the same order (case and scenario) and
 * the same case and rule files. {@code gordian merge} refuses shards whose ids differ.
 *
 * @param runs each run of the whole batch as {@code caseFile#scenario}, in run order
 * @param inputs a digest of every case file and rule file the batch reads ({@code sha256:…})
 */
public record BatchId(List<String> runs, String inputs) {
  public BatchId {
    runs = List.copyOf(runs);
  }

  /** The id of a batch of these runs reading inputs with this digest. */
  public static BatchId of(List<BatchRun> runs, String inputs) {
    return new BatchId(runs.stream().map(r -> r.caseFile().toString().replace('\\', '/') + "#" + r.scenarioId())
        .toList(), inputs);
  }

  /** How this batch differs from another, in words, or empty when they are the same batch. */
  public Optional<String> difference(BatchId other) {
    if (!runs.equals(other.runs)) {
      Set<String> cases = cases(runs);
      Set<String> otherCases = cases(other.runs);
      if (!cases.equals(otherCases)) {
        List<String> only = new ArrayList<>(cases);
        only.removeAll(otherCases);
        List<String> otherOnly = new ArrayList<>(otherCases);
        otherOnly.removeAll(cases);
        return Optional.of("different cases: " + describe(only) + " on one side, " + describe(otherOnly)
            + " on the other");
      }
      if (runs.size() != other.runs.size()) {
        return Optional.of("different scenarios: " + runs.size() + " runs against " + other.runs.size());
      }
      for (int i = 0; i < runs.size(); i++) {
        if (!runs.get(i).equals(other.runs.get(i))) {
          return Optional.of("different scenarios: run " + (i + 1) + " is '" + runs.get(i) + "' against '"
              + other.runs.get(i) + "'");
        }
      }
    }
    if (!inputs.equals(other.inputs)) {
      return Optional.of("different case or rule files (digest " + abbreviate(inputs) + " against "
          + abbreviate(other.inputs) + ")");
    }
    return Optional.empty();
  }

  private static Set<String> cases(List<String> runs) {
    Set<String> out = new LinkedHashSet<>();
    runs.forEach(r -> out.add(r.substring(0, r.lastIndexOf('#'))));
    return out;
  }

  private static String describe(List<String> cases) {
    return cases.isEmpty() ? "none" : "'" + String.join("', '", cases) + "'";
  }

  private static String abbreviate(String digest) {
    return digest.length() > 19 ? digest.substring(0, 19) + "…" : digest;
  }
}
