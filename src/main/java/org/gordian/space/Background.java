package org.gordian.space;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * One piece of work started on a daemon thread of its own, whose result (or failure) is taken
 * later by the thread that needs it, as if it had done the work itself.
 *
 * @param <T> what the work returns
 */
public final class Background<T> {
  private final CompletableFuture<T> result = new CompletableFuture<>();

  private Background() {}

  /** Starts the work on a new daemon thread with this name. */
  public static <T> Background<T> start(String threadName, Supplier<T> work) {
    Background<T> b = new Background<>();
    Thread t = new Thread(() -> {
      try {
        b.result.complete(work.get());
      } catch (Throwable e) {
        b.result.completeExceptionally(e);
      }
    }, threadName);
    t.setDaemon(true);
    t.start();
    return b;
  }

  /** Waits for the work to end, however it ends. */
  public void await() {
    try {
      result.handle((r, e) -> null).join();
    } catch (RuntimeException e) {
      // the work's outcome is not wanted
    }
  }

  /**
   * Waits for the work and returns its result; a failure is thrown again as it was thrown on the
   * work's thread (runtime exceptions and errors unchanged).
   */
  public T join() {
    try {
      return result.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
