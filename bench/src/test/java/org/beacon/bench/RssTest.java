package org.beacon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RssTest {

  @Test
  void readsVmRssInBytes() {
    assertThat(
            Rss.parse("Name:\tjava\nVmPeak:\t 9 kB\nVmRSS:\t  712345 kB\nThreads: 80\n")
                .getAsLong())
        .isEqualTo(712_345L * 1024);
  }

  @Test
  void ownProcessHasResidentMemory() {
    assertThat(Rss.of(ProcessHandle.current().pid())).isPresent();
  }
}
