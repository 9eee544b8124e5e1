package org.gordian.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A job array's task finds its shard in the environment its scheduler gives it. */
class ShardFromEnvironmentTest {
  @Test
  void slurmArraysNumberedFromOneGiveShardsFromOne() {
    // sbatch --array=1-4
    Map<String, String> env = Map.of("SLURM_ARRAY_TASK_ID", "3", "SLURM_ARRAY_TASK_MIN", "1",
        "SLURM_ARRAY_TASK_COUNT", "4");
    assertThat(Shard.fromEnvironment(env, null)).isEqualTo(new Shard(3, 4));
  }

  @Test
  void slurmArraysNumberedFromZeroOrInStepsMapOntoEveryShardOnce() {
    for (int id = 0; id < 4; id++) {
      assertThat(Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "" + id, "SLURM_ARRAY_TASK_MIN", "0",
          "SLURM_ARRAY_TASK_COUNT", "4"), null)).isEqualTo(new Shard(id + 1, 4));
    }
    // sbatch --array=10-40:10
    assertThat(Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "30", "SLURM_ARRAY_TASK_MIN", "10",
        "SLURM_ARRAY_TASK_STEP", "10", "SLURM_ARRAY_TASK_COUNT", "4"), null)).isEqualTo(new Shard(3, 4));
    // Without SLURM_ARRAY_TASK_MIN, ids count from 0.
    assertThat(Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "0", "SLURM_ARRAY_TASK_COUNT", "2"), null))
        .isEqualTo(new Shard(1, 2));
  }

  @Test
  void aSlurmArrayWithGapsIsRefusedSayingWhy() {
    // sbatch --array=1,5,9: ids 1..9, 3 tasks
    assertThatThrownBy(() -> Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "9", "SLURM_ARRAY_TASK_MIN", "1",
        "SLURM_ARRAY_TASK_COUNT", "3"), null)).hasMessageContaining("task 9 of an array of 3")
        .hasMessageContaining("gaps");
  }

  @Test
  void kubernetesIndexedJobsTakeTheCountFromTheOptionOrTheVariable() {
    assertThat(Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "0"), 3)).isEqualTo(new Shard(1, 3));
    assertThat(Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "2", Shard.COUNT_VARIABLE, "3"), null))
        .isEqualTo(new Shard(3, 3));
    assertThatThrownBy(() -> Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "2"), null))
        .hasMessageContaining("set the variable " + Shard.COUNT_VARIABLE);
    assertThatThrownBy(() -> Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "3"), 3))
        .hasMessageContaining("not below the shard count 3");
  }

  @Test
  void countsThatDisagreeOrAreNotNumbersAreRefused() {
    assertThatThrownBy(() -> Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_COUNT", "4"),
        5)).hasMessage("the shard count given, 5, disagrees with SLURM_ARRAY_TASK_COUNT 4");
    assertThatThrownBy(() -> Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "one", "SLURM_ARRAY_TASK_COUNT",
        "4"), null)).hasMessageContaining("SLURM_ARRAY_TASK_ID must be a whole number").hasMessageContaining("'one'");
  }

  @Test
  void noJobArrayInTheEnvironmentNamesTheVariablesLookedFor() {
    assertThatThrownBy(() -> Shard.fromEnvironment(Map.of(), null)).hasMessageContaining("SLURM_ARRAY_TASK_ID")
        .hasMessageContaining("JOB_COMPLETION_INDEX");
  }
}
