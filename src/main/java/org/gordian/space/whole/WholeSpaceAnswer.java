package org.gordian.space.whole;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.gordian.model.PositionRef;

/**
 * Exact answers over every deal of a space, counted without enumerating the deals: how many there
 * are, how many are feasible, what each position blocks, which moves and pairs of moves no feasible
 * deal holds, and the best feasible deals by concern weight. When the method cannot answer exactly
 * ({@link #defeated} is not null) every figure is empty and the reason says why in plain words.
 *
 * @param scope the space answered, in words (moves, size, phases, required moves, party limits)
 * @param defeated null when the answer is exact; else why it could not be given
 * @param total the deals of the space
 * @param feasible the deals no position vetoes
 * @param positions per position of the rules, in the run's order
 * @param neverFeasibleMoves moves no feasible deal of the space holds, in case order
 * @param neverFeasiblePairs pairs of moves, each held by some feasible deal, that no feasible deal
 *     holds together, in any phases
 * @param pairNote how the pairs were established, in words
 * @param best the best feasible deals by the sum of all concern weights, highest first
 * @param stats what the answer took
 */
public record WholeSpaceAnswer(
    String scope,
    String defeated,
    BigInteger total,
    BigInteger feasible,
    List<PositionCount> positions,
    List<String> neverFeasibleMoves,
    List<MovePair> neverFeasiblePairs,
    String pairNote,
    List<BestDeal> best,
    Stats stats) {

  /** Whether the figures are exact (the method was not defeated). */
  public boolean exact() {
    return defeated == null;
  }

  /**
   * What one position blocks.
   *
   * @param vetoes the deals it vetoes
   * @param alone the deals it alone vetoes: the deals every other position accepts that it blocks
   * @param acceptedByOthers the deals every other position accepts (feasible ones included)
   */
  public record PositionCount(PositionRef position, BigInteger vetoes, BigInteger alone, BigInteger acceptedByOthers) {}

  /** Two moves, in case order. */
  public record MovePair(String first, String second) {
    @Override
    public String toString() {
      return first + " × " + second;
    }
  }

  /**
   * A feasible deal among the best by concern weight.
   *
   * @param moves the witness deal: move id to phase, in case order
   * @param concernTotal the sum of all concern weights of its verdict
   * @param alike how many deals of the space answer every question the rules asked as it does (and so
   *     share its verdict)
   */
  public record BestDeal(String id, Map<String, Integer> moves, double concernTotal, BigInteger alike) {}

  /**
   * What the answer took.
   *
   * @param rounds sweeps over the moves (each after the questions grew)
   * @param questions distinct questions the rules asked
   * @param states states of the last sweep, summed over its layers
   * @param patterns distinct answer patterns: the last sweep's final states
   * @param paths distinct paths through the rules (question-and-answer sequences) recorded
   * @param engineCalls deals the rules were fired on
   * @param millis wall time
   */
  public record Stats(int rounds, int questions, long states, long patterns, long paths, long engineCalls,
      long millis) {}

  static WholeSpaceAnswer defeated(String scope, String reason, Stats stats) {
    return new WholeSpaceAnswer(scope, reason, null, null, List.of(), List.of(), List.of(), null, List.of(), stats);
  }
}
