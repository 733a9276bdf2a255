package org.beacon.allegations.domain;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.beacon.platform.api.SchoolTime;
import org.beacon.platform.api.WorkingDays;

/**
 * A deadline of an allegation: so many working days, calendar months or years. A deadline in months
 * that falls on a weekend or bank holiday moves to the next working day at the same time, so that
 * its timer never fires when nobody is at school to act on it.
 *
 * @param amount how many
 * @param unit of what
 */
public record DeadlineRule(int amount, Unit unit) {

  private static final ZoneId SCHOOL_ZONE = SchoolTime.ZONE;

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
      case MONTHS ->
          onAWorkingDay(from.toInstant().atZone(SCHOOL_ZONE).plusMonths(amount), calendar);
      case YEARS -> Date.from(from.toInstant().atZone(SCHOOL_ZONE).plusYears(amount).toInstant());
    };
  }

  private static Date onAWorkingDay(ZonedDateTime due, WorkingDays calendar) {
    ZonedDateTime day = due;
    while (!calendar.isWorkingDay(day.toLocalDate())) {
      day = day.plusDays(1);
    }
    return Date.from(day.toInstant());
  }
}
