package org.gordian.space;

/** Hears how far a long run has come; called from the thread running it. */
@FunctionalInterface
public interface Progress {
  /** Nothing is shown. */
  Progress NONE = (done, total) -> {};

  /** {@code done} of {@code total} deals are evaluated. */
  void update(long done, long total);
}
