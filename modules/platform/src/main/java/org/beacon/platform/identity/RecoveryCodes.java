package org.beacon.platform.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The ten single-use codes that stand in for a lost phone. Each is made like a temporary password
 * (four groups of four characters without look-alikes, about 79 random bits) and kept only as its
 * SHA-256 digest: with that much randomness a digest cannot be reversed by guessing, so the slow
 * hash passwords need (chosen by people, guessable) would add nothing but a slower sign-in.
 */
final class RecoveryCodes {

  static final int COUNT = 10;

  private RecoveryCodes() {}

  static List<String> generate() {
    return IntStream.range(0, COUNT).mapToObj(i -> TemporaryPassword.generate()).toList();
  }

  /** Whether typed text could be a recovery code rather than a six-digit one. */
  static boolean looksLikeOne(String typed) {
    return typed != null && normalise(typed).length() == 16;
  }

  /** The digest of a code as typed: case, spaces and dashes do not matter. */
  static String digest(String typed) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(normalise(typed).getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  static String normalise(String typed) {
    return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }
}
