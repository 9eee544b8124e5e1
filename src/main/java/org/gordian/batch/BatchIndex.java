package org.gordian.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gordian.diag.Message;

/**
 * The results of a batch or of one shard of it: one entry per run, in run order.
 *
 * @param runs how many runs the whole batch has
 * @param shard the shard these entries are, or null for a whole batch (run whole or merged)
 * @param id what the batch ran, to tell shards of one batch from others; null in an index written
 *     before batches carried one
 */
public record BatchIndex(int runs, Shard shard, BatchId id, List<BatchEntry> entries) {
  public BatchIndex {
    entries = entries.stream().sorted(Comparator.comparingInt(BatchEntry::ordinal)).toList();
  }

  /** The baseline run of the entry's case, when the batch holds it. */
  public Optional<BatchEntry> baselineOf(BatchEntry e) {
    return entries.stream().filter(b -> b.baseline() && b.caseFile().equals(e.caseFile())).findFirst();
  }

  /**
   * The listed deals whose verdict under the entry's scenario differs from the case's baseline: empty
   * for a baseline; absent when that cannot be said (the run or its baseline failed, was not run, or
   * its index predates recorded verdicts).
   */
  public Optional<List<Flip>> flips(BatchEntry e) {
    if (!e.ok() || e.verdicts() == null) {
      return Optional.empty();
    }
    if (e.baseline()) {
      return Optional.of(List.of());
    }
    return baselineOf(e).filter(b -> b.ok() && b.verdicts() != null).map(b -> Flip.between(b.verdicts(),
        e.verdicts()));
  }

  /** How many runs failed. */
  public long failed() {
    return entries.stream().filter(e -> !e.ok()).count();
  }

  /**
   * Combines shard indexes into the index of the whole batch.
   *
   * @param names how to name each shard in a message (its folder), in the order of {@code shards}
   * @throws IllegalArgumentException naming the shard and what is missing or inconsistent
   */
  public static BatchIndex merge(List<BatchIndex> shards, List<String> names) {
    if (shards.isEmpty()) {
      throw new IllegalArgumentException(Message.MERGE_NOTHING.say());
    }
    BatchIndex first = shards.get(0);
    int runs = first.runs();
    int count = first.shard() == null ? 1 : first.shard().count();
    boolean[] seenShard = new boolean[count + 1];
    List<BatchEntry> all = new ArrayList<>();
    for (int k = 0; k < shards.size(); k++) {
      BatchIndex s = shards.get(k);
      if (s.id() == null) {
        throw new IllegalArgumentException(Message.SHARD_WITHOUT_BATCH_ID.say(names.get(k)));
      }
      var difference = first.id().difference(s.id());
      if (difference.isPresent()) {
        throw new IllegalArgumentException(Message.SHARD_OTHER_BATCH.say(names.get(k), names.get(0),
            difference.get()));
      }
      int c = s.shard() == null ? 1 : s.shard().count();
      if (s.runs() != runs || c != count) {
        throw new IllegalArgumentException(Message.SHARD_OTHER_BATCH_SIZE.say(names.get(k), names.get(0), runs,
            count, s.runs(), c));
      }
      int i = s.shard() == null ? 1 : s.shard().index();
      if (seenShard[i]) {
        throw new IllegalArgumentException(Message.SHARD_GIVEN_TWICE.say(i, count));
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
      throw new IllegalArgumentException(Message.SHARDS_MISSING.say(String.join(", ", missing)));
    }
    boolean[] seenRun = new boolean[runs];
    for (BatchEntry e : all) {
      if (e.ordinal() < 0 || e.ordinal() >= runs || seenRun[e.ordinal()]) {
        throw new IllegalArgumentException(Message.SHARD_RUN_TWICE.say(e.ordinal()));
      }
      seenRun[e.ordinal()] = true;
    }
    if (all.size() != runs) {
      throw new IllegalArgumentException(Message.SHARDS_RUNS_MISSING.say(all.size(), runs));
    }
    return new BatchIndex(runs, null, first.id(), all);
  }
}
