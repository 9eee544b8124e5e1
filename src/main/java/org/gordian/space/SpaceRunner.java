package org.gordian.space;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.RunFailure;
import org.gordian.engine.DealJudge;

/**
 * Walks a deal space on several threads: one thread enumerates deals into chunks, worker threads
 * evaluate chunks (each with its own worker, such as a {@link DealJudge}), and the chunks' results
 * are handed back in enumeration order, so the outcome is the same whatever the thread count or
 * chunk size. Holds the walk to a {@link Deadline} and stops when the calling thread is interrupted.
 */
public final class SpaceRunner {
  private final int moves;
  private final int threads;
  private final int chunkSize;
  private final Deadline deadline;
  private volatile boolean stopped;

  /**
   * A runner over deals of this many moves.
   *
   * @param threads worker threads (at least 1)
   * @param chunkSize the most deals in one chunk
   * @param deadline when the walk must end
   */
  public SpaceRunner(int moves, int threads, int chunkSize, Deadline deadline) {
    this.moves = moves;
    this.threads = Math.max(1, threads);
    this.chunkSize = Math.max(1, chunkSize);
    this.deadline = deadline;
  }

  /** Chunks are never smaller than this, so that handing them out stays cheap beside evaluating them. */
  private static final int MIN_CHUNK = 256;

  private final class Chunk {
    final long[] present;
    final byte[] phases;
    int size;

    Chunk(int capacity) {
      present = new long[capacity];
      phases = new byte[capacity * moves];
    }
  }

  /**
   * The chunk size for a space of this many deals: at most the configured size, and small enough
   * that each thread gets about sixteen chunks, so that at the end no thread waits long for the
   * last chunk of another.
   */
  int chunkSizeFor(long total) {
    long even = total / (threads * 16L);
    return (int) Math.min(chunkSize, Math.max(MIN_CHUNK, even));
  }

  /** What a worker makes of one chunk of deals. */
  @FunctionalInterface
  public interface ChunkWork<W, T> {
    /** Evaluates the chunk's deals with this thread's worker. */
    T apply(W worker, ChunkDeals deals);
  }

  /** The deals of one chunk, in enumeration order. */
  public interface ChunkDeals {
    /** Hands each deal to the consumer (the phase array is reused); checks for stop and time limit. */
    void forEach(DealSpace.Sink each);
  }

  /**
   * Evaluates every deal of the space (or any stream of deals) on the worker threads, chunk by chunk, and hands each
   * chunk's result to {@code inOrder} on the calling thread in enumeration order.
   *
   * @param workers makes one worker per thread; each is closed when the walk ends
   * @throws RunFailure when the deadline passes
   * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
   */
  public <W extends AutoCloseable, T> void run(DealStream space, Progress progress,
      java.util.function.Supplier<? extends W> workers, ChunkWork<W, T> work, java.util.function.Consumer<T> inOrder) {
    long total = space.count();
    int n = moves;
    int size = chunkSizeFor(total);
    List<W> made = Collections.synchronizedList(new ArrayList<>());
    ThreadLocal<W> local = ThreadLocal.withInitial(() -> {
      W w = workers.get();
      made.add(w);
      return w;
    });
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "gordian-eval");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
    stopped = false;
    long[] done = {0};
    Chunk[] current = {new Chunk(size)};
    try {
      space.forEach((present, phase) -> {
        Chunk c = current[0];
        c.present[c.size] = present;
        System.arraycopy(phase, 0, c.phases, c.size * n, n);
        if (++c.size == size) {
          submit(pool, inFlight, c, local, work);
          current[0] = new Chunk(size);
          while (inFlight.size() > threads * 4) {
            inOrder.accept(take(inFlight));
            done[0] += size;
            progress.update(done[0], total);
            deadline.check();
          }
        }
        return !Thread.currentThread().isInterrupted();
      });
      if (current[0].size > 0) {
        submit(pool, inFlight, current[0], local, work);
      }
      while (!inFlight.isEmpty()) {
        inOrder.accept(take(inFlight));
        done[0] = Math.min(total, done[0] + size);
        progress.update(done[0], total);
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new java.util.concurrent.CancellationException("interrupted");
      }
    } finally {
      // Workers check this between deals, so none is inside the engine when sessions are closed.
      stopped = true;
      inFlight.forEach(f -> f.cancel(true));
      pool.shutdownNow();
      try {
        pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      made.forEach(SpaceRunner::close);
    }
  }

  private static void close(AutoCloseable worker) {
    try {
      worker.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private <W, T> void submit(ExecutorService pool, ArrayDeque<Future<T>> inFlight, Chunk c,
      ThreadLocal<W> local, ChunkWork<W, T> work) {
    int n = moves;
    inFlight.add(pool.submit(() -> work.apply(local.get(), each -> {
      byte[] phase = new byte[n];
      for (int i = 0; i < c.size; i++) {
        if ((i & 255) == 0) {
          if (stopped) {
            throw new java.util.concurrent.CancellationException("stopped");
          }
          deadline.check();
        }
        System.arraycopy(c.phases, i * n, phase, 0, n);
        each.accept(c.present[i], phase);
      }
    })));
  }

  private static <T> T take(ArrayDeque<Future<T>> inFlight) {
    try {
      return inFlight.poll().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GordianException g) {
        throw g;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
