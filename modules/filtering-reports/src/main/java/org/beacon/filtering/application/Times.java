package org.beacon.filtering.application;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Date-times as people send them: with an offset, or in school time. */
public final class Times {

  private Times() {}

  /** The instant, or null with an error for the field when the text is not a date-time. */
  public static Instant parse(String text, String field, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text.trim()).atZone(FilteringSettings.SCHOOL_ZONE).toInstant();
      } catch (DateTimeParseException e) {
        errors.put(field, "must be a date and time such as 2026-03-03T10:15");
        return null;
      }
    }
  }
}
