package org.beacon.platform.disclosure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sealed form of a child's file moving school: AES-256-GCM under a key derived from a
 * passphrase the two DSLs agree by telephone (PBKDF2 with HMAC-SHA-256, a random salt, {@value
 * #ITERATIONS} iterations). The GCM tag protects every byte, the header included: a package changed
 * on the way, or opened with the wrong passphrase, is refused whole.
 *
 * <p>Layout: the magic {@code BCNTRF1}, the iteration count (4 bytes), the salt (16), the IV (12),
 * then the ciphertext with its 16-byte tag.
 */
public final class TransferPackage {

  static final byte[] MAGIC = "BCNTRF1".getBytes(StandardCharsets.US_ASCII);
  static final int ITERATIONS = 310_000;
  static final int MIN_PASSPHRASE = 12;
  private static final int SALT_BYTES = 16;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int HEADER = MAGIC.length + 4 + SALT_BYTES + IV_BYTES;
  private static final SecureRandom RANDOM = new SecureRandom();

  private TransferPackage() {}

  /** Why a package could not be opened. */
  public static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  /** Seals {@code contents} under the passphrase. */
  public static byte[] seal(byte[] contents, char[] passphrase) {
    byte[] salt = new byte[SALT_BYTES];
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(salt);
    RANDOM.nextBytes(iv);
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    header.put(MAGIC).putInt(ITERATIONS).put(salt).put(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE,
          key(passphrase, salt, ITERATIONS),
          new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(header.array());
      byte[] sealed = cipher.doFinal(contents);
      return ByteBuffer.allocate(HEADER + sealed.length).put(header.array()).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** Opens a sealed package, or refuses it: not a package, changed, or the wrong passphrase. */
  public static byte[] open(byte[] sealed, char[] passphrase) throws Refused {
    if (sealed == null
        || sealed.length < HEADER + TAG_BITS / 8
        || !Arrays.equals(Arrays.copyOf(sealed, MAGIC.length), MAGIC)) {
      throw new Refused("This is not a Beacon transfer package");
    }
    ByteBuffer in = ByteBuffer.wrap(sealed);
    in.position(MAGIC.length);
    int iterations = in.getInt();
    if (iterations < 100_000 || iterations > 10_000_000) {
      throw new Refused("The package was changed after it was sealed");
    }
    byte[] salt = new byte[SALT_BYTES];
    byte[] iv = new byte[IV_BYTES];
    in.get(salt).get(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          key(passphrase, salt, iterations),
          new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(sealed, 0, HEADER);
      return cipher.doFinal(sealed, HEADER, sealed.length - HEADER);
    } catch (AEADBadTagException e) {
      throw new Refused(
          "The package could not be opened: the passphrase is wrong, or the package was changed"
              + " after it was sealed");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * The code the receiving school reads back to the sending school to confirm receipt: the first 50
   * bits of the package's SHA-256, as {@code XXXXX-XXXXX} in upper-case hexadecimal. Both sides
   * compute it from the same bytes.
   */
  public static String confirmationCode(byte[] sealed) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(sealed);
      String hex = HexFormat.of().withUpperCase().formatHex(hash);
      return hex.substring(0, 5) + "-" + hex.substring(5, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A code as typed: upper case, without spaces and dashes. */
  static String normalisedCode(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase();
  }

  private static SecretKeySpec key(char[] passphrase, byte[] salt, int iterations)
      throws GeneralSecurityException {
    PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return new SecretKeySpec(key, "AES");
    } finally {
      spec.clearPassword();
    }
  }
}
