package org.beacon.governance.domain.policy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * How often a policy is reviewed: annually (seed 001), every two years (seed 000 §3.3
 * "bi-annually") or on a date the school sets each time (seed 003: "Next review: Summer 2025").
 */
public enum ReviewCycle {
  ANNUAL("annual"),
  TWO_YEARS("two-years"),
  FIXED_DATE("fixed-date");

  private final String id;

  ReviewCycle(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<ReviewCycle> fromId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  /**
   * The next review after a version was approved, or a review was, on {@code day}.
   *
   * @param chosen a date set for this time, if any: it wins in every cycle (a policy may be
   *     reviewed early); a fixed-date cycle without one is reviewed a year on
   */
  public LocalDate nextReview(LocalDate day, LocalDate chosen) {
    if (chosen != null) {
      return chosen;
    }
    return switch (this) {
      case ANNUAL, FIXED_DATE -> day.plusYears(1);
      case TWO_YEARS -> day.plusYears(2);
    };
  }
}
