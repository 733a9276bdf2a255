package org.beacon.filtering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A review of the filtering provision for its effectiveness (seed 001 "The school will regularly
 * review the filtering product"; the DfE standards: at least annually, recorded, with the governor
 * responsible): the figures since the last review, the technical and DSL checklists, and the
 * governor's sign-off. Kept for governor reporting.
 */
@Entity
@Table(name = "flt_review")
public class FilteringReview {

  /** Where a review stands. */
  public enum Status {
    IN_PROGRESS,
    AWAITING_SIGN_OFF,
    SIGNED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flt_review_seq")
  @SequenceGenerator(name = "flt_review_seq", sequenceName = "flt_review_seq", allocationSize = 1)
  private Long id;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  /** Who asked for it; null when the timer started it. */
  @Column(name = "requested_by", length = 100, updatable = false)
  private String requestedBy;

  /**
   * The previous signed review's sign-off, the start of the period looked back on; null for the
   * first.
   */
  @Column(name = "period_from", updatable = false)
  private Instant periodFrom;

  @Embedded private ReviewFigures figures;

  @Column(name = "rules_documented")
  private Boolean rulesDocumented;

  @Column(name = "provider_effectiveness", length = 20)
  private String providerEffectiveness;

  @Column(name = "technical_notes", length = 4000)
  private String technicalNotes;

  @Column(name = "technical_by", length = 100)
  private String technicalBy;

  @Column(name = "checks_reviewed")
  private Boolean checksReviewed;

  @Column(name = "reports_reviewed")
  private Boolean reportsReviewed;

  @Column(name = "findings", length = 4000)
  private String findings;

  @Column(name = "actions_agreed", length = 4000)
  private String actionsAgreed;

  @Column(name = "dsl_by", length = 100)
  private String dslBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.IN_PROGRESS;

  @Column(name = "signed_by", length = 100)
  private String signedBy;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "governor_comments", length = 4000)
  private String governorComments;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected FilteringReview() {}

  public FilteringReview(
      Instant startedAt, String requestedBy, Instant periodFrom, ReviewFigures figures) {
    this.startedAt = Objects.requireNonNull(startedAt);
    this.requestedBy = requestedBy;
    this.periodFrom = periodFrom;
    this.figures = Objects.requireNonNull(figures);
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /**
   * The technical checklist: what is blocked or allowed and why, and the provider's effectiveness.
   */
  public void technicalChecklist(
      boolean rulesDocumented, String providerEffectiveness, String notes, String by) {
    this.rulesDocumented = rulesDocumented;
    this.providerEffectiveness = providerEffectiveness;
    this.technicalNotes = notes;
    this.technicalBy = by;
  }

  /**
   * The DSL's checklist: checks, reports and changes since the last review, findings and actions.
   */
  public void dslChecklist(
      boolean checksReviewed,
      boolean reportsReviewed,
      String findings,
      String actionsAgreed,
      String by) {
    this.checksReviewed = checksReviewed;
    this.reportsReviewed = reportsReviewed;
    this.findings = findings;
    this.actionsAgreed = actionsAgreed;
    this.dslBy = by;
  }

  public void awaitSignOff() {
    this.status = Status.AWAITING_SIGN_OFF;
  }

  /** The governor sent it back with comments. */
  public void returned(String comments) {
    this.status = Status.IN_PROGRESS;
    this.governorComments = comments;
  }

  public void signed(String by, Instant at, String comments) {
    this.status = Status.SIGNED;
    this.signedBy = Objects.requireNonNull(by);
    this.signedAt = Objects.requireNonNull(at);
    this.governorComments = comments;
  }

  public Long id() {
    return id;
  }

  /** The readable reference, e.g. FRV-2026-0001; the review must have been stored. */
  public String reference() {
    if (id == null) {
      throw new IllegalStateException("The review has no number until it is stored");
    }
    return FilteringReference.of(FilteringReference.REVIEW, startedAt, id).toString();
  }

  public Instant startedAt() {
    return startedAt;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant periodFrom() {
    return periodFrom;
  }

  public ReviewFigures figures() {
    return figures;
  }

  public Boolean rulesDocumented() {
    return rulesDocumented;
  }

  public String providerEffectiveness() {
    return providerEffectiveness;
  }

  public String technicalNotes() {
    return technicalNotes;
  }

  public String technicalBy() {
    return technicalBy;
  }

  public Boolean checksReviewed() {
    return checksReviewed;
  }

  public Boolean reportsReviewed() {
    return reportsReviewed;
  }

  public String findings() {
    return findings;
  }

  public String actionsAgreed() {
    return actionsAgreed;
  }

  public String dslBy() {
    return dslBy;
  }

  public Status status() {
    return status;
  }

  public String signedBy() {
    return signedBy;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public String governorComments() {
    return governorComments;
  }

  public String processInstanceId() {
    return processInstanceId;
  }
}
