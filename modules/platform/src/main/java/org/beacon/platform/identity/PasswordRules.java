package org.beacon.platform.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: 12 to 128 characters, not one of the 10,000 most common passwords
 * (nor one of them with digits or symbols stuck on the end, {@code dragon2024!!}), not the
 * username, not one character repeated. Length beats composition rules (NIST SP 800-63B), so there
 * are none.
 *
 * <p>Applies wherever a password is chosen: the first administrator's ({@code
 * BEACON_ADMIN_PASSWORD}) and every later change. The demo school's shared, published password is
 * not chosen by anyone and is not checked.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON = load("common-passwords.txt");

  private PasswordRules() {}

  /**
   * What is wrong with the password, in words for the person choosing it; empty when it may be
   * used. Never repeats the password.
   */
  public static List<String> problems(String password, String username) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      problems.add("Choose a password of at least " + MIN_LENGTH + " characters");
      return problems;
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      problems.add("Use at least " + MIN_LENGTH + " characters (a few words make a good password)");
    }
    if (length > MAX_LENGTH) {
      problems.add("Use at most " + MAX_LENGTH + " characters");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (isCommon(lower)) {
      problems.add("This password is one of the most common passwords; choose another");
    }
    if (username != null
        && !username.isBlank()
        && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
      problems.add("Do not use your username in your password");
    }
    if (password.codePoints().distinct().count() == 1) {
      problems.add("Do not repeat one character");
    }
    return problems;
  }

  /** Whether the password is on the list, as it is or with digits and symbols taken off its end. */
  static boolean isCommon(String lower) {
    if (COMMON.contains(lower)) {
      return true;
    }
    int end = lower.length();
    while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
      end--;
    }
    return end > 0 && end < lower.length() && COMMON.contains(lower.substring(0, end));
  }

  private static Set<String> load(String resource) {
    try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The list of common passwords is missing: " + resource);
      }
      Set<String> words = new HashSet<>(16_384);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String word = line.trim();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
