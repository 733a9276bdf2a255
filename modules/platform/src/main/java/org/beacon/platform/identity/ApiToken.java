package org.beacon.platform.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token: its owner, name and lifetime, and the digest of the token itself. */
@Entity
@Table(name = "pf_api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "token_hash", nullable = false, length = 64, unique = true)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(Long userId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
    this.userId = userId;
    this.name = name;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  Long id() {
    return id;
  }

  Long userId() {
    return userId;
  }

  String name() {
    return name;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  Instant lastUsedAt() {
    return lastUsedAt;
  }

  Instant revokedAt() {
    return revokedAt;
  }

  void revoke(Instant now) {
    this.revokedAt = now;
  }
}
