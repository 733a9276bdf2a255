package org.beacon.governance.domain.policy;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A review of the version in force: the DSL's finding and, when the policy stands unchanged, the
 * governing body's decision on it (seed 003: "Reviewed and Approved: Summer 2023").
 */
@Entity
@Table(name = "gov_policy_review")
public class PolicyReview {

  /** What the DSL found. */
  public enum Outcome {
    /** The policy stands as it is. */
    UNCHANGED,
    /** A new version is needed. */
    REVISE
  }

  /** What the governing body decided on an unchanged review. */
  public enum Decision {
    APPROVED,
    RETURNED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gov_policy_review_seq")
  @SequenceGenerator(
      name = "gov_policy_review_seq",
      sequenceName = "gov_policy_review_seq",
      allocationSize = 1)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "policy_id", nullable = false, updatable = false)
  private Policy policy;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Outcome outcome;

  @Column(length = 2000, updatable = false)
  private String note;

  @Column(name = "reviewed_by", nullable = false, length = 100, updatable = false)
  private String reviewedBy;

  @Column(name = "reviewed_at", nullable = false, updatable = false)
  private Instant reviewedAt;

  @Column(name = "proposed_next_review", updatable = false)
  private LocalDate proposedNextReview;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Decision decision;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = 2000)
  private String decisionNote;

  protected PolicyReview() {}

  PolicyReview(
      Policy policy,
      int versionNumber,
      Outcome outcome,
      String note,
      LocalDate proposedNextReview,
      String by,
      Instant at) {
    this.policy = policy;
    this.versionNumber = versionNumber;
    this.outcome = outcome;
    this.note = note;
    this.proposedNextReview = proposedNextReview;
    this.reviewedBy = by;
    this.reviewedAt = at;
  }

  void decide(Decision decision, String by, Instant at, String note) {
    if (outcome != Outcome.UNCHANGED || this.decision != null) {
      throw new PolicyStateException("This review is not waiting for the governing body");
    }
    this.decision = decision;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionNote = note;
  }

  public Long id() {
    return id;
  }

  public Policy policy() {
    return policy;
  }

  public int versionNumber() {
    return versionNumber;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String note() {
    return note;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public LocalDate proposedNextReview() {
    return proposedNextReview;
  }

  public Decision decision() {
    return decision;
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
}
