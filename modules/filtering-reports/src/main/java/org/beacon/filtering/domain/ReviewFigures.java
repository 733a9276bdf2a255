package org.beacon.filtering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Counts of the filtering work since the previous signed review: what a governor sees, with no
 * report's content and no name.
 */
@Embeddable
public class ReviewFigures {

  @Column(name = "reports_underblocking", nullable = false)
  private long reportsUnderblocking;

  @Column(name = "reports_overblocking", nullable = false)
  private long reportsOverblocking;

  @Column(name = "reports_to_authorities", nullable = false)
  private long reportsToAuthorities;

  @Column(name = "changes_applied", nullable = false)
  private long changesApplied;

  @Column(name = "changes_rejected", nullable = false)
  private long changesRejected;

  @Column(name = "rules_blocking", nullable = false)
  private long rulesBlocking;

  @Column(name = "rules_allowing", nullable = false)
  private long rulesAllowing;

  @Column(name = "checks_passed", nullable = false)
  private long checksPassed;

  @Column(name = "checks_failed", nullable = false)
  private long checksFailed;

  @Column(name = "log_reviews", nullable = false)
  private long logReviews;

  protected ReviewFigures() {}

  public ReviewFigures(
      long reportsUnderblocking,
      long reportsOverblocking,
      long reportsToAuthorities,
      long changesApplied,
      long changesRejected,
      long rulesBlocking,
      long rulesAllowing,
      long checksPassed,
      long checksFailed,
      long logReviews) {
    this.reportsUnderblocking = reportsUnderblocking;
    this.reportsOverblocking = reportsOverblocking;
    this.reportsToAuthorities = reportsToAuthorities;
    this.changesApplied = changesApplied;
    this.changesRejected = changesRejected;
    this.rulesBlocking = rulesBlocking;
    this.rulesAllowing = rulesAllowing;
    this.checksPassed = checksPassed;
    this.checksFailed = checksFailed;
    this.logReviews = logReviews;
  }

  /** One line for a task form: what the reviewers look back on. */
  public String summary() {
    return "Reports: "
        + reportsUnderblocking
        + " under-blocking, "
        + reportsOverblocking
        + " over-blocking, "
        + reportsToAuthorities
        + " to the IWF/CEOP/police. Changes: "
        + changesApplied
        + " applied, "
        + changesRejected
        + " rejected. Rules in force: "
        + rulesBlocking
        + " blocking, "
        + rulesAllowing
        + " allowing. Checks: "
        + checksPassed
        + " passed, "
        + checksFailed
        + " failed. Log reviews opened: "
        + logReviews
        + ".";
  }

  public long reportsUnderblocking() {
    return reportsUnderblocking;
  }

  public long reportsOverblocking() {
    return reportsOverblocking;
  }

  public long reportsToAuthorities() {
    return reportsToAuthorities;
  }

  public long changesApplied() {
    return changesApplied;
  }

  public long changesRejected() {
    return changesRejected;
  }

  public long rulesBlocking() {
    return rulesBlocking;
  }

  public long rulesAllowing() {
    return rulesAllowing;
  }

  public long checksPassed() {
    return checksPassed;
  }

  public long checksFailed() {
    return checksFailed;
  }

  public long logReviews() {
    return logReviews;
  }
}
