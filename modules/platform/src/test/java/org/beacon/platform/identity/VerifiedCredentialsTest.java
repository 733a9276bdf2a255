package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private static final String HASH = "PBKDF2WithHmacSHA256:120000:c2FsdA==:aGFzaA==";

  private final SettableClock clock = new SettableClock(Instant.parse("2025-01-06T09:00:00Z"));
  private final VerifiedCredentials verified = new VerifiedCredentials(clock);

  @Test
  void aRememberedCredentialMatches() {
    verified.remember("dsl", HASH, "correct horse".toCharArray());

    assertThat(verified.contains("dsl", HASH, "correct horse".toCharArray())).isTrue();
  }

  @Test
  void nothingMatchesBeforeAnythingWasRemembered() {
    assertThat(verified.contains("dsl", HASH, "correct horse".toCharArray())).isFalse();
  }

  @Test
  void aWrongPasswordDoesNotMatch() {
    verified.remember("dsl", HASH, "correct horse".toCharArray());

    assertThat(verified.contains("dsl", HASH, "correct horse!".toCharArray())).isFalse();
  }

  @Test
  void anotherUserWithTheSamePasswordDoesNotMatch() {
    verified.remember("dsl", HASH, "correct horse".toCharArray());

    assertThat(verified.contains("head", HASH, "correct horse".toCharArray())).isFalse();
  }

  @Test
  void aChangedPasswordHashInvalidatesTheRememberedCredential() {
    verified.remember("dsl", HASH, "correct horse".toCharArray());

    assertThat(verified.contains("dsl", HASH + "-changed", "correct horse".toCharArray()))
        .isFalse();
  }

  @Test
  void aRememberedCredentialExpiresAfterItsTimeToLive() {
    verified.remember("dsl", HASH, "correct horse".toCharArray());

    clock.advance(VerifiedCredentials.TTL.minusSeconds(1));
    assertThat(verified.contains("dsl", HASH, "correct horse".toCharArray())).isTrue();

    clock.advance(Duration.ofSeconds(1));
    assertThat(verified.contains("dsl", HASH, "correct horse".toCharArray())).isFalse();
  }

  @Test
  void rememberingAgainRenewsTheTimeToLive() {
    verified.remember("dsl", HASH, "correct horse".toCharArray());
    clock.advance(VerifiedCredentials.TTL.minusMinutes(1));

    verified.remember("dsl", HASH, "correct horse".toCharArray());
    clock.advance(Duration.ofMinutes(2));

    assertThat(verified.contains("dsl", HASH, "correct horse".toCharArray())).isTrue();
  }

  /** A clock the test moves by hand. */
  private static final class SettableClock extends Clock {
    private Instant now;

    SettableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
