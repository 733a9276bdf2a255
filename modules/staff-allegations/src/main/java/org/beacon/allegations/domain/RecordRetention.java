package org.beacon.allegations.domain;

import java.time.LocalDate;

/**
 * How long the record of an allegation is kept (KCSIE Part 4): until the person's normal pension
 * age or for the retention period from the date of the allegation, whichever is longer.
 *
 * @param normalPensionAge the person's normal pension age, in years
 * @param minimumYears the retention period from the allegation, in years
 */
public record RecordRetention(int normalPensionAge, int minimumYears) {

  public RecordRetention {
    if (normalPensionAge < 1 || minimumYears < 0) {
      throw new IllegalArgumentException("A pension age and a retention period are positive");
    }
  }

  /** The later of the day they reach normal pension age and the end of the retention period. */
  public LocalDate retainUntil(LocalDate allegationDate, LocalDate dateOfBirth) {
    LocalDate pensionAge = dateOfBirth.plusYears(normalPensionAge);
    LocalDate period = allegationDate.plusYears(minimumYears);
    return pensionAge.isAfter(period) ? pensionAge : period;
  }
}
