package org.beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CpuTimeTest {

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
  void readsTheKernelsCommandNameOfAProcess() {
    assertThat(CpuTime.commandName(ProcessHandle.current().pid())).isEqualTo("java");
    assertThat(CpuTime.commandName(Long.MAX_VALUE)).isEmpty();
  }

  @Test
  void countsEveryProcessOfACommandAndNoneOfAnAbsentOne() {
    long own = CpuTime.of(ProcessHandle.current().pid());
    assertThat(CpuTime.ofCommand("java")).isGreaterThanOrEqualTo(own);
    assertThat(CpuTime.ofCommand("no-such-command-here")).isEqualTo(-1);
  }
}
