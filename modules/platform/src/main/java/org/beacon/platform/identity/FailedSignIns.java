package org.beacon.platform.identity;

import java.time.Instant;

/**
 * The failed sign-ins counted against one account or one client address: how many in the current
 * window, when the window began, when the last one was, and until when the key is locked (null: not
 * locked).
 */
record FailedSignIns(int failures, Instant windowStart, Instant lastFailure, Instant lockedUntil) {

  boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
