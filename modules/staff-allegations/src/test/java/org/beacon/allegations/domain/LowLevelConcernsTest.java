package org.beacon.allegations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LowLevelConcernsTest {

  private static Instant london(int year, int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0)
        .atZone(ZoneId.of("Europe/London"))
        .toInstant();
  }

  @Test
  void theWindowIsTwelveCalendarMonthsBackInSchoolTime() {
    // Calendar months in school time: the same local hour a year earlier, whatever the clocks did.
    assertThat(LowLevelConcerns.windowStart(london(2026, 6, 2, 9)))
        .isEqualTo(london(2025, 6, 2, 9));
    assertThat(LowLevelConcerns.windowStart(london(2026, 1, 15, 9)))
        .isEqualTo(london(2025, 1, 15, 9));
  }

  @Test
  void theThirdConcernMakesAPattern() {
    assertThat(LowLevelConcerns.needsPatternReview(1)).isFalse();
    assertThat(LowLevelConcerns.needsPatternReview(2)).isFalse();
    assertThat(LowLevelConcerns.needsPatternReview(3)).isTrue();
    assertThat(LowLevelConcerns.needsPatternReview(5)).isTrue();
  }
}
