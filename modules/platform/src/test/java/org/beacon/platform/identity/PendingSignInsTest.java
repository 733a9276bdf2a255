package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PendingSignInsTest {

  private static final URI CALLBACK =
      URI.create("https://beacon.school.org/api/session/oidc/callback");

  /** A clock the test moves by hand. */
  private static final class Hands extends Clock {
    Instant now = Instant.parse("2026-12-03T09:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void aSignInFinishesOnceInTheBrowserThatStartedIt() {
    PendingSignIns pending = new PendingSignIns(new Hands());
    PendingSignIns.Pending started = pending.start(CALLBACK).orElseThrow();

    assertThat(pending.finish(started.state(), started.browserKey())).contains(started);
    assertThat(pending.finish(started.state(), started.browserKey())).as("used once").isEmpty();
  }

  @Test
  void anotherBrowserCannotFinishIt() {
    PendingSignIns pending = new PendingSignIns(new Hands());
    PendingSignIns.Pending started = pending.start(CALLBACK).orElseThrow();
    PendingSignIns.Pending attackers = pending.start(CALLBACK).orElseThrow();

    assertThat(pending.finish(started.state(), attackers.browserKey())).isEmpty();
    assertThat(pending.finish(null, started.browserKey())).isEmpty();
    assertThat(pending.finish(started.state(), started.browserKey()))
        .as("spent by the wrong browser")
        .isEmpty();
  }

  @Test
  void aCallbackWithoutTheCookieSpendsTheState() {
    PendingSignIns pending = new PendingSignIns(new Hands());
    PendingSignIns.Pending started = pending.start(CALLBACK).orElseThrow();

    assertThat(pending.finish(started.state(), null)).isEmpty();
    assertThat(pending.finish(started.state(), started.browserKey())).isEmpty();
  }

  @Test
  void aSignInLeftForMoreThanTenMinutesHasExpired() {
    Hands clock = new Hands();
    PendingSignIns pending = new PendingSignIns(clock);
    PendingSignIns.Pending slow = pending.start(CALLBACK).orElseThrow();
    PendingSignIns.Pending quick = pending.start(CALLBACK).orElseThrow();

    clock.now = clock.now.plus(Duration.ofMinutes(9));
    assertThat(pending.finish(quick.state(), quick.browserKey())).isPresent();
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertThat(pending.finish(slow.state(), slow.browserKey())).isEmpty();
  }

  @Test
  void everySecretIsFreshAndLongEnoughForPkce() {
    PendingSignIns pending = new PendingSignIns(new Hands());
    PendingSignIns.Pending one = pending.start(CALLBACK).orElseThrow();
    PendingSignIns.Pending two = pending.start(CALLBACK).orElseThrow();

    assertThat(one.codeVerifier()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(two.codeVerifier());
    assertThat(one.state()).isNotEqualTo(two.state()).isNotEqualTo(one.browserKey());
    assertThat(one.nonce()).isNotEqualTo(two.nonce());
    assertThat(one.redirectUri()).isEqualTo(CALLBACK);
  }

  @Test
  void startingSignInsInBulkStopsAtTheBoundUntilTheyExpire() {
    Hands clock = new Hands();
    PendingSignIns pending = new PendingSignIns(clock);
    for (int i = 0; i < PendingSignIns.MAX_PENDING; i++) {
      assertThat(pending.start(CALLBACK)).isPresent();
    }
    assertThat(pending.start(CALLBACK)).isEmpty();

    clock.now = clock.now.plus(PendingSignIns.LIFETIME).plusSeconds(1);
    assertThat(pending.start(CALLBACK)).isPresent();
  }
}
