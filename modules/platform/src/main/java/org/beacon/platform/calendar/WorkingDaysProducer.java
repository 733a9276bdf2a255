package org.beacon.platform.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.beacon.platform.api.WorkingDays;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The calendar every module and model uses, named {@code workingDays} for expressions. Bank
 * holidays come from {@code BEACON_BANK_HOLIDAYS} (a file an admin keeps up to date) or else from
 * the list shipped with Beacon ({@code config/bank-holidays.txt}).
 */
@ApplicationScoped
public class WorkingDaysProducer {

  static final String SETTING = "beacon.bank.holidays";
  static final String SHIPPED = "/config/bank-holidays.txt";
  private static final Logger LOG = Logger.getLogger(WorkingDaysProducer.class.getName());

  private BankHolidayCalendar calendar;

  @Produces
  @Named("workingDays")
  @ApplicationScoped
  WorkingDays workingDays() {
    return calendar();
  }

  synchronized BankHolidayCalendar calendar() {
    if (calendar == null) {
      var file =
          ConfigProvider.getConfig(WorkingDaysProducer.class.getClassLoader())
              .getOptionalValue(SETTING, String.class)
              .filter(s -> !s.isBlank());
      calendar = file.isPresent() ? fromFile(Path.of(file.get())) : shipped();
      if (calendar.lastKnownHoliday().isBefore(LocalDate.now().plusMonths(6))) {
        LOG.warning(
            "The bank holiday list ends "
                + calendar.lastKnownHoliday()
                + ": update it (BEACON_BANK_HOLIDAYS) or working-day deadlines will count holidays as working days");
      }
    }
    return calendar;
  }

  private static BankHolidayCalendar fromFile(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return BankHolidayCalendar.read(in, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bank holidays in " + path, e);
    }
  }

  private static BankHolidayCalendar shipped() {
    InputStream in = WorkingDaysProducer.class.getResourceAsStream(SHIPPED);
    if (in == null) {
      throw new IllegalStateException("Beacon's bank holiday list " + SHIPPED + " is missing");
    }
    return BankHolidayCalendar.read(in, SHIPPED);
  }
}
