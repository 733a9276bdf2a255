package org.beacon.filtering.domain;

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

/**
 * A line of a filter log kept for a {@link LogReview}: who requested what, when, and why it was
 * flagged.
 */
@Entity
@Table(name = "flt_flagged_line")
public class FlaggedLine {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flt_flagged_line_seq")
  @SequenceGenerator(
      name = "flt_flagged_line_seq",
      sequenceName = "flt_flagged_line_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "review_id", nullable = false, updatable = false)
  private Long reviewId;

  @Column(name = "import_id", nullable = false, updatable = false)
  private Long importId;

  @Column(name = "line_no", nullable = false, updatable = false)
  private long lineNumber;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(length = 64, updatable = false)
  private String client;

  @Column(nullable = false, length = 2000, updatable = false)
  private String url;

  @Column(length = 255, updatable = false)
  private String host;

  @Column(nullable = false, updatable = false)
  private boolean blocked;

  @Column(length = 100, updatable = false)
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private FlagReason reason;

  @Column(length = 255, updatable = false)
  private String matched;

  @Column(nullable = false, length = 64, updatable = false)
  private String fingerprint;

  protected FlaggedLine() {}

  public FlaggedLine(
      long reviewId,
      long importId,
      long lineNumber,
      Instant requestedAt,
      String client,
      String url,
      String host,
      boolean blocked,
      String category,
      FlagReason reason,
      String matched,
      String fingerprint) {
    this.reviewId = reviewId;
    this.importId = importId;
    this.lineNumber = lineNumber;
    this.requestedAt = requestedAt;
    this.client = cut(client, 64);
    this.url = cut(url, 2000);
    this.host = cut(host, 255);
    this.blocked = blocked;
    this.category = cut(category, 100);
    this.reason = reason;
    this.matched = cut(matched, 255);
    this.fingerprint = fingerprint;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long id() {
    return id;
  }

  public Long reviewId() {
    return reviewId;
  }

  public Long importId() {
    return importId;
  }

  public long lineNumber() {
    return lineNumber;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String client() {
    return client;
  }

  public String url() {
    return url;
  }

  public String host() {
    return host;
  }

  public boolean blocked() {
    return blocked;
  }

  public String category() {
    return category;
  }

  public FlagReason reason() {
    return reason;
  }

  public String matched() {
    return matched;
  }

  public String fingerprint() {
    return fingerprint;
  }
}
