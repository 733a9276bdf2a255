package org.beacon.governance.domain.policy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a policy, as submitted and as decided: every version is kept, whatever became of
 * it (seed 001: "each version will be stored for audit purposes").
 */
@Entity
@Table(name = "gov_policy_version")
public class PolicyVersion {

  /** What a version consists of. */
  public enum ContentKind {
    TEXT,
    FILE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gov_policy_version_seq")
  @SequenceGenerator(
      name = "gov_policy_version_seq",
      sequenceName = "gov_policy_version_seq",
      allocationSize = 1)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "policy_id", nullable = false, updatable = false)
  private Policy policy;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private VersionStatus status = VersionStatus.PENDING;

  @Column(nullable = false, length = 200, updatable = false)
  private String author;

  @Column(name = "version_date", nullable = false, updatable = false)
  private LocalDate versionDate;

  @Column(name = "change_summary", nullable = false, length = 2000, updatable = false)
  private String changeSummary;

  @Column(name = "next_review_date", updatable = false)
  private LocalDate nextReviewDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "content_kind", nullable = false, length = 10, updatable = false)
  private ContentKind contentKind;

  @Column(name = "file_name", length = 255, updatable = false)
  private String fileName;

  @Column(name = "content_type", length = 100, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
  @JoinColumn(name = "content_id", nullable = false, updatable = false)
  private PolicyContent content;

  @Column(name = "submitted_by", nullable = false, length = 100, updatable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = 2000)
  private String decisionNote;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected PolicyVersion() {}

  PolicyVersion(
      Policy policy, int number, NewVersion submitted, String submittedBy, Instant submittedAt) {
    this.policy = policy;
    this.number = number;
    this.author = submitted.author();
    this.versionDate = submitted.versionDate();
    this.changeSummary = submitted.changeSummary();
    this.nextReviewDate = submitted.nextReviewDate();
    if (submitted.fileBytes() != null) {
      this.contentKind = ContentKind.FILE;
      this.fileName = submitted.fileName();
      this.contentType = submitted.contentType();
      this.sizeBytes = submitted.fileBytes().length;
      this.content = PolicyContent.file(submitted.fileBytes());
    } else {
      this.contentKind = ContentKind.TEXT;
      this.contentType = "text/plain";
      this.sizeBytes = submitted.text().length();
      this.content = PolicyContent.text(submitted.text());
    }
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  void decide(VersionStatus decision, String by, Instant at, String note) {
    if (status != VersionStatus.PENDING) {
      throw new PolicyStateException("Version " + number + " was already decided");
    }
    this.status = decision;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionNote = note;
  }

  void supersede() {
    this.status = VersionStatus.SUPERSEDED;
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The business key of the version's approval, e.g. {@code POLICY-3-V2}. */
  public String reference() {
    return policy.reference() + "-V" + number;
  }

  public Long id() {
    return id;
  }

  public Policy policy() {
    return policy;
  }

  public int number() {
    return number;
  }

  public VersionStatus status() {
    return status;
  }

  public String author() {
    return author;
  }

  public LocalDate versionDate() {
    return versionDate;
  }

  public String changeSummary() {
    return changeSummary;
  }

  public LocalDate nextReviewDate() {
    return nextReviewDate;
  }

  public ContentKind contentKind() {
    return contentKind;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  /** The text or file; loaded only when asked for. */
  public PolicyContent content() {
    return content;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionNote() {
    return decisionNote;
  }

  public String processInstanceId() {
    return processInstanceId;
  }
}
