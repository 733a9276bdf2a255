package org.beacon.allegations.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beacon.platform.api.SchoolTime;

/**
 * The readable reference of an allegation, {@code ALG-2026-K7Q2MX}: the year it was raised (school
 * time) and a random code. References are not numbered in order, so a list with one left out (a
 * case against the reader) shows no gap. Allegations recorded before the codes kept their number as
 * their code ({@code ALG-2026-0007}).
 *
 * @param year the year the allegation was raised
 * @param code the allegation's code
 */
public record AllegationReference(int year, String code) {

  /** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
  static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

  static final int CODE_LENGTH = 6;

  private static final Pattern FORMAT = Pattern.compile("ALG-(\\d{4})-([0-9A-Z]{4,18})");
  private static final ZoneId SCHOOL_ZONE = SchoolTime.ZONE;
  private static final RandomGenerator RANDOM = new SecureRandom();

  public static AllegationReference of(Instant raisedAt, String code) {
    return new AllegationReference(raisedAt.atZone(SCHOOL_ZONE).getYear(), code);
  }

  /**
   * A new random code: 32^6, about a billion, so a school's few cases a year rarely meet one taken.
   */
  public static String newCode() {
    StringBuilder code = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The reference in this text, if it has the form ALG-YYYY-CODE (case as given is ignored). */
  public static Optional<AllegationReference> parse(String text) {
    Matcher m =
        text == null ? null : FORMAT.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new AllegationReference(Integer.parseInt(m.group(1)), m.group(2)));
  }

  @Override
  public String toString() {
    return "ALG-" + year + "-" + code;
  }
}
