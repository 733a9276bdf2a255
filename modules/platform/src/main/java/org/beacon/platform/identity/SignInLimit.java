package org.beacon.platform.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How many failed sign-ins one key (an account, or a client address) may have: from the {@code
 * backOffFrom}-th failure in a row on, the next attempt must wait one more second than the last (at
 * most {@code maxDelay}); at {@code lockAt} failures within {@code window} the key is locked for
 * {@code lockFor}. A success clears the count. Pure: the time is always given.
 */
record SignInLimit(
    int backOffFrom, int lockAt, Duration window, Duration lockFor, Duration maxDelay) {

  /** Per account: back-off after 3 failures, locked 15 minutes at 10 within 15 minutes. */
  static final SignInLimit ACCOUNT =
      new SignInLimit(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(8));

  /**
   * Per client address: far looser, since a whole school may sign in from one address behind its
   * router; it catches one machine guessing across many accounts.
   */
  static final SignInLimit ADDRESS = perAddress(100);

  /** The per-address limit that locks at {@code lockAt} failures (BEACON_SIGN_IN_ADDRESS_LOCK). */
  static SignInLimit perAddress(int lockAt) {
    return new SignInLimit(
        lockAt * 3 / 10,
        lockAt,
        Duration.ofMinutes(15),
        Duration.ofMinutes(15),
        Duration.ofSeconds(5));
  }

  /** What may happen to an attempt now: go ahead, wait, or nothing until the lock ends. */
  sealed interface Verdict {
    /** The password may be checked. */
    record Allowed() implements Verdict {}

    /** Too soon after the last failure; try again in {@code retryAfter}. */
    record BackOff(Duration retryAfter) implements Verdict {}

    /** Locked until {@code until}; an administrator can lift it. */
    record Locked(Instant until) implements Verdict {}
  }

  static final Verdict ALLOWED = new Verdict.Allowed();

  Verdict check(FailedSignIns state, Instant now) {
    if (state == null) {
      return ALLOWED;
    }
    if (state.lockedAt(now)) {
      return new Verdict.Locked(state.lockedUntil());
    }
    FailedSignIns current = current(state, now);
    if (current == null || current.failures() < backOffFrom) {
      return ALLOWED;
    }
    Instant next = current.lastFailure().plus(delayAfter(current.failures()));
    return next.isAfter(now) ? new Verdict.BackOff(Duration.between(now, next)) : ALLOWED;
  }

  /** The state after one more failure at {@code now}. */
  FailedSignIns afterFailure(FailedSignIns state, Instant now) {
    FailedSignIns current = current(state, now);
    int failures = current == null ? 1 : current.failures() + 1;
    Instant windowStart = current == null ? now : current.windowStart();
    Instant lockedUntil = failures >= lockAt ? now.plus(lockFor) : null;
    return new FailedSignIns(failures, windowStart, now, lockedUntil);
  }

  /** Whether this failure is the one that locked the key. */
  boolean locks(FailedSignIns before, FailedSignIns after, Instant now) {
    return after.lockedAt(now) && (before == null || !before.lockedAt(now));
  }

  /** How long to wait after the {@code failures}-th failure: 1 s after the first that backs off. */
  Duration delayAfter(int failures) {
    if (failures < backOffFrom) {
      return Duration.ZERO;
    }
    Duration delay = Duration.ofSeconds(failures - backOffFrom + 1L);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /**
   * The state as it counts now: nothing once the window has passed (and no lock holds), or once a
   * lock has ended, so a lifted or expired lock starts a fresh count.
   */
  private FailedSignIns current(FailedSignIns state, Instant now) {
    if (state == null) {
      return null;
    }
    if (state.lockedUntil() != null && !state.lockedAt(now)) {
      return null;
    }
    if (!state.windowStart().plus(window).isAfter(now) && !state.lockedAt(now)) {
      return null;
    }
    return state;
  }
}
