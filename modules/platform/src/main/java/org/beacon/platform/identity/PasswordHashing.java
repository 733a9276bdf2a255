package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in the form Jakarta Security's own {@code Pbkdf2PasswordHash} writes,
 * {@code PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>} (salt and hash in Base64). The form keeps
 * each hash's iteration count, so a hash written at an older count still verifies; {@link
 * #needsRehash} tells the sign-in to write it again at the current count.
 *
 * <p>Done with the JDK's {@code SecretKeyFactory} rather than the server's implementation, so that
 * the count and the upgrade are ours to test.
 */
@ApplicationScoped
public class PasswordHashing {

  static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  /** OWASP's figure for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet, 2023 onwards). */
  public static final int ITERATIONS = 600_000;

  private static final int SALT_BYTES = 16;
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;

  /** A hash of a random password, verified when the user is unknown so both paths cost the same. */
  private volatile String decoy;

  public PasswordHashing() {
    this(ITERATIONS);
  }

  PasswordHashing(int iterations) {
    this.iterations = iterations;
  }

  /**
   * Stored for people added without a password (an import): no password matches it, so they sign in
   * only after an administrator resets it and hands them the temporary one.
   */
  public static final String NO_PASSWORD = "!none";

  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return encode(iterations, salt, derive(password, salt, iterations, KEY_BYTES));
  }

  public boolean verify(char[] password, String hash) {
    Parsed parsed = Parsed.of(hash);
    if (parsed == null) {
      // Not a hash at all (NO_PASSWORD, for people imported without one): no password matches,
      // and the answer takes as long as any other.
      verifyDecoy(password);
      return false;
    }
    byte[] derived = derive(password, parsed.salt(), parsed.iterations(), parsed.key().length);
    return MessageDigest.isEqual(derived, parsed.key());
  }

  /** Whether a hash that just verified should be written again at the current strength. */
  public boolean needsRehash(String hash) {
    Parsed parsed = Parsed.of(hash);
    return parsed == null || parsed.iterations() < iterations;
  }

  /** The iteration count a stored hash was written with, or 0 if it is not one of ours. */
  static int iterationsOf(String hash) {
    Parsed parsed = Parsed.of(hash);
    return parsed == null ? 0 : parsed.iterations();
  }

  /** Spends the time of one verification, for callers whose user does not exist. */
  public void verifyDecoy(char[] password) {
    String d = decoy;
    if (d == null) {
      d = hash(UUID.randomUUID().toString().toCharArray());
      decoy = d;
    }
    verify(password, d);
  }

  private static String encode(int iterations, byte[] salt, byte[] key) {
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + iterations
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(key);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }

  private record Parsed(int iterations, byte[] salt, byte[] key) {
    static Parsed of(String hash) {
      if (hash == null) {
        return null;
      }
      String[] parts = hash.split(":");
      if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
        return null;
      }
      try {
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] key = Base64.getDecoder().decode(parts[3]);
        if (iterations < 1 || salt.length == 0 || key.length == 0) {
          return null;
        }
        return new Parsed(iterations, salt, key);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
