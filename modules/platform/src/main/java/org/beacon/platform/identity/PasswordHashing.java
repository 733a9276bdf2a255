package org.beacon.platform.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2 password hashes, through Jakarta Security's own {@link Pbkdf2PasswordHash}. */
@ApplicationScoped
public class PasswordHashing {

  private static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.Iterations", "120000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "16",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  /** A hash of a random password, verified when the user is unknown so both paths cost the same. */
  private String decoy;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void init() {
    pbkdf2.initialize(PARAMETERS);
    decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
  }

  /**
   * Stored for people added without a password (an import): no password matches it, so they sign
   * in only after an administrator resets it and hands them the temporary one.
   */
  public static final String NO_PASSWORD = "!none";

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean verify(char[] password, String hash) {
    if (NO_PASSWORD.equals(hash)) {
      verifyDecoy(password);
      return false;
    }
    return pbkdf2.verify(password, hash);
  }

  /** Spends the time of one verification, for callers whose user does not exist. */
  public void verifyDecoy(char[] password) {
    pbkdf2.verify(password, decoy);
  }
}
