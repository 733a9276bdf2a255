package org.beacon.platform.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps two-factor secrets out of plain sight in the database. Unlike a password, the secret must
 * be read back to check a code, so it cannot be hashed: with a key ({@code BEACON_2FA_KEY}, 32
 * bytes in Base64) it is sealed with AES-256-GCM ({@code v1:<iv+ciphertext>}), so a copy of the
 * database alone does not let anyone make codes. Without a key it is stored as it is ({@code
 * plain:<secret>}), and a secret stored that way is still read after a key is set.
 */
final class SecretSealing {

  private static final String SEALED = "v1:";
  private static final String PLAIN = "plain:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  /**
   * @param base64Key the key setting, or empty
   * @throws IllegalArgumentException if the key is not 32 bytes of Base64
   */
  SecretSealing(Optional<String> base64Key) {
    this.key = base64Key.map(SecretSealing::key).orElse(null);
  }

  static SecretSealing fromSettings() {
    return new SecretSealing(org.beacon.platform.config.BeaconSettings.current().twoFactorKey());
  }

  private static SecretKeySpec key(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("BEACON_2FA_KEY is not Base64");
    }
    if (bytes.length != 32) {
      throw new IllegalArgumentException(
          "BEACON_2FA_KEY must be 32 bytes (openssl rand -base64 32), it is " + bytes.length);
    }
    return new SecretKeySpec(bytes, "AES");
  }

  String seal(String secret) {
    if (key == null) {
      return PLAIN + secret;
    }
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
      return SEALED
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The two-factor secret could not be sealed", e);
    }
  }

  /**
   * The secret; an {@link IllegalStateException} if it was sealed and no key, or another key, is
   * set.
   */
  String open(String stored) {
    if (stored.startsWith(PLAIN)) {
      return stored.substring(PLAIN.length());
    }
    if (!stored.startsWith(SEALED)) {
      throw new IllegalStateException("Unknown form of a stored two-factor secret");
    }
    if (key == null) {
      throw new IllegalStateException(
          "Two-factor secrets are sealed, and BEACON_2FA_KEY is not set");
    }
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
      return new String(
          cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "A two-factor secret could not be opened: is BEACON_2FA_KEY the key it was sealed with?",
          e);
    }
  }
}
