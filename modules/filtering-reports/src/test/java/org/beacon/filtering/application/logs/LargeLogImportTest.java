package org.beacon.filtering.application.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A 200 MB squid log scans in a JVM whose heap is 64 MB (the surefire execution {@code
 * large-log-small-heap} runs this class alone with {@code -Xmx64m}): the file never needs heap in
 * proportion to its size. Prints the throughput and the peak heap used.
 */
class LargeLogImportTest {

  private static final long SIZE = 200L * 1024 * 1024;

  @Test
  void aTwoHundredMegabyteLogScansInASixtyFourMegabyteHeap() throws IOException {
    assumeTrue(
        Boolean.getBoolean("beacon.smallHeap"),
        "runs in the surefire execution large-log-small-heap");
    long maxHeap = Runtime.getRuntime().maxMemory();
    assertThat(maxHeap).as("this test runs with -Xmx64m").isLessThanOrEqualTo(70L * 1024 * 1024);
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

    GeneratedSquidLog log = new GeneratedSquidLog(SIZE);
    RecordingSink sink = new RecordingSink(true);
    LogScan.Settings settings =
        new LogScan.Settings(
            Set.of(GeneratedSquidLog.WATCHED), Set.of(), 5, 200, ZoneId.of("Europe/London"));
    long started = System.nanoTime();
    LogScan.Result result = new LogScan(settings, sink).scan(log, LogScan.Expect.EITHER);
    double seconds = (System.nanoTime() - started) / 1e9;

    System.gc();
    long liveAfterScan = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long peakHeap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    System.out.printf(
        "Scanned %,d bytes (%,d lines, %,d flagged, %,d malformed) in %.1f s: %.1f MB/s, %,.0f lines/s; max heap %d MB, peak heap used %d MB, live after the scan %d MB%n",
        result.bytes(),
        result.linesRead(),
        result.flagged(),
        result.malformed(),
        seconds,
        result.bytes() / 1048576.0 / seconds,
        result.linesRead() / seconds,
        maxHeap / 1048576,
        peakHeap / 1048576,
        liveAfterScan / 1048576);

    assertThat(result.bytes()).isGreaterThanOrEqualTo(SIZE);
    assertThat(result.linesRead()).isEqualTo(log.lines);
    assertThat(result.malformed()).isEqualTo(log.malformed);
    assertThat(result.flagged()).isEqualTo(log.flaggedWith(5));
    assertThat(sink.keptCount).isPositive();
    assertThat(liveAfterScan)
        .as("heap still in use once the file has been read")
        .isLessThan(32L * 1024 * 1024);
  }
}
