package org.gordian.analysis;

import org.gordian.engine.Engine;
import org.gordian.model.Bounds;
import org.gordian.space.whole.Budget;
import org.gordian.space.whole.SampledShare;
import org.gordian.space.whole.WholeSpace;
import org.gordian.space.whole.WholeSpaceAnswer;

/**
 * What holds over every deal of the case up to its phase limit, of any size: the exact answer, or,
 * when the rules defeat the exact method, the reason and a seeded sample's estimate of the feasible
 * share with its 95% interval.
 *
 * @param answer the exact answer, or the reason it could not be given
 * @param sample the sample's estimate when the answer was defeated, else null
 */
public record WholeSpaceFindings(WholeSpaceAnswer answer, SampledShare sample) {

  /** How many deals the fallback sample draws. */
  public static final int SAMPLES = 10_000;
  /** The fallback sample's seed, fixed so that a report can be reproduced. */
  public static final long SEED = 20_190_228L;

  /** Answers over every deal within the bounds' phase limit, whatever their size. */
  public static WholeSpaceFindings of(Engine engine, Bounds bounds) {
    Bounds whole = WholeSpace.whole(bounds);
    WholeSpaceAnswer answer = WholeSpace.answer(engine, whole, Budget.DEFAULT);
    return new WholeSpaceFindings(answer, answer.exact() ? null : WholeSpace.sample(engine, whole, SAMPLES, SEED));
  }

  /** Whether the answer is exact. */
  public boolean exact() {
    return answer.exact();
  }

  /**
   * Whether no feasible deal of the case holds both moves (exact answers only): one of them is never
   * feasible, or the pair is never feasible together.
   */
  public boolean neverTogether(String a, String b) {
    return answer.neverFeasibleMoves().contains(a) || answer.neverFeasibleMoves().contains(b)
        || answer.neverFeasiblePairs().stream().anyMatch(p -> p.first().equals(a) && p.second().equals(b)
            || p.first().equals(b) && p.second().equals(a));
  }
}
