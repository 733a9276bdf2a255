package org.beacon.governance.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** Days as the school counts them: a day runs from midnight to midnight in England. */
public final class SchoolTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private SchoolTime() {}

  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }

  public static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  public static LocalDate dayOf(Date date) {
    return dayOf(date.toInstant());
  }

  /** The last day a period ending (exclusively) at {@code to} includes. */
  public static LocalDate lastDayBefore(Instant to) {
    return dayOf(to.minusNanos(1));
  }
}
