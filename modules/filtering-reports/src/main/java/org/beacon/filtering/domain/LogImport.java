package org.beacon.filtering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One filter log file imported: who imported it, its content hash (the same file is imported once)
 * and what the import found.
 */
@Entity
@Table(name = "flt_log_import")
public class LogImport {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flt_log_import_seq")
  @SequenceGenerator(
      name = "flt_log_import_seq",
      sequenceName = "flt_log_import_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "imported_at", nullable = false, updatable = false)
  private Instant importedAt;

  @Column(name = "imported_by", nullable = false, length = 100, updatable = false)
  private String importedBy;

  @Column(name = "file_name", length = 255)
  private String fileName;

  @Column(nullable = false, length = 10)
  private String format;

  /** SHA-256 of the file's bytes; null until the whole file has been read. */
  @Column(name = "content_hash", length = 64, unique = true)
  private String contentHash;

  @Column(nullable = false)
  private long bytes;

  @Column(name = "lines_read", nullable = false)
  private long linesRead;

  @Column(nullable = false)
  private long malformed;

  @Column(nullable = false)
  private long flagged;

  @Column(name = "reviews_opened", nullable = false)
  private int reviewsOpened;

  protected LogImport() {}

  public LogImport(String importedBy, Instant importedAt, String fileName) {
    this.importedBy = Objects.requireNonNull(importedBy);
    this.importedAt = Objects.requireNonNull(importedAt);
    this.fileName = fileName;
    this.format = "unknown";
  }

  /** What reading the whole file found. */
  public void finished(
      String format,
      String contentHash,
      long bytes,
      long linesRead,
      long malformed,
      long flagged,
      int reviewsOpened) {
    this.format = format;
    this.contentHash = contentHash;
    this.bytes = bytes;
    this.linesRead = linesRead;
    this.malformed = malformed;
    this.flagged = flagged;
    this.reviewsOpened = reviewsOpened;
  }

  public Long id() {
    return id;
  }

  public Instant importedAt() {
    return importedAt;
  }

  public String importedBy() {
    return importedBy;
  }

  public String fileName() {
    return fileName;
  }

  public String format() {
    return format;
  }

  public String contentHash() {
    return contentHash;
  }

  public long bytes() {
    return bytes;
  }

  public long linesRead() {
    return linesRead;
  }

  public long malformed() {
    return malformed;
  }

  public long flagged() {
    return flagged;
  }

  public int reviewsOpened() {
    return reviewsOpened;
  }
}
