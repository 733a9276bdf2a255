package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins sent to the school's identity provider and not yet back. Each is kept by its {@code
 * state} and tied to the browser that started it by a random key in a cookie of its own: the
 * session cookie is {@code SameSite=Strict}, so the browser does not send it on the provider's
 * redirect back, and a code sent back to another browser (login CSRF) finds no matching key. Kept
 * in memory for ten minutes and used once.
 */
@ApplicationScoped
public class PendingSignIns {

  /** How long a person may take at the provider's sign-in page. */
  static final Duration LIFETIME = Duration.ofMinutes(10);

  /** Bounds the memory an anonymous caller can make Beacon spend by starting sign-ins. */
  static final int MAX_PENDING = 10_000;

  /**
   * One sign-in under way.
   *
   * @param state sent to the provider and back, finds this entry
   * @param browserKey kept in the starting browser's cookie
   * @param nonce bound into the ID token by the provider
   * @param codeVerifier the PKCE secret whose hash the provider saw
   * @param redirectUri where the provider sends the browser back; the code is redeemed with it
   */
  record Pending(
      String state,
      String browserKey,
      String nonce,
      String codeVerifier,
      URI redirectUri,
      Instant started) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Pending> byState = new ConcurrentHashMap<>();
  private final Clock clock;

  public PendingSignIns() {
    this(Clock.systemUTC());
  }

  PendingSignIns(Clock clock) {
    this.clock = clock;
  }

  /** A new sign-in, or empty when too many are under way (someone is starting sign-ins in bulk). */
  Optional<Pending> start(URI redirectUri) {
    Instant now = clock.instant();
    if (byState.size() >= MAX_PENDING) {
      // Abandoned sign-ins (a closed tab at the provider's page) are swept only when they matter.
      byState.values().removeIf(p -> expired(p, now));
      if (byState.size() >= MAX_PENDING) {
        return Optional.empty();
      }
    }
    // PKCE verifiers are 43 to 128 characters: 32 random bytes make 43.
    Pending pending = new Pending(random(), random(), random(), random(), redirectUri, now);
    byState.put(pending.state(), pending);
    return Optional.of(pending);
  }

  /**
   * The sign-in this {@code state} belongs to, if it is still fresh and {@code browserKey} is the
   * starting browser's. Either way the state cannot be used again.
   */
  Optional<Pending> finish(String state, String browserKey) {
    if (state == null) {
      return Optional.empty();
    }
    // Removed whoever brings it: a code that reached another browser is not worth finishing.
    Pending pending = byState.remove(state);
    if (pending == null || browserKey == null || expired(pending, clock.instant())) {
      return Optional.empty();
    }
    boolean sameBrowser =
        MessageDigest.isEqual(pending.browserKey().getBytes(), browserKey.getBytes());
    return sameBrowser ? Optional.of(pending) : Optional.empty();
  }

  private static boolean expired(Pending pending, Instant now) {
    return pending.started().plus(LIFETIME).isBefore(now);
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
