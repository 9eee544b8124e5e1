package org.gordian.space;

/**
 * Deals handed out one at a time in a fixed order, such as a deal space or a list of deals built
 * by an analysis; what {@link SpaceRunner} walks.
 */
public interface DealStream {
  /** How many deals the stream holds. */
  long count();

  /** Hands each deal to the sink in the stream's order; stops early when the sink says so. */
  void forEach(DealSpace.Sink sink);
}
