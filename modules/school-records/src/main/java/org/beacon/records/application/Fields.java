package org.beacon.records.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.beacon.platform.api.BeaconProblem;

/** Reading request fields, each problem named after its field; nothing is changed on bad input. */
final class Fields {

  private Fields() {}

  static String required(Map<String, String> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.put(field, "is required");
      return null;
    }
    return optional(problems, field, value, max);
  }

  static String optional(Map<String, String> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    if (text.length() > max) {
      problems.put(field, "is longer than " + max + " characters");
      return null;
    }
    return text;
  }

  /** A date not after today. */
  static LocalDate pastDate(
      Map<String, String> problems, String field, String value, LocalDate today) {
    if (value == null || value.isBlank()) {
      problems.put(field, "is required");
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.trim());
      if (date.isAfter(today)) {
        problems.put(field, "is in the future");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.put(field, "is not a date (YYYY-MM-DD)");
      return null;
    }
  }

  static void check(String message, Map<String, String> problems) {
    if (!problems.isEmpty()) {
      throw BeaconProblem.invalid(message, problems);
    }
  }
}
