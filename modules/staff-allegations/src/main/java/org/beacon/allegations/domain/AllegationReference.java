package org.beacon.allegations.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable reference of an allegation, {@code ALG-2026-0001}: the year it was raised (school
 * time) and its number. It is derived from the two, never stored apart from them.
 *
 * @param year the year the allegation was raised
 * @param id the allegation's number
 */
public record AllegationReference(int year, long id) {

  private static final Pattern FORMAT = Pattern.compile("ALG-(\\d{4})-(\\d{4,18})");
  private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

  public static AllegationReference of(Instant raisedAt, long id) {
    return new AllegationReference(raisedAt.atZone(SCHOOL_ZONE).getYear(), id);
  }

  /** The reference in this text, if it has the form ALG-YYYY-NNNN. */
  public static Optional<AllegationReference> parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.trim());
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new AllegationReference(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))));
  }

  @Override
  public String toString() {
    return String.format("ALG-%d-%04d", year, id);
  }
}
