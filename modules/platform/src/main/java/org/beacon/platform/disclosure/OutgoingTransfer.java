package org.beacon.platform.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A pupil's safeguarding file leaving for a new school: opened when the pupil leaves, exported as
 * one sealed package, received when the new school's confirmation code is entered.
 */
@Entity
@Table(name = "pf_transfer_out")
public class OutgoingTransfer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "pupil_ref", nullable = false, length = 100, updatable = false)
  private String pupilRef;

  @Column(name = "leaving_date", updatable = false)
  private LocalDate leavingDate;

  @Column(name = "opened_by", nullable = false, length = 100, updatable = false)
  private String openedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "exported_by", length = 100)
  private String exportedBy;

  @Column(name = "exported_at")
  private Instant exportedAt;

  @Column(name = "item_count")
  private Integer itemCount;

  @Column(name = "confirmation_code", length = 20)
  private String confirmationCode;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "receipt_by", length = 100)
  private String receiptBy;

  protected OutgoingTransfer() {}

  OutgoingTransfer(String pupilRef, LocalDate leavingDate, String openedBy, Instant openedAt) {
    this.pupilRef = pupilRef;
    this.leavingDate = leavingDate;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void exported(String by, Instant at, int items, String code) {
    this.exportedBy = by;
    this.exportedAt = at;
    this.itemCount = items;
    this.confirmationCode = code;
  }

  void received(String by, Instant at) {
    this.receiptBy = by;
    this.receivedAt = at;
  }

  /** {@code TRF-<id>}, the process instance's business key. */
  public String reference() {
    return "TRF-" + id;
  }

  /** {@code awaiting export}, {@code exported} or {@code received}. */
  public String status() {
    return receivedAt != null ? "received" : exportedAt != null ? "exported" : "awaiting export";
  }

  public Long id() {
    return id;
  }

  public String pupilRef() {
    return pupilRef;
  }

  public LocalDate leavingDate() {
    return leavingDate;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public String exportedBy() {
    return exportedBy;
  }

  public Instant exportedAt() {
    return exportedAt;
  }

  public Integer itemCount() {
    return itemCount;
  }

  public String confirmationCode() {
    return confirmationCode;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String receiptBy() {
    return receiptBy;
  }
}
