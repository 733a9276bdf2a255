package org.beacon.platform.identity;

import java.security.SecureRandom;

/**
 * The password an administrator hands over after a reset: four groups of four characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), about 80 random bits, easy to read out or copy.
 */
public final class TemporaryPassword {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPassword() {}

  public static String generate() {
    StringBuilder password = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
