package org.beacon.allegations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AllegationReferenceTest {

  @Test
  void theYearIsTheSchoolsAndTheNumberHasFourDigitsAtLeast() {
    assertThat(AllegationReference.of(Instant.parse("2026-03-02T09:00:00Z"), 1)).hasToString("ALG-2026-0001");
    assertThat(AllegationReference.of(Instant.parse("2026-06-30T23:30:00Z"), 12345)).hasToString("ALG-2026-12345");
    assertThat(AllegationReference.of(Instant.parse("2025-12-31T23:59:00Z"), 7)).hasToString("ALG-2025-0007");
  }

  @Test
  void aReferenceIsReadBackAndAnythingElseIsNot() {
    assertThat(AllegationReference.parse(" ALG-2026-0042 ")).contains(new AllegationReference(2026, 42));
    assertThat(AllegationReference.parse("INC-2026-0042")).isEmpty();
    assertThat(AllegationReference.parse("ALG-2026-42")).isEmpty();
    assertThat(AllegationReference.parse(null)).isEmpty();
  }
}
