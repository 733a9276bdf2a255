package org.beacon.governance.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.CaseStatistics.Period;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.SchoolTime;

/**
 * A period someone asked for: {@code from} and {@code to} are dates (school time; {@code to}
 * included) or date-times ({@code to} excluded), as ISO text.
 *
 * @param period the instants it covers
 * @param wholeDays both ends were given as dates
 */
public record RequestedPeriod(Period period, boolean wholeDays) {

  /** Periods longer than this are refused: a report is termly or annual, not a decade. */
  static final int MAX_DAYS = 800;

  /**
   * @throws BeaconProblem 400 naming each bad field
   */
  public static RequestedPeriod parse(String from, String to) {
    FieldErrors errors = new FieldErrors();
    Bound start = bound(from, "from", false, errors);
    Bound end = bound(to, "to", true, errors);
    if (errors.isEmpty() && !start.at().isBefore(end.at())) {
      errors.put("to", "must be after from");
    }
    if (errors.isEmpty()
        && end.at().isAfter(start.at().plus(java.time.Duration.ofDays(MAX_DAYS)))) {
      errors.put("to", "the period may be at most " + MAX_DAYS + " days long");
    }
    if (!errors.isEmpty()) {
      throw errors.problem("Invalid period");
    }
    return new RequestedPeriod(
        new Period(start.at(), end.at()), start.wholeDay() && end.wholeDay());
  }

  /** Whether the period is one or more whole calendar months. */
  public boolean wholeMonths() {
    if (!wholeDays) {
      return false;
    }
    LocalDate first = SchoolTime.dayOf(period.from());
    LocalDate afterLast = SchoolTime.dayOf(period.to());
    return first.getDayOfMonth() == 1 && afterLast.getDayOfMonth() == 1;
  }

  public LocalDate firstDay() {
    return SchoolTime.dayOf(period.from());
  }

  public LocalDate lastDay() {
    return SchoolTime.lastDayBefore(period.to());
  }

  private record Bound(Instant at, boolean wholeDay) {}

  private static Bound bound(String text, String field, boolean end, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      errors.put(field, "is required: a date (YYYY-MM-DD) or a date and time");
      return null;
    }
    Optional<LocalDate> day = SchoolTime.parseDay(text);
    if (day.isPresent()) {
      return new Bound(SchoolTime.startOf(end ? day.get().plusDays(1) : day.get()), true);
    }
    Optional<Instant> at = SchoolTime.parseMoment(text);
    if (at.isEmpty()) {
      errors.put(field, "must be a date (YYYY-MM-DD) or a date and time (2026-11-20T10:15:00Z)");
      return null;
    }
    return new Bound(at.get(), false);
  }
}
