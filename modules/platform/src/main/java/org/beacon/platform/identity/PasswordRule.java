package org.beacon.platform.identity;

import java.util.Optional;

/**
 * What a password must be to be chosen. For now only its length; the full password policy will
 * replace this one class.
 */
public final class PasswordRule {

  /** The shortest password anyone may choose. */
  public static final int MIN_LENGTH = 12;

  private PasswordRule() {}

  /** What is wrong with the password, in words that follow its field's name; empty when it will do. */
  public static Optional<String> problem(String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of("is required");
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters long");
    }
    return Optional.empty();
  }
}
