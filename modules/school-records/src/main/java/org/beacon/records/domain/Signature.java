package org.beacon.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One signature of one version of an agreement: by a user, or for a pupil (with the parent's name
 * when a parent signed), in Beacon or from a paper form.
 */
@Entity
@Table(name = "rec_signature")
public class Signature {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_signature_seq")
  @SequenceGenerator(
      name = "rec_signature_seq",
      sequenceName = "rec_signature_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "agreement_code", nullable = false, length = 40)
  private String agreementCode;

  @Column(nullable = false)
  private int version;

  @Column(name = "signer_username", length = 100)
  private String signerUsername;

  @Column(name = "pupil_reference", length = 100)
  private String pupilReference;

  @Column(name = "parent_name", length = 200)
  private String parentName;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SigningMethod method;

  @Column(name = "paper_date")
  private LocalDate paperDate;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  protected Signature() {}

  private Signature(
      String agreementCode,
      int version,
      String signerUsername,
      String pupilReference,
      String parentName,
      Instant signedAt,
      SigningMethod method,
      LocalDate paperDate,
      String recordedBy) {
    this.agreementCode = Objects.requireNonNull(agreementCode);
    this.version = version;
    this.signerUsername = signerUsername;
    this.pupilReference = pupilReference;
    this.parentName = parentName;
    this.signedAt = Objects.requireNonNull(signedAt);
    this.method = Objects.requireNonNull(method);
    this.paperDate = paperDate;
    this.recordedBy = Objects.requireNonNull(recordedBy);
  }

  /** The user signed in Beacon, themselves. */
  public static Signature inBeacon(String agreementCode, int version, String username, Instant at) {
    return new Signature(
        agreementCode, version, username, null, null, at, SigningMethod.IN_BEACON, null, username);
  }

  /** A paper form signed by a member of staff or a community user with an account. */
  public static Signature paperByUser(
      String agreementCode,
      int version,
      String username,
      LocalDate paperDate,
      String recordedBy,
      Instant at) {
    return new Signature(
        agreementCode,
        version,
        username,
        null,
        null,
        at,
        SigningMethod.PAPER,
        paperDate,
        recordedBy);
  }

  /** A paper form for a pupil, signed by the pupil or (with their name) a parent. */
  public static Signature paperForPupil(
      String agreementCode,
      int version,
      String pupilReference,
      String parentName,
      LocalDate paperDate,
      String recordedBy,
      Instant at) {
    return new Signature(
        agreementCode,
        version,
        null,
        pupilReference,
        parentName,
        at,
        SigningMethod.PAPER,
        paperDate,
        recordedBy);
  }

  public Long id() {
    return id;
  }

  public String agreementCode() {
    return agreementCode;
  }

  public int version() {
    return version;
  }

  public String signerUsername() {
    return signerUsername;
  }

  public String pupilReference() {
    return pupilReference;
  }

  public String parentName() {
    return parentName;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public SigningMethod method() {
    return method;
  }

  public LocalDate paperDate() {
    return paperDate;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
