package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials that passed a full PBKDF2 check recently. Entries are keyed by user and stored hash,
 * so a password change invalidates them, and hold only an HMAC-SHA256 of the password under a
 * random key that lives and dies with this process (never written anywhere): a heap dump shows no
 * password, and nothing a guess could be checked against without the key.
 */
@ApplicationScoped
public class VerifiedCredentials {

  static final Duration TTL = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private final byte[] secret = new byte[32];
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  private record Entry(String digest, Instant expires) {}

  public VerifiedCredentials() {
    this(Clock.systemUTC());
  }

  VerifiedCredentials(Clock clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(secret);
  }

  boolean contains(String username, String storedHash, char[] password) {
    Entry entry = entries.get(key(username, storedHash));
    return entry != null
        && entry.expires().isAfter(clock.instant())
        && MessageDigest.isEqual(
            entry.digest().getBytes(StandardCharsets.US_ASCII),
            digest(password).getBytes(StandardCharsets.US_ASCII));
  }

  void remember(String username, String storedHash, char[] password) {
    if (entries.size() >= MAX_ENTRIES) {
      Instant now = clock.instant();
      entries.values().removeIf(e -> !e.expires().isAfter(now));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(key(username, storedHash), new Entry(digest(password), clock.instant().plus(TTL)));
  }

  private static String key(String username, String storedHash) {
    return username + '\u0000' + storedHash;
  }

  private String digest(char[] password) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
      ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
      byte[] raw = Arrays.copyOf(bytes.array(), bytes.limit());
      Arrays.fill(bytes.array(), (byte) 0);
      byte[] out = hmac.doFinal(raw);
      Arrays.fill(raw, (byte) 0);
      return HexFormat.of().formatHex(out);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
