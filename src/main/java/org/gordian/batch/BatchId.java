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
 * @param files each file read with its digest ({@link BatchPlan#inputFiles}), to name the files two
 *     shards differ in; empty in an index written before shards carried them
 */
public record BatchId(List<String> runs, String inputs, java.util.Map<String, String> files) {
  public BatchId {
    runs = List.copyOf(runs);
    files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
  }

  /** An id without the files' digests, as older indexes have. */
  public BatchId(List<String> runs, String inputs) {
    this(runs, inputs, java.util.Map.of());
  }

  /** The id of a batch of these runs reading these files. */
  public static BatchId of(List<BatchRun> runs, java.util.Map<String, String> files) {
    return new BatchId(runs.stream().map(r -> r.caseFile().toString().replace('\\', '/') + "#" + r.scenarioId())
        .toList(), BatchPlan.digestOf(files), files);
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
      List<String> differ = new ArrayList<>();
      if (!files.isEmpty() && !other.files.isEmpty()) {
        Set<String> names = new LinkedHashSet<>(files.keySet());
        names.addAll(other.files.keySet());
        for (String n : names) {
          String mine = files.get(n);
          String theirs = other.files.get(n);
          if (mine == null || theirs == null) {
            differ.add(n + " (read by one shard only)");
          } else if (!mine.equals(theirs)) {
            differ.add(n + " (" + abbreviate(mine) + " against " + abbreviate(theirs) + ")");
          }
        }
      }
      return Optional.of("different case or rule files" + (differ.isEmpty() ? " (digest " + abbreviate(inputs)
          + " against " + abbreviate(other.inputs) + ")" : ": " + String.join("; ", differ)));
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
