package org.beacon.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The bytes behind a seal's hash: every field counts, and no two events share them. */
class SealHashTest {

  private static final Instant AT = Instant.parse("2026-03-02T10:15:30.123456Z");

  @Test
  void theHashIsSha256InHex() {
    assertThat(SealHash.of(SealHash.GENESIS, event("dsl", "read", null))).matches("[0-9a-f]{64}");
  }

  @Test
  void movingTextBetweenFieldsChangesTheHash() {
    assertThat(SealHash.of(SealHash.GENESIS, event("ab", "c", null)))
        .isNotEqualTo(SealHash.of(SealHash.GENESIS, event("a", "bc", null)));
  }

  @Test
  void anEmptyDetailIsNotAMissingOne() {
    assertThat(SealHash.of(SealHash.GENESIS, event("dsl", "read", "")))
        .isNotEqualTo(SealHash.of(SealHash.GENESIS, event("dsl", "read", null)));
  }

  @Test
  void thePreviousHashCounts() {
    assertThat(SealHash.of(SealHash.GENESIS, event("dsl", "read", null)))
        .isNotEqualTo(SealHash.of("1".repeat(64), event("dsl", "read", null)));
  }

  @Test
  void nanosecondsBeyondWhatTheDatabaseKeepsDoNotCount() {
    SealedFields precise =
        new SealedFields(1, AT.plusNanos(789), "dsl", "read", "task", "7", "ALLOWED", null);

    assertThat(SealHash.of(SealHash.GENESIS, precise))
        .isEqualTo(SealHash.of(SealHash.GENESIS, event("dsl", "read", null)));
  }

  private static SealedFields event(String actor, String action, String detail) {
    return new SealedFields(1, AT, actor, action, "task", "7", "ALLOWED", detail);
  }
}
