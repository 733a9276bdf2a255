package org.beacon.platform.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person's TOTP secret (sealed, see {@link SecretSealing}), whether they confirmed it with a
 * first code, and the last time step accepted from it.
 */
@Entity
@Table(name = "pf_two_factor")
public class TwoFactorEnrolment {

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(nullable = false, length = 400)
  private String secret;

  @Column(nullable = false)
  private boolean confirmed;

  @Column(name = "last_step", nullable = false)
  private long lastStep;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected TwoFactorEnrolment() {}

  TwoFactorEnrolment(Long userId, String sealedSecret, Instant now) {
    this.userId = userId;
    this.secret = sealedSecret;
    this.createdAt = now;
  }

  Long userId() {
    return userId;
  }

  String sealedSecret() {
    return secret;
  }

  boolean confirmed() {
    return confirmed;
  }

  long lastStep() {
    return lastStep;
  }

  /** A new secret for an enrolment not yet confirmed (enrolment started again). */
  void restart(String sealedSecret, Instant now) {
    this.secret = sealedSecret;
    this.createdAt = now;
    this.lastStep = 0;
  }

  void confirm(long step, Instant now) {
    this.confirmed = true;
    this.confirmedAt = now;
    this.lastStep = step;
  }
}
