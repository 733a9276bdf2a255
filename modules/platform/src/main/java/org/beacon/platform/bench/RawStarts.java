package org.beacon.platform.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's own ceiling for the harness to compare an API against: bare {@code
 * startProcessInstanceByKey} calls inside the server, on the same database and engine, each in a
 * transaction of its own as a request would have.
 */
@ApplicationScoped
public class RawStarts {

  @Resource ManagedThreadFactory threads;
  @Inject OneStart oneStart;

  /**
   * @param seconds wall-clock time from the first start to the last commit
   * @param perSecond committed starts per second
   */
  public record Result(
      String processDefinitionKey,
      int count,
      int threads,
      int failed,
      double seconds,
      double perSecond,
      String firstError) {}

  public Result run(
      String key, String prefix, Map<String, Object> variables, int count, int threadCount) {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    String[] firstError = new String[1];
    Runnable worker =
        () -> {
          for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
            try {
              oneStart.start(key, prefix + n, variables);
              done.incrementAndGet();
            } catch (RuntimeException e) {
              failed.incrementAndGet();
              synchronized (firstError) {
                if (firstError[0] == null) {
                  firstError[0] = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
              }
            }
          }
        };
    long start = System.nanoTime();
    if (threadCount == 1) {
      // On the request's own thread: one start per request (the harness's HTTP baseline) must not
      // pay for a new managed thread each time.
      worker.run();
    } else {
      runOn(threadCount, worker);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(
        key, count, threadCount, failed.get(), seconds, done.get() / seconds, firstError[0]);
  }

  private void runOn(int threadCount, Runnable worker) {
    ExecutorService pool = Executors.newFixedThreadPool(threadCount, threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threadCount; t++) {
        workers.add(pool.submit(worker));
      }
      for (Future<?> running : workers) {
        running.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
      try {
        pool.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
