package org.beacon.incidents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A case this incident opened in another module (a staff allegation, a filtering report). */
@Embeddable
public class CaseLink {

  @Column(nullable = false, length = 40)
  private String kind;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(length = 500)
  private String note;

  /**
   * The incident's report time, which never changes: the governor statistics count a period's cases
   * opened from this table alone.
   */
  @Column(name = "reported_at", nullable = false, updatable = false)
  private Instant reportedAt;

  protected CaseLink() {}

  CaseLink(String kind, Instant createdAt, String note, Instant reportedAt) {
    this.kind = kind;
    this.createdAt = createdAt;
    this.note = note;
    this.reportedAt = reportedAt;
  }

  public String kind() {
    return kind;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String note() {
    return note;
  }
}
