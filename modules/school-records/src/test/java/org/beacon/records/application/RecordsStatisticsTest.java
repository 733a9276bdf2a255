package org.beacon.records.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.beacon.platform.api.CaseStatistics.Count;
import org.beacon.platform.api.CaseStatistics.Figures;
import org.beacon.platform.api.CaseStatistics.Period;
import org.beacon.records.InMemory;
import org.beacon.records.domain.Signature;
import org.beacon.records.domain.TrainingRecord;
import org.junit.jupiter.api.Test;

/** The governors' figures: the share of staff who signed and hold current training, never who. */
class RecordsStatisticsTest {

  @Test
  void theGovernorsSeeHowManySignedTheCurrentStaffAupAndHoldCurrentTrainingWithoutNames() {
    InMemory store = new InMemory();
    store.types.get("staff-aup").newVersion(7, 1, LocalDate.of(2025, 12, 31));
    store.types.get("staff-aup").newVersion(7, 2, LocalDate.of(2026, 12, 31));
    store.agreements.add(
        Signature.inBeacon("staff-aup", 2, "staff", Instant.parse("2026-12-01T10:00:00Z")));
    store.agreements.add(
        Signature.inBeacon("staff-aup", 1, "staff2", Instant.parse("2025-12-01T10:00:00Z")));
    store.trainingRecords.add(
        new TrainingRecord(
            "dsl",
            store.courses.get("dsl"),
            LocalDate.of(2024, 12, 10),
            "LA",
            null,
            "dsl",
            Instant.parse("2024-12-10T10:00:00Z")));

    Figures figures =
        Wiring.statistics(store, null)
            .figures(
                new Period(
                    Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z")));

    assertThat(figures.module()).isEqualTo("records");
    // Members of staff: staff, staff2, dsl, head, office; the old version's signature does not
    // count.
    assertThat(figures.counts())
        .contains(
            new Count("staffAupSigned", "signed", 1),
            new Count("staffAupSigned", "notSigned", 4),
            new Count("trainingDslCurrent", "current", 1),
            new Count("trainingDslCurrent", "notCurrent", 0),
            new Count("trainingPreventCurrent", "notCurrent", 5));
    // Agreements nobody has been asked to sign yet are not reported.
    assertThat(figures.counts()).extracting(Count::measure).doesNotContain("socialMediaSigned");
    assertThat(figures.counts().toString()).doesNotContain("staff2", "Sasha", "office");
  }
}
