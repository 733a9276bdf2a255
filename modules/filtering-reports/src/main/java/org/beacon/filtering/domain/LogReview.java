package org.beacon.filtering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The DSL's review of one user's flagged web use on one school day. There is at most one per user
 * and day, whichever imports the lines came from: the flagged lines hang off it.
 */
@Entity
@Table(name = "flt_log_review")
public class LogReview {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flt_log_review_seq")
  @SequenceGenerator(
      name = "flt_log_review_seq",
      sequenceName = "flt_log_review_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "user_name", nullable = false, length = 200, updatable = false)
  private String userName;

  @Column(name = "log_day", nullable = false, updatable = false)
  private LocalDate day;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "import_id", nullable = false, updatable = false)
  private Long importId;

  @Column(name = "flagged_count", nullable = false)
  private long flaggedCount;

  @Column(name = "stored_count", nullable = false)
  private int storedCount;

  @Column(nullable = false, length = 10)
  private String status = "open";

  @Column(length = 20)
  private String outcome;

  @Column(name = "action_taken", length = 2000)
  private String actionTaken;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected LogReview() {}

  public LogReview(String userName, LocalDate day, Instant createdAt, long importId) {
    this.userName = Objects.requireNonNull(userName);
    this.day = Objects.requireNonNull(day);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.importId = importId;
  }

  /**
   * More flagged lines for this user and day: {@code stored} of them kept, {@code flagged} in all.
   */
  public void flagged(long flagged, int stored) {
    this.flaggedCount += flagged;
    this.storedCount += stored;
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void reviewed(String outcome, String actionTaken, String by, Instant at) {
    this.status = "closed";
    this.outcome = outcome;
    this.actionTaken = actionTaken;
    this.reviewedBy = by;
    this.reviewedAt = at;
  }

  public Long id() {
    return id;
  }

  /** The readable reference, e.g. FLR-2026-0001; the review must have been stored. */
  public String reference() {
    if (id == null) {
      throw new IllegalStateException("The review has no number until it is stored");
    }
    return FilteringReference.of(FilteringReference.LOG_REVIEW, createdAt, id).toString();
  }

  public String userName() {
    return userName;
  }

  public LocalDate day() {
    return day;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Long importId() {
    return importId;
  }

  public long flaggedCount() {
    return flaggedCount;
  }

  public int storedCount() {
    return storedCount;
  }

  public String status() {
    return status;
  }

  public String outcome() {
    return outcome;
  }

  public String actionTaken() {
    return actionTaken;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public String processInstanceId() {
    return processInstanceId;
  }
}
