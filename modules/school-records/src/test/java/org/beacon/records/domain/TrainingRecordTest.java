package org.beacon.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrainingRecordTest {

  @Test
  void dslTrainingOnTenDecember2024CountsTwoYearsAndRemindsFourWeeksBefore() {
    TrainingRecord record = new TrainingRecord("dsl", new TrainingCourse("dsl", "DSL training", 24), LocalDate.of(2024, 12, 10),
        "Local authority", null, "dsl", Instant.now());

    assertThat(record.expiresOn()).isEqualTo(LocalDate.of(2026, 12, 10));
    assertThat(record.remindOn()).isEqualTo(LocalDate.of(2026, 11, 12));
    assertThat(record.validOn(LocalDate.of(2026, 12, 9))).isTrue();
    assertThat(record.validOn(LocalDate.of(2026, 12, 10))).isFalse();
    assertThat(record.validOn(LocalDate.of(2024, 12, 9))).isFalse();
  }

  @Test
  void anAgreementFollowsANewerVersionOnlyAndItsBindingById() {
    AgreementType staffAup = new AgreementType(1, "staff-aup", "Staff AUP", Audience.STAFF, "staff-aup", false);
    assertThat(staffAup.boundTo(99, "staff-aup")).isTrue();
    staffAup.newVersion(3, LocalDate.of(2026, 1, 31));
    staffAup.newVersion(2, LocalDate.of(2026, 2, 28));
    assertThat(staffAup.currentVersion()).isEqualTo(3);
    assertThat(staffAup.signBy()).isEqualTo(LocalDate.of(2026, 1, 31));

    staffAup.bind(12);
    assertThat(staffAup.boundTo(99, "staff-aup")).isFalse();
    assertThat(staffAup.boundTo(12, "other")).isTrue();
  }
}
