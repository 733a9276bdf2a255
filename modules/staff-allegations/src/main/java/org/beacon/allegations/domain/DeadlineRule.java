package org.beacon.allegations.domain;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.beacon.platform.api.WorkingDays;

/**
 * A deadline of the school's procedure: so many working days, calendar months or years.
 *
 * @param amount how many
 * @param unit of what
 */
public record DeadlineRule(int amount, Unit unit) {

  private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

  public DeadlineRule {
    Objects.requireNonNull(unit);
    if (amount < 0) {
      throw new IllegalArgumentException("A deadline is not negative");
    }
  }

  /** The units a deadline may be given in, as the decision table writes them. */
  public enum Unit {
    WORKING_DAYS("working days"),
    MONTHS("months"),
    YEARS("years");

    private final String label;

    Unit(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Optional<Unit> fromLabel(String label) {
      return Arrays.stream(values()).filter(u -> u.label.equals(label)).findFirst();
    }
  }

  /** The moment the deadline falls, counted from {@code from} (working days skip bank holidays). */
  public Date from(Date from, WorkingDays calendar) {
    return switch (unit) {
      case WORKING_DAYS -> calendar.after(from, amount);
      case MONTHS -> Date.from(from.toInstant().atZone(SCHOOL_ZONE).plusMonths(amount).toInstant());
      case YEARS -> Date.from(from.toInstant().atZone(SCHOOL_ZONE).plusYears(amount).toInstant());
    };
  }
}
