package org.beacon.allegations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllegationReferenceTest {

  @Test
  void theYearIsTheSchoolsAndTheCodeFollows() {
    assertThat(AllegationReference.of(Instant.parse("2026-03-02T09:00:00Z"), "K7Q2MX"))
        .hasToString("ALG-2026-K7Q2MX");
    assertThat(AllegationReference.of(Instant.parse("2025-12-31T23:59:00Z"), "0007"))
        .hasToString("ALG-2025-0007");
  }

  @Test
  void codesAreRandomFromAnAlphabetWithoutLookAlikes() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = AllegationReference.newCode();
      assertThat(code).hasSize(AllegationReference.CODE_LENGTH).doesNotContain("0", "1", "I", "O");
      codes.add(code);
    }
    // Not numbered in order: a thousand draws give (all but perhaps one or two) distinct codes.
    assertThat(codes).hasSizeGreaterThan(990);
  }

  @Test
  void aReferenceIsReadBackAndAnythingElseIsNot() {
    assertThat(AllegationReference.parse(" alg-2026-k7q2mx "))
        .contains(new AllegationReference(2026, "K7Q2MX"));
    assertThat(AllegationReference.parse("ALG-2026-0042"))
        .contains(new AllegationReference(2026, "0042"));
    assertThat(AllegationReference.parse("INC-2026-0042")).isEmpty();
    assertThat(AllegationReference.parse("ALG-2026-42")).isEmpty();
    assertThat(AllegationReference.parse(null)).isEmpty();
  }
}
