package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.beacon.platform.identity.SignInLimit.Verdict;
import org.junit.jupiter.api.Test;

/** The throttle's state machine, on a clock the test moves. */
class SignInLimitTest {

  private static final SignInLimit ACCOUNT = SignInLimit.ACCOUNT;
  private Instant now = Instant.parse("2026-12-03T09:00:00Z");
  private FailedSignIns state;

  private void fail() {
    state = ACCOUNT.afterFailure(state, now);
  }

  private void after(Duration duration) {
    now = now.plus(duration);
  }

  @Test
  void twoFailuresAskForNoWait() {
    fail();
    fail();
    assertThat(ACCOUNT.check(state, now)).isInstanceOf(Verdict.Allowed.class);
  }

  @Test
  void fromTheThirdFailureEachAttemptWaitsOneSecondMoreThanTheLast() {
    fail();
    fail();
    fail();
    assertThat(ACCOUNT.check(state, now)).isEqualTo(new Verdict.BackOff(Duration.ofSeconds(1)));
    after(Duration.ofSeconds(1));
    assertThat(ACCOUNT.check(state, now)).isInstanceOf(Verdict.Allowed.class);
    fail();
    assertThat(ACCOUNT.check(state, now)).isEqualTo(new Verdict.BackOff(Duration.ofSeconds(2)));
    after(Duration.ofMillis(1500));
    assertThat(ACCOUNT.check(state, now)).isEqualTo(new Verdict.BackOff(Duration.ofMillis(500)));
  }

  @Test
  void theWaitStopsGrowingAtItsCeiling() {
    assertThat(ACCOUNT.delayAfter(9)).isEqualTo(Duration.ofSeconds(7));
    assertThat(ACCOUNT.delayAfter(20)).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void theTenthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
    for (int i = 0; i < 9; i++) {
      FailedSignIns before = state;
      fail();
      assertThat(ACCOUNT.locks(before, state, now)).isFalse();
      after(Duration.ofSeconds(30));
    }
    FailedSignIns before = state;
    fail();

    assertThat(ACCOUNT.locks(before, state, now)).isTrue();
    assertThat(ACCOUNT.check(state, now))
        .isEqualTo(new Verdict.Locked(now.plus(Duration.ofMinutes(15))));
    after(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(ACCOUNT.check(state, now)).isInstanceOf(Verdict.Locked.class);
    after(Duration.ofSeconds(1));
    assertThat(ACCOUNT.check(state, now)).isInstanceOf(Verdict.Allowed.class);
  }

  @Test
  void anExpiredLockStartsAFreshCount() {
    for (int i = 0; i < 10; i++) {
      fail();
    }
    after(Duration.ofMinutes(15));
    fail();

    assertThat(state.failures()).isEqualTo(1);
    assertThat(state.lockedUntil()).isNull();
    assertThat(ACCOUNT.check(state, now)).isInstanceOf(Verdict.Allowed.class);
  }

  @Test
  void failuresOutsideTheWindowNoLongerCount() {
    for (int i = 0; i < 9; i++) {
      fail();
    }
    after(Duration.ofMinutes(15));

    assertThat(ACCOUNT.check(state, now)).isInstanceOf(Verdict.Allowed.class);
    fail();
    assertThat(state.failures()).isEqualTo(1);
  }

  @Test
  void aClientAddressMayFailFarMoreOftenThanAnAccount() {
    FailedSignIns address = null;
    for (int i = 0; i < 29; i++) {
      address = SignInLimit.ADDRESS.afterFailure(address, now);
    }
    assertThat(SignInLimit.ADDRESS.check(address, now)).isInstanceOf(Verdict.Allowed.class);
    for (int i = 29; i < 100; i++) {
      address = SignInLimit.ADDRESS.afterFailure(address, now);
    }
    assertThat(SignInLimit.ADDRESS.check(address, now)).isInstanceOf(Verdict.Locked.class);
  }

  @Test
  void aLockIsStricterThanAWaitAndALongerWaitThanAShorterOne() {
    Verdict locked = new Verdict.Locked(now);
    Verdict wait1 = new Verdict.BackOff(Duration.ofSeconds(1));
    Verdict wait5 = new Verdict.BackOff(Duration.ofSeconds(5));
    assertThat(SignInThrottle.stricter(locked, wait5)).isTrue();
    assertThat(SignInThrottle.stricter(wait5, wait1)).isTrue();
    assertThat(SignInThrottle.stricter(wait1, wait5)).isFalse();
    assertThat(SignInThrottle.stricter(SignInLimit.ALLOWED, wait1)).isFalse();
  }
}
