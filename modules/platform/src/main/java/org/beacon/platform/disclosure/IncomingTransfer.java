package org.beacon.platform.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A pupil's safeguarding file received from their previous school: read-only, kept as it arrived
 * (the opened package: its JSON and a PDF per item), linked to the pupil reference.
 */
@Entity
@Table(name = "pf_transfer_in")
public class IncomingTransfer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "pupil_ref", nullable = false, length = 100, updatable = false)
  private String pupilRef;

  @Column(name = "from_school", nullable = false, length = 200, updatable = false)
  private String fromSchool;

  @Column(name = "exported_at", nullable = false, updatable = false)
  private Instant exportedAt;

  @Column(name = "imported_by", nullable = false, length = 100, updatable = false)
  private String importedBy;

  @Column(name = "imported_at", nullable = false, updatable = false)
  private Instant importedAt;

  @Column(name = "confirmation_code", nullable = false, length = 20, updatable = false)
  private String confirmationCode;

  @Column(name = "item_count", nullable = false, updatable = false)
  private int itemCount;

  @Column(name = "contents", nullable = false, updatable = false)
  private byte[] contents;

  protected IncomingTransfer() {}

  IncomingTransfer(
      String pupilRef,
      String fromSchool,
      Instant exportedAt,
      String importedBy,
      Instant importedAt,
      String confirmationCode,
      int itemCount,
      byte[] contents) {
    this.pupilRef = pupilRef;
    this.fromSchool = fromSchool;
    this.exportedAt = exportedAt;
    this.importedBy = importedBy;
    this.importedAt = importedAt;
    this.confirmationCode = confirmationCode;
    this.itemCount = itemCount;
    this.contents = contents.clone();
  }

  /** {@code TRI-<id>}. */
  public String reference() {
    return "TRI-" + id;
  }

  public Long id() {
    return id;
  }

  public String pupilRef() {
    return pupilRef;
  }

  public String fromSchool() {
    return fromSchool;
  }

  public Instant exportedAt() {
    return exportedAt;
  }

  public String importedBy() {
    return importedBy;
  }

  public Instant importedAt() {
    return importedAt;
  }

  public String confirmationCode() {
    return confirmationCode;
  }

  public int itemCount() {
    return itemCount;
  }

  public byte[] contents() {
    return contents.clone();
  }
}
