package org.beacon.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrainingRecordTest {

  @Test
  void dslTrainingOnTenDecember2024CountsTwoYearsAndRemindsFourWeeksBefore() {
    TrainingRecord record =
        new TrainingRecord(
            "dsl",
            new TrainingCourse("dsl", "DSL training", 24),
            LocalDate.of(2024, 12, 10),
            "Local authority",
            null,
            "dsl",
            Instant.now());

    assertThat(record.expiresOn()).isEqualTo(LocalDate.of(2026, 12, 10));
    assertThat(record.remindOn()).isEqualTo(LocalDate.of(2026, 11, 12));
    assertThat(record.validOn(LocalDate.of(2026, 12, 9))).isTrue();
    assertThat(record.validOn(LocalDate.of(2026, 12, 10))).isFalse();
    assertThat(record.validOn(LocalDate.of(2024, 12, 9))).isFalse();
  }

  @Test
  void anAgreementFollowsANewerVersionOnlyAndItsBindingById() {
    AgreementType staffAup =
        new AgreementType(1, "staff-aup", "Staff AUP", Audience.STAFF, "staff-aup", false);
    assertThat(staffAup.boundTo(99, "staff-aup")).isTrue();
    assertThat(staffAup.newVersion(5, 3, LocalDate.of(2026, 1, 31))).isTrue();
    assertThat(staffAup.newVersion(5, 2, LocalDate.of(2026, 2, 28))).isFalse();
    assertThat(staffAup.currentVersion()).isEqualTo(1);
    assertThat(staffAup.signBy()).isEqualTo(LocalDate.of(2026, 1, 31));
    // Another register entry of the same kind: a new version to sign, not a clash of numbers.
    assertThat(staffAup.newVersion(6, 1, LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(staffAup.currentVersion()).isEqualTo(2);

    staffAup.bind(12);
    assertThat(staffAup.boundTo(99, "staff-aup")).isFalse();
    assertThat(staffAup.boundTo(12, "other")).isTrue();
  }
}
