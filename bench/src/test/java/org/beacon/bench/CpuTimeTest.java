package org.beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CpuTimeTest {

  // /proc/<pid>/stat of a PostgreSQL backend: utime 1234 and stime 56 ticks (fields 14 and 15)
  private static final String STAT =
      "4242 (postgres: x (y)) S 1 4242 4242 0 -1 4194560 300 0 0 0 1234 56 0 0 20 0 1 0 777 223000000 4000 ...";

  @Test
  void addsUserAndSystemTicksCountedAfterTheCommandName() {
    assertThat(CpuTime.parse(STAT, 100)).isEqualTo((1234 + 56) * 10_000_000L);
    assertThat(CpuTime.parse(STAT, 250)).isEqualTo((1234 + 56) * 4_000_000L);
  }

  @Test
  void readsTheCommandNameWithSpacesAndParentheses() {
    assertThat(CpuTime.command(STAT)).isEqualTo("postgres: x (y)");
  }

  @Test
  void ownProcessTimeGrowsAsTheJvmReportsIt() {
    long pid = ProcessHandle.current().pid();
    CpuTime.Sample before = CpuTime.sample(OptionalLong.of(pid), null);
    Duration start = jvmCpu();
    long spin = 0;
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (jvmCpu().minus(start).toMillis() < 300 && System.nanoTime() < deadline) {
      spin++;
    }
    CpuTime.Sample used = CpuTime.sample(OptionalLong.of(pid), null).minus(before);
    assertThat(spin).isPositive();
    assertThat(used.harness()).isGreaterThanOrEqualTo(250_000_000L); // 300 ms, less a tick or so
    // the same process read twice, moments apart: at most a couple of ticks between the readings
    assertThat(used.beacon()).isCloseTo(used.harness(), within(30_000_000L));
    assertThat(used.database()).isEqualTo(-1);
  }

  private static Duration jvmCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow();
  }

  @Test
  void countsEveryProcessOfACommandAndNoneOfAnAbsentOne() {
    String ownCommand = CpuTime.command(readOwnStat());
    long own = CpuTime.of(ProcessHandle.current().pid());
    assertThat(CpuTime.ofCommand(ownCommand)).isGreaterThanOrEqualTo(own);
    assertThat(CpuTime.ofCommand("no-such-command-here")).isEqualTo(-1);
  }

  private static String readOwnStat() {
    try {
      return Files.readString(Path.of("/proc/self/stat"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
