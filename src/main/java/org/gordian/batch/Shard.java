package org.gordian.batch;

/**
 * One part of a batch split {@code count} ways, numbered from 1 as cluster job arrays number their
 * tasks ({@code --shard 2/4}). Run {@code k} (0-based) belongs to shard {@code k % count + 1}, so
 * shards get runs in turn and every run belongs to exactly one shard.
 */
public record Shard(int index, int count) {
  /** The whole batch as one shard. */
  public static final Shard ALL = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("a shard is i/n with 1 <= i <= n, found " + index + "/" + count);
    }
  }

  /** Parses {@code i/n}; throws IllegalArgumentException with a readable message otherwise. */
  public static Shard parse(String text) {
    String[] parts = text.trim().split("/");
    if (parts.length != 2 || !parts[0].matches("\\d{1,6}") || !parts[1].matches("\\d{1,6}")) {
      throw new IllegalArgumentException("a shard is written i/n, such as 2/4; found '" + text + "'");
    }
    return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  /** Whether run {@code ordinal} belongs to this shard. */
  public boolean owns(int ordinal) {
    return ordinal % count == index - 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
