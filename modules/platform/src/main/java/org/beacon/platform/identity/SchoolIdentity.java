package org.beacon.platform.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a provider's ID token says about the person who signed in there: the claim values that may
 * name a directory person, and whether the provider's own sign-in used more than a password.
 */
final class SchoolIdentity {

  /**
   * Authentication method references (RFC 8176) that prove a second factor: Entra ID puts {@code
   * mfa}; one-time codes, hardware and software keys and smart cards are second factors too.
   */
  static final Set<String> SECOND_FACTOR_METHODS = Set.of("mfa", "otp", "hwk", "swk", "sc");

  /** One claim value that may name a person: {@code email=jo@school.org}. */
  record Claimed(String claim, String value) {
    @Override
    public String toString() {
      return claim + "=" + value;
    }
  }

  private SchoolIdentity() {}

  /**
   * The values of the named claims, in the school's order, blanks left out. An e-mail address the
   * provider says it has not verified names nobody: anyone can type one into a personal account.
   */
  static List<Claimed> candidates(Map<String, Object> claims, List<String> names) {
    List<Claimed> found = new ArrayList<>();
    for (String name : names) {
      if (name.equals("email") && Boolean.FALSE.equals(verified(claims.get("email_verified")))) {
        continue;
      }
      if (claims.get(name) instanceof String value && !value.isBlank()) {
        found.add(new Claimed(name, value.trim()));
      }
    }
    return found;
  }

  /** Whether the {@code amr} claim lists a method that is a second factor. */
  static boolean multiFactor(Object amr) {
    if (!(amr instanceof Collection<?> methods)) {
      return false;
    }
    return methods.stream()
        .anyMatch(
            m ->
                m != null && SECOND_FACTOR_METHODS.contains(m.toString().toLowerCase(Locale.ROOT)));
  }

  private static Boolean verified(Object value) {
    // Some providers send the flag as a string.
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof String s ? Boolean.valueOf(s) : null;
  }
}
