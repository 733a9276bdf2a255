package org.beacon.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Days and moments as people send them, read in school time. The four copies this replaced
 * disagreed on a day alone: allegations took it as the start of the day, incidents and filtering
 * refused it; all now take it as the start of that day in the school.
 */
class SchoolTimeTest {

  @Test
  void aMomentWithoutAnOffsetIsSchoolTime() {
    // 20 July is in British Summer Time: 10:15 in the school is 09:15 UTC.
    assertThat(SchoolTime.parseMoment("2026-07-20T10:15"))
        .contains(Instant.parse("2026-07-20T09:15:00Z"));
    assertThat(SchoolTime.parseMoment(" 2026-01-20T10:15 "))
        .contains(Instant.parse("2026-01-20T10:15:00Z"));
  }

  @Test
  void aMomentWithAnOffsetKeepsIt() {
    assertThat(SchoolTime.parseMoment("2026-07-20T10:15:00+02:00"))
        .contains(Instant.parse("2026-07-20T08:15:00Z"));
  }

  @Test
  void aDayAloneIsTheStartOfThatDayInTheSchool() {
    assertThat(SchoolTime.parseMoment("2026-07-20"))
        .contains(Instant.parse("2026-07-19T23:00:00Z"));
  }

  @Test
  void aFieldThatIsNoMomentIsNamedAndABlankOneIsNoMoment() {
    FieldErrors errors = new FieldErrors();

    assertThat(SchoolTime.parseMoment("yesterday", "occurredAt", errors)).isNull();
    assertThat(SchoolTime.parseMoment("  ", "seenAt", errors)).isNull();

    assertThat(errors.asMap()).containsOnly(Map.entry("occurredAt", SchoolTime.MOMENT_EXPECTED));
  }

  @Test
  void aToDayIncludesTheWholeDay() {
    FieldErrors errors = new FieldErrors();

    assertThat(SchoolTime.startOfDay("2026-07-20", "from", errors))
        .isEqualTo(Instant.parse("2026-07-19T23:00:00Z"));
    assertThat(SchoolTime.endOfDay("2026-07-20", "to", errors))
        .isEqualTo(Instant.parse("2026-07-20T23:00:00Z"));
    assertThat(SchoolTime.endOfDay("20/07/2026", "to", errors)).isNull();

    assertThat(errors.asMap()).containsOnly(Map.entry("to", SchoolTime.DAY_EXPECTED));
    assertThat(SchoolTime.parseDay("2026-02-30")).isEqualTo(Optional.empty());
    assertThat(SchoolTime.parseDay("2026-02-28")).contains(LocalDate.of(2026, 2, 28));
  }
}
