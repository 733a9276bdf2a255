package org.beacon.allegations.domain;

import java.time.Instant;
import java.time.ZoneId;
import org.beacon.platform.api.SchoolTime;

/**
 * Low-level concerns are reviewed for patterns: the third about the same person within twelve
 * months (the concern at hand included) opens a pattern review for the DSL.
 */
public final class LowLevelConcerns {

  /** How many concerns within the window make a pattern to review. */
  public static final int PATTERN = 3;

  /** The window, in months, counted back from the latest concern. */
  public static final int WINDOW_MONTHS = 12;

  private static final ZoneId SCHOOL_ZONE = SchoolTime.ZONE;

  private LowLevelConcerns() {}

  /** The earliest moment a concern counts towards a pattern with one raised at {@code latest}. */
  public static Instant windowStart(Instant latest) {
    return latest.atZone(SCHOOL_ZONE).minusMonths(WINDOW_MONTHS).toInstant();
  }

  /** Whether this many concerns in the window call for a pattern review. */
  public static boolean needsPatternReview(long concernsInWindow) {
    return concernsInWindow >= PATTERN;
  }
}
