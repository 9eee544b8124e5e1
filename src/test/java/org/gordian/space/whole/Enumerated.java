package org.gordian.space.whole;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.gordian.engine.DealJudge;
import org.gordian.engine.Engine;
import org.gordian.engine.Verdict;
import org.gordian.model.Bounds;
import org.gordian.space.DealSpace;

/**
 * The figures a whole-space answer gives, found the slow way: every deal of the space enumerated by
 * {@link DealSpace} and judged one by one.
 */
record Enumerated(BigInteger total, BigInteger feasible, List<BigInteger> vetoes, List<BigInteger> alone,
    List<String> neverFeasibleMoves, List<WholeSpaceAnswer.MovePair> neverFeasiblePairs) {

  /** Enumerates the space with the engine's own evaluator. */
  static Enumerated of(Engine engine, Bounds bounds) {
    try (DealJudge judge = engine.newEvaluator()) {
      return of(engine, bounds, judge);
    }
  }

  /** Enumerates the space with the given judge. */
  static Enumerated of(Engine engine, Bounds bounds, DealJudge judge) {
    int np = engine.positions().size();
    int n = engine.table().size();
    long[] vetoes = new long[np];
    long[] alone = new long[np];
    long[] counts = new long[2];
    long[] feasibleWith = new long[n];
    boolean[][] pair = new boolean[n][n];
    new DealSpace(engine.table(), bounds).forEach((present, phase) -> {
      Verdict v = judge.evaluate(present, phase);
      counts[0]++;
      int[] vp = v.vetoPositions();
      for (int p : vp) {
        vetoes[p]++;
      }
      if (vp.length == 1) {
        alone[vp[0]]++;
      }
      if (v.feasible()) {
        counts[1]++;
        for (long a = present; a != 0; a &= a - 1) {
          int i = Long.numberOfTrailingZeros(a);
          feasibleWith[i]++;
          for (long b = present; b != 0; b &= b - 1) {
            pair[i][Long.numberOfTrailingZeros(b)] = true;
          }
        }
      }
      return true;
    });
    List<Integer> allowed = bounds.moves().stream().map(engine.table()::indexOf).filter(i -> i >= 0).sorted()
        .distinct().toList();
    List<String> never = new ArrayList<>();
    List<WholeSpaceAnswer.MovePair> pairs = new ArrayList<>();
    for (int i : allowed) {
      if (feasibleWith[i] == 0) {
        never.add(engine.table().moves().get(i).getId());
        continue;
      }
      for (int j : allowed) {
        if (j < i && feasibleWith[j] > 0 && !pair[j][i]) {
          pairs.add(new WholeSpaceAnswer.MovePair(engine.table().moves().get(j).getId(),
              engine.table().moves().get(i).getId()));
        }
      }
    }
    return new Enumerated(BigInteger.valueOf(counts[0]), BigInteger.valueOf(counts[1]), big(vetoes), big(alone), never,
        pairs);
  }

  private static List<BigInteger> big(long[] xs) {
    List<BigInteger> out = new ArrayList<>();
    for (long x : xs) {
      out.add(BigInteger.valueOf(x));
    }
    return out;
  }

  /** Whether a whole-space answer gives exactly these figures. */
  void assertAgrees(WholeSpaceAnswer a) {
    org.assertj.core.api.Assertions.assertThat(a.defeated()).as("defeated").isNull();
    org.assertj.core.api.Assertions.assertThat(a.total()).as("total deals").isEqualTo(total);
    org.assertj.core.api.Assertions.assertThat(a.feasible()).as("feasible deals").isEqualTo(feasible);
    org.assertj.core.api.Assertions.assertThat(a.positions()).extracting(WholeSpaceAnswer.PositionCount::vetoes)
        .as("vetoes per position").isEqualTo(vetoes);
    org.assertj.core.api.Assertions.assertThat(a.positions()).extracting(WholeSpaceAnswer.PositionCount::alone)
        .as("sole vetoes per position").isEqualTo(alone);
    org.assertj.core.api.Assertions.assertThat(a.neverFeasibleMoves()).as("moves never feasible")
        .isEqualTo(neverFeasibleMoves);
    org.assertj.core.api.Assertions.assertThat(a.neverFeasiblePairs()).as("pairs never feasible together")
        .isEqualTo(neverFeasiblePairs);
  }
}
