package org.beacon.incidents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentReferenceTest {

  @Test
  void theNumberIsAtLeastFourDigitsAndTheYearIsTheYearOfReportingInUtc() {
    assertThat(IncidentReference.of(Instant.parse("2026-12-31T23:30:00Z"), 42))
        .hasToString("INC-2026-0042");
    assertThat(IncidentReference.of(Instant.parse("2027-01-01T00:00:00Z"), 7))
        .hasToString("INC-2027-0007");
    assertThat(new IncidentReference(2026, 1234)).hasToString("INC-2026-1234");
    assertThat(new IncidentReference(2026, 903001)).hasToString("INC-2026-903001");
  }

  @Test
  void aReferenceReadsBackAsItWasWritten() {
    IncidentReference reference = new IncidentReference(2026, 17);

    assertThat(IncidentReference.parse(" " + reference + " ")).contains(reference);
    assertThat(IncidentReference.parse("INC-2026-17")).isEmpty();
    assertThat(IncidentReference.parse("ALG-2026-0017")).isEmpty();
    assertThat(IncidentReference.parse(null)).isEmpty();
  }
}
