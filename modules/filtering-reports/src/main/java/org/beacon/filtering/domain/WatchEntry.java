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
import java.util.Objects;

/**
 * A domain or category on the DSL's watch list: allowed requests to it are flagged when filter logs
 * are imported.
 */
@Entity
@Table(name = "flt_watch_entry")
public class WatchEntry {

  /** What the entry matches. */
  public enum Kind {
    DOMAIN,
    CATEGORY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flt_watch_entry_seq")
  @SequenceGenerator(
      name = "flt_watch_entry_seq",
      sequenceName = "flt_watch_entry_seq",
      allocationSize = 1)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Kind kind;

  @Column(name = "entry_value", nullable = false, length = 255)
  private String value;

  @Column(name = "added_by", nullable = false, length = 100)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected WatchEntry() {}

  public WatchEntry(Kind kind, String value, String addedBy, Instant addedAt) {
    this.kind = Objects.requireNonNull(kind);
    this.value = Objects.requireNonNull(value);
    this.addedBy = Objects.requireNonNull(addedBy);
    this.addedAt = Objects.requireNonNull(addedAt);
  }

  public Long id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public String value() {
    return value;
  }

  public String addedBy() {
    return addedBy;
  }

  public Instant addedAt() {
    return addedAt;
  }
}
