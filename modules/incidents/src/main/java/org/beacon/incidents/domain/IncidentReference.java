package org.beacon.incidents.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable reference of an incident, {@code INC-2026-0042}: the year it was reported and its
 * number in the log. It is derived from the two, never stored apart from them.
 *
 * @param year the year the incident was reported (UTC)
 * @param id the incident's number
 */
public record IncidentReference(int year, long id) {

  private static final Pattern FORMAT = Pattern.compile("INC-(\\d{4})-(\\d{4,18})");

  public static IncidentReference of(Instant reportedAt, long id) {
    return new IncidentReference(reportedAt.atOffset(ZoneOffset.UTC).getYear(), id);
  }

  /** The reference in this text, if it has the form INC-YYYY-NNNN. */
  public static Optional<IncidentReference> parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.trim());
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new IncidentReference(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))));
  }

  @Override
  public String toString() {
    // The number at least four digits wide; without String.format, which showed in profiles of
    // reporting (a reference is written several times per report).
    String number = Long.toString(id);
    return "INC-" + year + "-" + "0".repeat(Math.max(0, 4 - number.length())) + number;
  }
}
