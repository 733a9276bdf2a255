package org.beacon.platform.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One redaction of one version of a request's redactions: a text (another person's reference or
 * name) hidden in one item, and why. Written once: a change is a new version.
 */
@Entity
@Table(name = "pf_sar_redaction")
public class Redaction {

  static final int TEXT_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(name = "item_ref", nullable = false, length = 100, updatable = false)
  private String itemRef;

  @Column(name = "redacted_text", nullable = false, length = TEXT_LENGTH, updatable = false)
  private String text;

  @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
  private String reason;

  @Column(name = "saved_by", nullable = false, length = 100, updatable = false)
  private String savedBy;

  @Column(name = "saved_at", nullable = false, updatable = false)
  private Instant savedAt;

  protected Redaction() {}

  Redaction(
      long requestId,
      int version,
      String itemRef,
      String text,
      String reason,
      String savedBy,
      Instant savedAt) {
    this.requestId = requestId;
    this.version = version;
    this.itemRef = itemRef;
    this.text = text;
    this.reason = reason;
    this.savedBy = savedBy;
    this.savedAt = savedAt;
  }

  public int version() {
    return version;
  }

  public String itemRef() {
    return itemRef;
  }

  public String text() {
    return text;
  }

  public String reason() {
    return reason;
  }

  public String savedBy() {
    return savedBy;
  }

  public Instant savedAt() {
    return savedAt;
  }
}
