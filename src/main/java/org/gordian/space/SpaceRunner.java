package org.gordian.space;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gordian.analysis.SpaceTally;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.RunFailure;
import org.gordian.engine.Engine;
import org.gordian.engine.DealJudge;

/**
 * Evaluates a deal space on several threads: one thread enumerates deals into chunks, worker
 * threads evaluate chunks (each through its own {@link Evaluator}), and chunk tallies are merged
 * in enumeration order, so the result is the same whatever the thread count or chunk size.
 */
public final class SpaceRunner {
  private final Engine engine;
  private final int threads;
  private final int chunkSize;
  private final int keepFeasible;
  private final int keepNearMisses;
  private final long timeLimitMillis;
  private volatile boolean stopped;
  private volatile long started;

  /**
   * A runner.
   *
   * @param timeLimitMillis the longest the run may take, 0 for no limit
   */
  public SpaceRunner(Engine engine, int threads, int chunkSize, int keepFeasible, int keepNearMisses,
      long timeLimitMillis) {
    this.engine = engine;
    this.threads = Math.max(1, threads);
    this.chunkSize = Math.max(1, chunkSize);
    this.keepFeasible = keepFeasible;
    this.keepNearMisses = keepNearMisses;
    this.timeLimitMillis = timeLimitMillis;
  }

  /** Chunks are never smaller than this, so that handing them out stays cheap beside evaluating them. */
  private static final int MIN_CHUNK = 256;

  private final class Chunk {
    final long[] present;
    final byte[] phases;
    int size;

    Chunk(int capacity) {
      present = new long[capacity];
      phases = new byte[capacity * engine.table().size()];
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

  /**
   * Evaluates every deal of the space with the engine's judges for a space of its size (see
   * {@link Engine#judgesFor}) and returns the merged tally.
   */
  public SpaceTally run(DealSpace space, Progress progress) {
    return run(space, progress, engine.judgesFor(space.count()));
  }

  /**
   * Evaluates every deal of the space with judges from the given factory (one per thread; the
   * engine's by default, other judges for benchmarks) and returns the merged tally.
   */
  public SpaceTally run(DealSpace space, Progress progress, java.util.function.Supplier<? extends DealJudge> judges) {
    int positions = engine.positions().size();
    SpaceTally tally = new SpaceTally(engine.table(), positions, keepFeasible, keepNearMisses);
    run(space, progress, judges, (judge, deals) -> {
      SpaceTally t = new SpaceTally(engine.table(), positions, keepFeasible, keepNearMisses);
      deals.forEach((present, phase) -> {
        t.add(present, phase, judge.evaluate(present, phase));
        return true;
      });
      return t;
    }, tally::merge);
    return tally;
  }

  /** What a worker makes of one chunk of deals. */
  @FunctionalInterface
  public interface ChunkWork<T> {
    /** Evaluates the chunk's deals with this thread's judge. */
    T apply(DealJudge judge, ChunkDeals deals);
  }

  /** The deals of one chunk, in enumeration order. */
  public interface ChunkDeals {
    /** Hands each deal to the consumer (the phase array is reused); checks for stop and time limit. */
    void forEach(DealSpace.Sink each);
  }

  /**
   * Evaluates every deal of the space on the worker threads, chunk by chunk, and hands each
   * chunk's result to {@code inOrder} on the calling thread in enumeration order.
   */
  public <T> void run(DealSpace space, Progress progress, java.util.function.Supplier<? extends DealJudge> judges,
      ChunkWork<T> work, java.util.function.Consumer<T> inOrder) {
    long total = space.count();
    int n = engine.table().size();
    int size = chunkSizeFor(total);
    List<DealJudge> evaluators = Collections.synchronizedList(new ArrayList<>());
    ThreadLocal<DealJudge> local = ThreadLocal.withInitial(() -> {
      DealJudge e = judges.get();
      evaluators.add(e);
      return e;
    });
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "gordian-eval");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
    long start = System.currentTimeMillis();
    started = start;
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
            checkTime(start);
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
      evaluators.forEach(DealJudge::close);
    }
  }

  private void checkTime(long start) {
    if (timeLimitMillis > 0 && System.currentTimeMillis() - start > timeLimitMillis) {
      throw new RunFailure(Diagnostic.error(null, 0, 0, "the run took longer than its time limit of "
          + timeLimitMillis / 1000.0 + " s; raise it with --time-limit or narrow the bounds"));
    }
  }

  private <T> void submit(ExecutorService pool, ArrayDeque<Future<T>> inFlight, Chunk c,
      ThreadLocal<DealJudge> local, ChunkWork<T> work) {
    int n = engine.table().size();
    inFlight.add(pool.submit(() -> work.apply(local.get(), each -> {
      byte[] phase = new byte[n];
      for (int i = 0; i < c.size; i++) {
        if ((i & 255) == 0) {
          if (stopped) {
            throw new java.util.concurrent.CancellationException("stopped");
          }
          checkTime(started);
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
