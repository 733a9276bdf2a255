package org.beacon.governance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.beacon.platform.api.BeaconProblem;
import org.junit.jupiter.api.Test;

class RequestedPeriodTest {

  @Test
  void datesAreWholeSchoolDaysWithTheLastDayIncluded() {
    RequestedPeriod autumn = RequestedPeriod.parse("2026-09-01", "2026-12-18");

    assertThat(autumn.period().from()).isEqualTo(Instant.parse("2026-08-31T23:00:00Z"));
    assertThat(autumn.period().to()).isEqualTo(Instant.parse("2026-12-19T00:00:00Z"));
    assertThat(autumn.firstDay()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(autumn.lastDay()).isEqualTo(LocalDate.of(2026, 12, 18));
    assertThat(autumn.wholeDays()).isTrue();
    assertThat(autumn.wholeMonths()).isFalse();
  }

  @Test
  void instantsAreTakenAsTheyAreWithTheEndExcluded() {
    RequestedPeriod window = RequestedPeriod.parse("2026-11-23T10:15:00Z", "2026-11-23T10:20");

    assertThat(window.period().from()).isEqualTo(Instant.parse("2026-11-23T10:15:00Z"));
    assertThat(window.period().to()).isEqualTo(Instant.parse("2026-11-23T10:20:00Z"));
    assertThat(window.wholeDays()).isFalse();
  }

  @Test
  void wholeMonthsStartOnTheFirstAndEndOnTheLastDayOfAMonth() {
    assertThat(RequestedPeriod.parse("2026-09-01", "2026-11-30").wholeMonths()).isTrue();
    assertThat(RequestedPeriod.parse("2026-09-01", "2026-11-29").wholeMonths()).isFalse();
    assertThat(RequestedPeriod.parse("2026-09-02", "2026-11-30").wholeMonths()).isFalse();
  }

  @Test
  void badPeriodsNameTheirFields() {
    assertThatThrownBy(() -> RequestedPeriod.parse(null, "tomorrow"))
        .isInstanceOfSatisfying(
            BeaconProblem.class, p -> assertThat(p.fields()).containsOnlyKeys("from", "to"));
    assertThatThrownBy(() -> RequestedPeriod.parse("2026-12-18", "2026-09-01"))
        .isInstanceOfSatisfying(
            BeaconProblem.class, p -> assertThat(p.fields()).containsOnlyKeys("to"));
    assertThatThrownBy(() -> RequestedPeriod.parse("2020-01-01", "2026-01-01"))
        .isInstanceOfSatisfying(
            BeaconProblem.class, p -> assertThat(p.fields().get("to")).contains("at most"));
  }
}
