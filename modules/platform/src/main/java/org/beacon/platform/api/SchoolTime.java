package org.beacon.platform.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/**
 * Time as the school counts it: the school's zone (England), and days that run from midnight to
 * midnight there. The one place Beacon names the zone; every module reads it from here, and parses
 * the days and date-times people send here.
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

  /** What a field holding a day must look like. */
  public static final String DAY_EXPECTED = "must be a date as YYYY-MM-DD";

  /** What a field holding a moment must look like. */
  public static final String MOMENT_EXPECTED =
      "must be a date and time such as 2026-11-20T10:15, or a date such as 2026-11-20";

  /** A day as YYYY-MM-DD; empty when blank or not a day. */
  public static Optional<LocalDate> parseDay(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A day from a request field: {@code null} when blank, noted in {@code errors} when bad. */
  public static LocalDate parseDay(String text, String field, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Optional<LocalDate> day = parseDay(text);
    if (day.isEmpty()) {
      errors.put(field, DAY_EXPECTED);
    }
    return day.orElse(null);
  }

  /** The start, in school time, of a "from" day in a request field; {@code null} when blank. */
  public static Instant startOfDay(String text, String field, FieldErrors errors) {
    LocalDate day = parseDay(text, field, errors);
    return day == null ? null : startOf(day);
  }

  /**
   * The end of an inclusive "to" day in a request field, as the start of the next day in school
   * time (a period's exclusive end); {@code null} when blank.
   */
  public static Instant endOfDay(String text, String field, FieldErrors errors) {
    LocalDate day = parseDay(text, field, errors);
    return day == null ? null : startOf(day.plusDays(1));
  }

  /**
   * A moment as people send it: with an offset ({@code 2026-11-20T10:15Z}), in school time ({@code
   * 2026-11-20T10:15}), or a day alone, meaning its start in school time. Empty when blank or none
   * of these.
   */
  public static Optional<Instant> parseMoment(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.trim();
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException withoutOffset) {
      try {
        return Optional.of(LocalDateTime.parse(value).atZone(ZONE).toInstant());
      } catch (DateTimeParseException notATime) {
        return parseDay(value).map(SchoolTime::startOf);
      }
    }
  }

  /** A moment from a request field: {@code null} when blank, noted in {@code errors} when bad. */
  public static Instant parseMoment(String text, String field, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Optional<Instant> at = parseMoment(text);
    if (at.isEmpty()) {
      errors.put(field, MOMENT_EXPECTED);
    }
    return at.orElse(null);
  }
}
