package org.beacon.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An agreement people sign (the staff AUP, a pupil AUP for a key stage, the parent AUP, ...), bound
 * to a policy in the register: by the policy's id once someone binds it, until then by its kind.
 * Its version follows the policy: when the governing body approves a version, that version is the
 * one people must sign.
 */
@Entity
@Table(name = "rec_agreement_type")
public class AgreementType {

  @Id private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Audience audience;

  @Column(name = "policy_kind", length = 40)
  private String policyKind;

  @Column(name = "policy_id")
  private Long policyId;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  /** The register's policy and version the current version stands for. */
  @Column(name = "version_policy_id")
  private Long versionPolicyId;

  @Column(name = "policy_version")
  private Integer policyVersion;

  @Column(name = "sign_by")
  private LocalDate signBy;

  @Column(nullable = false)
  private boolean skippable;

  protected AgreementType() {}

  public AgreementType(
      long id, String code, String title, Audience audience, String policyKind, boolean skippable) {
    this.id = id;
    this.code = code;
    this.title = title;
    this.audience = audience;
    this.policyKind = policyKind;
    this.skippable = skippable;
  }

  /** Whether a policy approved with this id and kind is this agreement's policy. */
  public boolean boundTo(long policyId, String policyKind) {
    if (this.policyId != null) {
      return this.policyId == policyId;
    }
    return this.policyKind != null && this.policyKind.equals(policyKind);
  }

  /**
   * A version of its policy is in force: the agreement's own version moves on (signatures count per
   * agreement version, whichever register entry it came from), to be signed by {@code signBy}.
   *
   * @return false for a version already taken (a message delivered twice, an older version late)
   */
  public boolean newVersion(long policyId, int policyVersion, LocalDate signBy) {
    if (versionPolicyId != null
        && versionPolicyId == policyId
        && this.policyVersion != null
        && policyVersion <= this.policyVersion) {
      return false;
    }
    this.currentVersion++;
    this.versionPolicyId = policyId;
    this.policyVersion = policyVersion;
    this.signBy = signBy;
    return true;
  }

  /** Binds the agreement to one policy of the register. */
  public void bind(long policyId) {
    this.policyId = policyId;
  }

  public void setSkippable(boolean skippable) {
    this.skippable = skippable;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public Audience audience() {
    return audience;
  }

  public String policyKind() {
    return policyKind;
  }

  public Long policyId() {
    return policyId;
  }

  /** The version people must sign; 0 while no version of its policy has been approved. */
  public int currentVersion() {
    return currentVersion;
  }

  public LocalDate signBy() {
    return signBy;
  }

  /** Whether staff may skip it at sign-in (they are still asked each time until they sign). */
  public boolean skippable() {
    return skippable;
  }
}
