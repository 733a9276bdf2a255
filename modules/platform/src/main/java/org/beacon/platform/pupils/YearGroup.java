package org.beacon.platform.pupils;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year groups of an English school, nursery to sixth form, written as the incident report form
 * offers them: {@code Nursery}, {@code Reception}, {@code Year 1} to {@code Year 13}. A school's
 * export writes them in its own way ({@code N}, {@code R}, {@code Rec}, {@code 7}, {@code Y7},
 * {@code Yr 7}, {@code year 7}); each is read as the one way Beacon shows it, so a register
 * imported from one system and a report typed by hand name the same year alike.
 */
public final class YearGroup {

  private static final Pattern NUMBERED = Pattern.compile("(?:y|yr|year)?\\s*(\\d{1,2})");

  private YearGroup() {}

  /** The year group as Beacon writes it, or empty when the text is not a year group of a school. */
  public static Optional<String> canonical(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String text = written.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s.]+", " ");
    switch (text) {
      case "n", "nur", "nursery", "f1" -> {
        return Optional.of("Nursery");
      }
      case "r", "rec", "reception", "f2", "yr r", "year r" -> {
        return Optional.of("Reception");
      }
      default -> {
        Matcher m = NUMBERED.matcher(text);
        if (!m.matches()) {
          return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return year >= 1 && year <= 13 ? Optional.of("Year " + year) : Optional.empty();
      }
    }
  }
}
