package org.gordian.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The results of a batch or of one shard of it: one entry per run, in run order.
 *
 * @param runs how many runs the whole batch has
 * @param shard the shard these entries are, or null for a whole batch (run whole or merged)
 */
public record BatchIndex(int runs, Shard shard, List<BatchEntry> entries) {
  public BatchIndex {
    entries = entries.stream().sorted(Comparator.comparingInt(BatchEntry::ordinal)).toList();
  }

  /** How many runs failed. */
  public long failed() {
    return entries.stream().filter(e -> !e.ok()).count();
  }

  /**
   * Combines shard indexes into the index of the whole batch.
   *
   * @throws IllegalArgumentException naming what is missing or inconsistent
   */
  public static BatchIndex merge(List<BatchIndex> shards) {
    if (shards.isEmpty()) {
      throw new IllegalArgumentException("no shard index to merge");
    }
    int runs = shards.get(0).runs();
    int count = shards.get(0).shard() == null ? 1 : shards.get(0).shard().count();
    boolean[] seenShard = new boolean[count + 1];
    List<BatchEntry> all = new ArrayList<>();
    for (BatchIndex s : shards) {
      int c = s.shard() == null ? 1 : s.shard().count();
      if (s.runs() != runs || c != count) {
        throw new IllegalArgumentException("shard indexes come from different batches: " + runs + " runs in "
            + count + " shards, and " + s.runs() + " runs in " + c + " shards");
      }
      int i = s.shard() == null ? 1 : s.shard().index();
      if (seenShard[i]) {
        throw new IllegalArgumentException("shard " + i + "/" + count + " is given twice");
      }
      seenShard[i] = true;
      all.addAll(s.entries());
    }
    List<String> missing = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      if (!seenShard[i]) {
        missing.add(i + "/" + count);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("missing shard " + String.join(", ", missing));
    }
    boolean[] seenRun = new boolean[runs];
    for (BatchEntry e : all) {
      if (e.ordinal() < 0 || e.ordinal() >= runs || seenRun[e.ordinal()]) {
        throw new IllegalArgumentException("run " + e.ordinal() + " appears twice or is out of range");
      }
      seenRun[e.ordinal()] = true;
    }
    if (all.size() != runs) {
      throw new IllegalArgumentException("the shards hold " + all.size() + " of " + runs + " runs");
    }
    return new BatchIndex(runs, null, all);
  }
}
