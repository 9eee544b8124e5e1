package org.gordian.batch;

import org.gordian.diag.Message;

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
      throw new IllegalArgumentException(Message.SHARD_OUT_OF_RANGE.say(index, count));
    }
  }

  /** Parses {@code i/n}; throws IllegalArgumentException with a readable message otherwise. */
  public static Shard parse(String text) {
    String[] parts = text.trim().split("/");
    if (parts.length != 2 || !parts[0].matches("\\d{1,6}") || !parts[1].matches("\\d{1,6}")) {
      throw new IllegalArgumentException(Message.SHARD_NOT_WRITTEN_I_N.say(text));
    }
    return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  /** The variable that gives the shard count to a Kubernetes Indexed Job, which has none of its own. */
  public static final String COUNT_VARIABLE = "GORDIAN_SHARD_COUNT";

  /**
   * This task's shard in a job array, from the environment the scheduler gives it:
   *
   * <ul>
   *   <li>Slurm ({@code sbatch --array=1-8}): {@code SLURM_ARRAY_TASK_ID}, counted from
   *       {@code SLURM_ARRAY_TASK_MIN} (0 when not set) in steps of {@code SLURM_ARRAY_TASK_STEP}
   *       (1 when not set), of {@code SLURM_ARRAY_TASK_COUNT} tasks;
   *   <li>Kubernetes Indexed Jobs: {@code JOB_COMPLETION_INDEX} (from 0), of {@code countGiven}
   *       shards, else of {@value #COUNT_VARIABLE}.
   * </ul>
   *
   * @param countGiven the count given by the user, or null; where
   *     the scheduler gives a count too, they must agree
   * @throws IllegalArgumentException naming the variables read and what is wrong with them
   */
  public static Shard fromEnvironment(java.util.Map<String, String> env, Integer countGiven) {
    String slurm = env.get("SLURM_ARRAY_TASK_ID");
    if (slurm != null) {
      long id = number(env, "SLURM_ARRAY_TASK_ID", 0);
      long min = env.containsKey("SLURM_ARRAY_TASK_MIN") ? number(env, "SLURM_ARRAY_TASK_MIN", 0) : 0;
      long step = env.containsKey("SLURM_ARRAY_TASK_STEP") ? number(env, "SLURM_ARRAY_TASK_STEP", 1) : 1;
      if (!env.containsKey("SLURM_ARRAY_TASK_COUNT") && countGiven == null) {
        throw new IllegalArgumentException(Message.SLURM_COUNT_MISSING.say());
      }
      long count = env.containsKey("SLURM_ARRAY_TASK_COUNT") ? number(env, "SLURM_ARRAY_TASK_COUNT", 1) : countGiven;
      agree(count, countGiven, "SLURM_ARRAY_TASK_COUNT");
      if (id < min || (id - min) % step != 0) {
        throw new IllegalArgumentException(Message.SLURM_TASK_NOT_IN_ARRAY.say(id, min, (min + step), min, step));
      }
      long index = (id - min) / step + 1;
      if (index > count) {
        throw new IllegalArgumentException(Message.SLURM_ARRAY_WITH_GAPS.say(id, index, count));
      }
      return new Shard((int) index, (int) count);
    }
    String k8s = env.get("JOB_COMPLETION_INDEX");
    if (k8s != null) {
      long index = number(env, "JOB_COMPLETION_INDEX", 0);
      Long count = countGiven != null ? Long.valueOf(countGiven)
          : env.containsKey(COUNT_VARIABLE) ? Long.valueOf(number(env, COUNT_VARIABLE, 1)) : null;
      if (count == null) {
        throw new IllegalArgumentException(Message.JOB_INDEX_WITHOUT_COUNT.say(COUNT_VARIABLE));
      }
      if (countGiven != null && env.containsKey(COUNT_VARIABLE)) {
        agree(number(env, COUNT_VARIABLE, 1), countGiven, COUNT_VARIABLE);
      }
      if (index >= count) {
        throw new IllegalArgumentException(Message.JOB_INDEX_BEYOND_COUNT.say(index, count));
      }
      return new Shard((int) index + 1, (int) (long) count);
    }
    throw new IllegalArgumentException(Message.NO_JOB_ARRAY.say(COUNT_VARIABLE));
  }

  private static long number(java.util.Map<String, String> env, String name, long least) {
    String v = env.get(name);
    if (v == null || !v.trim().matches("\\d{1,6}") || Long.parseLong(v.trim()) < least) {
      throw new IllegalArgumentException(Message.VARIABLE_NOT_A_COUNT.say(name, least, v));
    }
    return Long.parseLong(v.trim());
  }

  private static void agree(long count, Integer given, String variable) {
    if (given != null && given != count) {
      throw new IllegalArgumentException(Message.SHARD_COUNT_DISAGREES.say(given, variable, count));
    }
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
