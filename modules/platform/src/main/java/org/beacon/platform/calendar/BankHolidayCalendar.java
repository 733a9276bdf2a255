package org.beacon.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import org.beacon.platform.api.SchoolTime;
import org.beacon.platform.api.WorkingDays;

/** Working days from a list of bank holidays (the {@code config/bank-holidays.txt} format). */
public class BankHolidayCalendar implements WorkingDays {

  /** School time: deadlines fall on calendar days in England. */
  public static final ZoneId SCHOOL_ZONE = SchoolTime.ZONE;

  private final Set<LocalDate> holidays;

  public BankHolidayCalendar(Collection<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
  }

  /** Reads one ISO date per line; text after the date and lines starting with # are ignored. */
  public static BankHolidayCalendar read(InputStream in, String source) {
    Set<LocalDate> dates = new TreeSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String date = text.split("\\s+", 2)[0];
        try {
          dates.add(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              source + " line " + number + ": not a date as YYYY-MM-DD: " + date, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    }
    return new BankHolidayCalendar(dates);
  }

  @Override
  public Date after(Date from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must be 0 or more");
    }
    ZonedDateTime at = from.toInstant().atZone(SCHOOL_ZONE);
    LocalDate date = at.toLocalDate();
    for (int counted = 0; counted < days; ) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return Date.from(date.atTime(at.toLocalTime()).atZone(SCHOOL_ZONE).toInstant());
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
  }

  /** The latest bank holiday known, so start-up can warn when the list runs out. */
  public LocalDate lastKnownHoliday() {
    return holidays.stream().max(LocalDate::compareTo).orElse(LocalDate.MIN);
  }
}
