package org.beacon.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load: {@code users} threads, each with its own client, share {@code total} requests
 * and send the next as soon as the previous answered (plus an optional think time).
 */
final class Load {

  /** One user's request; answers its HTTP status. */
  @FunctionalInterface
  interface Request {
    int send(int user, int n) throws Exception;
  }

  /**
   * @param latency microseconds per request
   */
  record Outcome(int requests, int failed, double seconds, Histogram latency, String firstFailure) {

    double perSecond() {
      return (requests - failed) / seconds;
    }

    double millis(double percentile) {
      return latency.getValueAtPercentile(percentile) / 1000.0;
    }
  }

  private Load() {}

  /** Sleeps; false when interrupted. */
  private static boolean pause(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static Outcome run(int users, int total, int thinkMillis, Request request)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    List<Histogram> histograms = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(users);
    long begin = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        int user = u;
        Histogram histogram = new Histogram(3_600_000_000L, 3);
        histograms.add(histogram);
        workers.add(
            pool.submit(
                () -> {
                  // Paced users are independent people: each starts at its own moment within the
                  // first think time and then pauses a random 0.5 to 1.5 think times (seeded per
                  // user). Started together with fixed pauses they would stay in step and arrive
                  // as one burst of every user each period, which no school's staff does.
                  Random pauses = new Random(user);
                  if (thinkMillis > 0 && !pause((long) user * thinkMillis / users)) {
                    return;
                  }
                  for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    int status;
                    String failure = null;
                    try {
                      status = request.send(user, n);
                      if (status / 100 != 2) {
                        failure = "HTTP " + status;
                      }
                    } catch (Exception e) {
                      failure = e.toString();
                    }
                    histogram.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                    if (failure != null) {
                      failed.incrementAndGet();
                      firstFailure.compareAndSet(null, failure);
                    }
                    if (thinkMillis > 0
                        && !pause(thinkMillis / 2 + (long) (pauses.nextDouble() * thinkMillis))) {
                      return;
                    }
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    Histogram all = new Histogram(3_600_000_000L, 3);
    histograms.forEach(all::add);
    return new Outcome(total, failed.get(), seconds, all, firstFailure.get());
  }
}
