package org.beacon.platform.api;

import java.time.LocalDate;
import java.util.Date;

/**
 * The school's working-day calendar: Monday to Friday, without the bank holidays of England and
 * Wales. Statutory deadlines counted in working days use it, in Java and in models, where the CDI
 * bean is named {@code workingDays}: {@code camunda:dueDate="${workingDays.after(raisedAt, 1)}"}.
 */
public interface WorkingDays {

  /**
   * The moment {@code days} working days after {@code from}, at the same time of day (school time).
   * From a weekend or bank holiday, the first following working day counts as day one.
   */
  Date after(Date from, int days);

  /** Whether the date is a working day. */
  boolean isWorkingDay(LocalDate date);
}
