package org.beacon.platform.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One single-use recovery code, kept as its digest ({@link RecoveryCodes#digest}). */
@Entity
@Table(name = "pf_recovery_code")
public class RecoveryCode {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  RecoveryCode(Long userId, String codeHash) {
    this.userId = userId;
    this.codeHash = codeHash;
  }
}
