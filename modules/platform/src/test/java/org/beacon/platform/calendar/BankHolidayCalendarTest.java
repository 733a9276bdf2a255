package org.beacon.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankHolidayCalendarTest {

  private static final Path SHIPPED = Path.of("../../config/bank-holidays.txt");

  private static BankHolidayCalendar shipped() throws Exception {
    try (InputStream in = Files.newInputStream(SHIPPED)) {
      return BankHolidayCalendar.read(in, SHIPPED.toString());
    }
  }

  private static Date at(int year, Month month, int day, int hour) {
    return Date.from(
        LocalDateTime.of(year, month, day, hour, 0)
            .atZone(BankHolidayCalendar.SCHOOL_ZONE)
            .toInstant());
  }

  @Test
  void oneWorkingDayAfterAFridayBeforeChristmasIsTheMonday() throws Exception {
    assertThat(shipped().after(at(2024, Month.DECEMBER, 20, 16), 1))
        .isEqualTo(at(2024, Month.DECEMBER, 23, 16));
  }

  @Test
  void christmasAndBoxingDayAndTheWeekendAreSkipped() throws Exception {
    assertThat(shipped().after(at(2025, Month.DECEMBER, 24, 9), 1))
        .isEqualTo(at(2025, Month.DECEMBER, 29, 9));
  }

  @Test
  void fromASaturdayTheMondayIsTheFirstWorkingDay() throws Exception {
    assertThat(shipped().after(at(2026, Month.NOVEMBER, 21, 10), 1))
        .isEqualTo(at(2026, Month.NOVEMBER, 23, 10));
  }

  @Test
  void tenWorkingDaysSpanTwoWeekendsAndEasterMonday() throws Exception {
    // Thursday 2 April 2026; Good Friday 3 and Easter Monday 6 April are bank holidays.
    assertThat(shipped().after(at(2026, Month.APRIL, 2, 12), 10))
        .isEqualTo(at(2026, Month.APRIL, 20, 12));
  }

  @Test
  void zeroWorkingDaysIsTheSameMoment() throws Exception {
    assertThat(shipped().after(at(2026, Month.MAY, 4, 8), 0)).isEqualTo(at(2026, Month.MAY, 4, 8));
  }

  @Test
  void aBadLineIsReportedWithItsNumber() {
    InputStream in =
        new ByteArrayInputStream(
            "# list\n2026-01-01\n2026-13-01\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> BankHolidayCalendar.read(in, "test")).hasMessageContaining("line 3");
  }

  /** The shipped list agrees with the rules that make the bank holidays of England and Wales. */
  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029, 2030})
  void shippedListMatchesTheRulesForEachYear(int year) throws Exception {
    BankHolidayCalendar calendar = shipped();
    Set<LocalDate> listed = new TreeSet<>();
    LocalDate day = LocalDate.of(year, 1, 1);
    while (day.getYear() == year) {
      if (day.getDayOfWeek().getValue() <= 5 && !calendar.isWorkingDay(day)) {
        listed.add(day);
      }
      day = day.plusDays(1);
    }
    assertThat(listed).containsExactlyElementsOf(expected(year));
  }

  private static Set<LocalDate> expected(int year) {
    Set<LocalDate> days = new TreeSet<>();
    days.add(weekday(LocalDate.of(year, 1, 1)));
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    LocalDate christmas = weekday(LocalDate.of(year, 12, 25));
    days.add(christmas);
    LocalDate boxing = weekday(LocalDate.of(year, 12, 26));
    days.add(
        boxing.equals(christmas) || boxing.isBefore(christmas)
            ? weekday(christmas.plusDays(1))
            : boxing);
    return days;
  }

  private static LocalDate weekday(LocalDate date) {
    LocalDate d = date;
    while (d.getDayOfWeek().getValue() > 5) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The anonymous Gregorian algorithm. */
  private static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
