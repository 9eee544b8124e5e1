package org.gordian.space.whole;

import java.math.BigInteger;

/**
 * The feasible share of a space estimated from deals drawn uniformly at random (each deal of the space
 * equally likely, draws independent), reproducible from its seed: the fallback when no exact answer
 * can be given.
 *
 * @param scope the space sampled, in words
 * @param total the deals of the space, counted exactly
 * @param samples the deals drawn
 * @param seed the seed of the draws
 * @param feasible how many of the drawn deals no position vetoes
 * @param share feasible / samples
 * @param low the lower end of the 95% confidence interval of the share (Wilson score interval)
 * @param high its upper end
 */
public record SampledShare(String scope, BigInteger total, int samples, long seed, int feasible, double share,
    double low, double high) {

  /** The share with its Wilson score interval at 95%. */
  static SampledShare of(String scope, BigInteger total, int samples, long seed, int feasible) {
    double[] interval = wilson(feasible, samples);
    return samples == 0 ? new SampledShare(scope, total, 0, seed, 0, 0, 0, 1)
        : new SampledShare(scope, total, samples, seed, feasible, (double) feasible / samples, interval[0], interval[1]);
  }

  /** The Wilson score interval at 95% of {@code hits} in {@code n} independent draws, as {low, high}. */
  public static double[] wilson(long hits, long n) {
    if (n == 0) {
      return new double[] {0, 1};
    }
    double p = (double) hits / n;
    double z = 1.959963984540054;
    double denom = 1 + z * z / n;
    double centre = (p + z * z / (2.0 * n)) / denom;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }
}
