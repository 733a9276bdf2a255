package org.beacon.platform.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Time as the school counts it: the school's zone (England), and days that run from midnight to
 * midnight there. The one place Beacon names the zone; every module reads it from here.
 */
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
