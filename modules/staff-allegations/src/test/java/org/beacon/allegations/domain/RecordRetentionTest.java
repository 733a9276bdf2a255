package org.beacon.allegations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordRetentionTest {

  private final RecordRetention kcsie = new RecordRetention(67, 10);
  private final LocalDate allegation = LocalDate.of(2026, 3, 2);

  @Test
  void aYoungerPersonsRecordIsKeptUntilNormalPensionAge() {
    assertThat(kcsie.retainUntil(allegation, LocalDate.of(1990, 8, 15)))
        .isEqualTo(LocalDate.of(2057, 8, 15));
  }

  @Test
  void anOlderPersonsRecordIsKeptTenYearsFromTheAllegation() {
    assertThat(kcsie.retainUntil(allegation, LocalDate.of(1962, 8, 15)))
        .isEqualTo(LocalDate.of(2036, 3, 2));
  }

  @Test
  void whenBothFallOnTheSameDayThatDayIsTheRetentionDate() {
    assertThat(kcsie.retainUntil(allegation, LocalDate.of(1969, 3, 2)))
        .isEqualTo(LocalDate.of(2036, 3, 2));
  }

  @Test
  void aLeapDayBirthdayFallsOnThe28thInACommonYear() {
    assertThat(kcsie.retainUntil(allegation, LocalDate.of(1984, 2, 29)))
        .isEqualTo(LocalDate.of(2051, 2, 28));
  }

  @Test
  void periodsArePositive() {
    assertThatThrownBy(() -> new RecordRetention(0, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
