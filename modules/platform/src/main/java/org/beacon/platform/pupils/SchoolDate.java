package org.beacon.platform.pupils;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A date as a school's export writes it: ISO ({@code 2014-09-01}), as the API and a spreadsheet
 * saved with ISO dates give it, or day first ({@code 01/09/2014}, {@code 1/9/2014}), as English MIS
 * exports and Excel in an English locale do. Month-first American dates are not read: in an English
 * school {@code 03/04/2014} is the 3rd of April.
 */
final class SchoolDate {

  private static final DateTimeFormatter DAY_FIRST =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DAY_FIRST_DASHES =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

  private SchoolDate() {}

  /** The date, or empty when the text is not a date either way (30/02/2014 is not). */
  static Optional<LocalDate> parse(String written) {
    String text = written.trim();
    for (DateTimeFormatter format :
        new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, DAY_FIRST, DAY_FIRST_DASHES}) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeParseException e) {
        // try the next way of writing it
      }
    }
    return Optional.empty();
  }
}
