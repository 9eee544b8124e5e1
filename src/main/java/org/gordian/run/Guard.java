package org.gordian.run;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.gordian.diag.GordianException;
import org.gordian.diag.RunFailure;
import org.gordian.engine.Activity;
import org.gordian.space.Deadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a whole piece of work (a run, a comparison, a test, a check) to its deadline, even when a
 * rule will not stop. With a deadline, the work runs on a thread of its own; when the deadline
 * passes, that thread is interrupted, and a thread that does not end soon after (a rule looping on
 * the processor, or swallowing interrupts) is stopped and, failing that, left behind, while the
 * caller gets a {@link RunFailure} naming the limit and the rule and deal that held it up.
 */
public final class Guard {
  private static final Logger LOG = LoggerFactory.getLogger(Guard.class);
  /** How long an interrupted run has to end on its own. */
  private static final long GRACE_MILLIS = 1_000;

  private Guard() {}

  /**
   * The work's result.
   *
   * @throws RunFailure when the deadline passes first
   * @throws GordianException and any other exception the work throws, as it threw it
   */
  public static <T> T within(Deadline deadline, Supplier<T> work) {
    if (deadline.limitMillis() <= 0) {
      return work.get();
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread worker = new Thread(() -> {
      try {
        result.complete(work.get());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    }, "gordian-run");
    worker.setDaemon(true);
    worker.start();
    try {
      return result.get(deadline.remainingMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      List<Activity.Busy> busy = Activity.busy();
      worker.interrupt();
      busy.forEach(b -> b.thread().interrupt());
      boolean ended = awaitEnd(worker);
      if (!ended) {
        // Rules that ignore interrupts hold up their threads, and the run waits for them.
        for (Activity.Busy b : Activity.busy()) {
          stop(b.thread());
        }
        stop(worker);
        ended = awaitEnd(worker);
      }
      String detail = busy.isEmpty() ? ""
          : " (still running: " + String.join("; ", busy.stream().map(Activity.Busy::what).toList()) + ")";
      if (!ended) {
        LOG.warn("A run past its time limit did not stop; its thread is left running");
        detail += "; the rule did not stop when asked, and its thread was left running";
      }
      throw deadline.overrun(detail);
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (deadline.passed() && (cause instanceof CancellationException || cause instanceof RunFailure)) {
        // The work noticed the deadline itself (between deals or chunks): the limit speaks.
        throw deadline.overrun("");
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static boolean awaitEnd(Thread worker) {
    try {
      worker.join(GRACE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !worker.isAlive();
  }

  /**
   * Stops a thread that ignored its interrupt. {@code Thread.stop} works on Java 17, where it throws
   * {@code ThreadDeath} into the thread; later Java versions refuse it, and the thread is left behind.
   */
  @SuppressWarnings({"deprecation", "removal"})
  private static void stop(Thread worker) {
    try {
      worker.stop();
    } catch (UnsupportedOperationException | SecurityException e) {
      LOG.debug("Cannot stop thread {}: {}", worker.getName(), e.toString());
    }
  }
}
