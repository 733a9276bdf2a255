package org.beacon.platform.identity;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them by default: HMAC-SHA1,
 * six digits, 30-second steps. The codes themselves come from {@code dev.samstevens.totp}; what is
 * Beacon's is which steps count: the current one and one either side (a phone's clock a little off,
 * a code typed as it changed), and only steps after the last one accepted, so that a code seen over
 * someone's shoulder cannot be used again.
 */
final class TotpCodes {

  static final int PERIOD_SECONDS = 30;
  static final int DIGITS = 6;

  /** Steps accepted either side of now. */
  static final int DRIFT_STEPS = 1;

  private final CodeGenerator generator;

  TotpCodes() {
    this(new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS));
  }

  TotpCodes(CodeGenerator generator) {
    this.generator = generator;
  }

  /** A new shared secret: 32 Base32 characters, 160 bits, the size RFC 4226 recommends. */
  static String newSecret() {
    return new DefaultSecretGenerator(32).generate();
  }

  /** The time step an instant falls in. */
  static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
  }

  /** The code for one time step. */
  String codeAt(String base32Secret, long step) {
    try {
      return generator.generate(base32Secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("A one-time code could not be computed", e);
    }
  }

  /**
   * The step {@code code} belongs to, if it is one of the steps around {@code now} and later than
   * {@code lastAccepted}; empty otherwise. The earliest matching step wins, so a code is never
   * credited to a later step than it was made for.
   */
  OptionalLong match(String base32Secret, String code, Instant now, long lastAccepted) {
    String given = digits(code);
    if (given == null) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long s = current - DRIFT_STEPS; s <= current + DRIFT_STEPS; s++) {
      if (s > lastAccepted && constantTimeEquals(codeAt(base32Secret, s), given)) {
        return OptionalLong.of(s);
      }
    }
    return OptionalLong.empty();
  }

  /** The code with spaces removed, or null if it is not six digits. */
  static String digits(String code) {
    if (code == null) {
      return null;
    }
    String trimmed = code.replace(" ", "").trim();
    return trimmed.length() == DIGITS && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')
        ? trimmed
        : null;
  }

  private static boolean constantTimeEquals(String a, String b) {
    return java.security.MessageDigest.isEqual(
        a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
