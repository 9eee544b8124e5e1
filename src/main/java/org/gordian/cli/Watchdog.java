package org.gordian.cli;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.RunFailure;

/**
 * Holds a whole run to its {@code --time-limit}, listed deals included: when the limit passes,
 * the running thread is interrupted (the deal space stops at its next chunk) and the run ends as
 * a {@link RunFailure} naming the limit. A backstop for rules so slow that the space runner's own
 * check, made between chunks, comes too late.
 */
final class Watchdog {
  private Watchdog() {}

  /** Runs the work under a time limit in milliseconds (0 for none). */
  static <T> T within(long limitMillis, Supplier<T> work) {
    if (limitMillis <= 0) {
      return work.get();
    }
    Thread caller = Thread.currentThread();
    AtomicBoolean expired = new AtomicBoolean();
    Object lock = new Object();
    boolean[] finished = {false};
    Thread timer = new Thread(() -> {
      try {
        Thread.sleep(limitMillis);
      } catch (InterruptedException e) {
        return;
      }
      synchronized (lock) {
        if (!finished[0]) {
          expired.set(true);
          caller.interrupt();
        }
      }
    }, "gordian-time-limit");
    timer.setDaemon(true);
    timer.start();
    try {
      T result = work.get();
      if (expired.get()) {
        throw overrun(limitMillis);
      }
      return result;
    } catch (CancellationException | RunFailure e) {
      if (expired.get()) {
        throw overrun(limitMillis);
      }
      throw e;
    } catch (RuntimeException e) {
      // Interrupting a run can also surface from inside Drools (a session disposed while a worker
      // still fires); once the limit has passed, that is the time limit speaking.
      if (expired.get()) {
        RunFailure f = overrun(limitMillis);
        f.addSuppressed(e);
        throw f;
      }
      throw e;
    } finally {
      synchronized (lock) {
        finished[0] = true;
      }
      timer.interrupt();
      if (expired.get()) {
        Thread.interrupted();
      }
    }
  }

  private static RunFailure overrun(long limitMillis) {
    return new RunFailure(Diagnostic.error(null, 0, 0, "the run took longer than its time limit of "
        + limitMillis / 1000.0 + " s; raise it with --time-limit or narrow the bounds"));
  }
}
