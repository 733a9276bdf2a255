package org.beacon.filtering.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable reference of a filtering case, e.g. {@code FLT-2026-0001}: a prefix for the kind of
 * case, the year it was opened and its number. It is derived from the year and the number, never
 * stored apart from them.
 *
 * @param prefix {@link #REPORT}, {@link #CHANGE_REQUEST}, {@link #REVIEW} or {@link #LOG_REVIEW}
 * @param year the year the case was opened (UTC)
 * @param id the case's number
 */
public record FilteringReference(String prefix, int year, long id) {

  /** An unsuitable-site report. */
  public static final String REPORT = "FLT";

  /** A block or allow change request. */
  public static final String CHANGE_REQUEST = "FCR";

  /** A review of the filtering provision (annual or on demand). */
  public static final String REVIEW = "FRV";

  /** The review of one user's flagged web use on one day. */
  public static final String LOG_REVIEW = "FLR";

  private static final Pattern FORMAT = Pattern.compile("([A-Z]{3})-(\\d{4})-(\\d{4,18})");

  public static FilteringReference of(String prefix, Instant openedAt, long id) {
    return new FilteringReference(prefix, openedAt.atOffset(ZoneOffset.UTC).getYear(), id);
  }

  /** The reference in this text if it has the form PREFIX-YYYY-NNNN with the given prefix. */
  public static Optional<FilteringReference> parse(String prefix, String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.trim());
    if (m == null || !m.matches() || !m.group(1).equals(prefix)) {
      return Optional.empty();
    }
    return Optional.of(
        new FilteringReference(prefix, Integer.parseInt(m.group(2)), Long.parseLong(m.group(3))));
  }

  @Override
  public String toString() {
    return String.format("%s-%d-%04d", prefix, year, id);
  }
}
