package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Personal API tokens: what scripts and the Camunda Modeler send ({@code Authorization: Bearer
 * <token>}) where a password alone may not sign the person in. A token is 256 random bits, shown
 * once when it is made; Beacon keeps its SHA-256 digest, its name, when it expires and when it was
 * last used. Audited as resource type {@value #RESOURCE}, with the token's id.
 */
@ApplicationScoped
public class ApiTokens {

  static final String RESOURCE = "api-token";
  static final String PREFIX = "bcn_";
  static final int MAX_DAYS = 366;
  static final int MAX_NAME = 100;

  /** Last use is written at most this often per token, not on every request. */
  static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Inject Directory directory;
  @Inject AuditLog audit;

  Clock clock = Clock.systemUTC();

  /** A token as its owner sees it in the list: never the token itself. */
  public record TokenView(
      long id, String name, Instant created, Instant expires, Instant lastUsed, boolean expired) {}

  /** A token just made, and the token itself, shown this once. */
  @Schema(name = "CreatedApiToken")
  public record Created(TokenView details, String token) {}

  /** Why a bearer token did not sign anyone in, or whom it did. */
  sealed interface Check {
    record Valid(BeaconUser owner, long tokenId) implements Check {}

    record Refused(String reason) implements Check {}
  }

  @Transactional
  public Created create(String username, String name, Object expiresInDays) {
    BeaconUser owner = directory.find(username).orElseThrow(BeaconProblem::unauthenticated);
    Map<String, String> problems = new LinkedHashMap<>();
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty()) {
      problems.put("name", "is required: say what the token is for, e.g. \"Camunda Modeler\"");
    } else if (cleanName.length() > MAX_NAME) {
      problems.put("name", "is longer than " + MAX_NAME + " characters");
    }
    int days = 0;
    if (!(expiresInDays instanceof Integer given) || given < 1 || given > MAX_DAYS) {
      problems.put("expiresInDays", "must be a whole number of days from 1 to " + MAX_DAYS);
    } else {
      days = given;
    }
    if (!problems.isEmpty()) {
      audit.denied("create", RESOURCE, null, "invalid: " + String.join(", ", problems.keySet()));
      throw BeaconProblem.invalid("No token was made", problems);
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Instant now = clock.instant();
    ApiToken stored =
        new ApiToken(owner.id(), cleanName, digest(token), now, now.plus(Duration.ofDays(days)));
    em.persist(stored);
    em.flush();
    audit.allowed(
        "create",
        RESOURCE,
        stored.id().toString(),
        "for " + username + ", expires in " + days + " days");
    return new Created(view(stored, now), token);
  }

  /** The person's tokens not revoked, newest first (expired ones included, marked so). */
  public List<TokenView> list(String username) {
    BeaconUser owner = directory.find(username).orElseThrow(BeaconProblem::unauthenticated);
    Instant now = clock.instant();
    return em
        .createQuery(
            "select t from ApiToken t where t.userId = :id and t.revokedAt is null order by t.createdAt desc, t.id desc",
            ApiToken.class)
        .setParameter("id", owner.id())
        .getResultList()
        .stream()
        .map(t -> view(t, now))
        .toList();
  }

  /** Revokes one of the person's own tokens; 404 for anyone else's, or one revoked already. */
  @Transactional
  public void revoke(String username, long id) {
    BeaconUser owner = directory.find(username).orElseThrow(BeaconProblem::unauthenticated);
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null || !token.userId().equals(owner.id()) || token.revokedAt() != null) {
      audit.denied("revoke", RESOURCE, Long.toString(id), "no such token of " + username);
      throw BeaconProblem.notFound("You have no such token");
    }
    token.revoke(clock.instant());
    audit.allowed("revoke", RESOURCE, Long.toString(id), "of " + username);
  }

  /**
   * Whom a bearer token signs in: valid only while not revoked or expired and its owner is enabled.
   */
  @Transactional
  public Check check(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
      return new Check.Refused("not a Beacon API token");
    }
    Optional<ApiToken> found =
        em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
            .setParameter("hash", digest(token))
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      return new Check.Refused("unknown API token");
    }
    ApiToken t = found.get();
    Instant now = clock.instant();
    if (t.revokedAt() != null) {
      return new Check.Refused("API token " + t.id() + " was revoked");
    }
    if (!t.expiresAt().isAfter(now)) {
      return new Check.Refused("API token " + t.id() + " expired at " + t.expiresAt());
    }
    Optional<BeaconUser> owner = Optional.ofNullable(em.find(BeaconUser.class, t.userId()));
    if (owner.isEmpty() || !owner.get().enabled()) {
      return new Check.Refused("API token " + t.id() + " belongs to a disabled person");
    }
    if (t.lastUsedAt() == null || t.lastUsedAt().plus(LAST_USE_RESOLUTION).isBefore(now)) {
      em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
          .setParameter("now", now)
          .setParameter("id", t.id())
          .executeUpdate();
    }
    return new Check.Valid(owner.get(), t.id());
  }

  static String digest(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static TokenView view(ApiToken t, Instant now) {
    return new TokenView(
        t.id(),
        t.name(),
        t.createdAt(),
        t.expiresAt(),
        t.lastUsedAt(),
        !t.expiresAt().isAfter(now));
  }
}
