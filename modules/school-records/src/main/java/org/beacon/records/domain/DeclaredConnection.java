package org.beacon.records.domain;

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
 * A member of staff's declared family or social connection with a pupil or the pupil's family (seed
 * 000, social networking §7.6), and the head's acknowledgement of it.
 */
@Entity
@Table(name = "rec_connection")
public class DeclaredConnection {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_connection_seq")
  @SequenceGenerator(
      name = "rec_connection_seq",
      sequenceName = "rec_connection_seq",
      allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 100)
  private String username;

  @Column(name = "pupil_reference", nullable = false, length = 50)
  private String pupilReference;

  @Column(nullable = false, length = 1000)
  private String nature;

  @Column(name = "declared_at", nullable = false)
  private Instant declaredAt;

  @Column(name = "acknowledged_by", length = 100)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledgement_note", length = 1000)
  private String acknowledgementNote;

  protected DeclaredConnection() {}

  public DeclaredConnection(
      String username, String pupilReference, String nature, Instant declaredAt) {
    this.username = Objects.requireNonNull(username);
    this.pupilReference = Objects.requireNonNull(pupilReference);
    this.nature = Objects.requireNonNull(nature);
    this.declaredAt = Objects.requireNonNull(declaredAt);
  }

  /** The head has read the declaration. */
  public void acknowledge(String by, Instant at, String note) {
    if (acknowledgedBy != null) {
      return; // acknowledged once; a second completion changes nothing
    }
    this.acknowledgedBy = Objects.requireNonNull(by);
    this.acknowledgedAt = Objects.requireNonNull(at);
    this.acknowledgementNote = note;
  }

  /** The declaration's readable reference, also its flow's business key. */
  public String reference() {
    return "CON-" + id;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String pupilReference() {
    return pupilReference;
  }

  public String nature() {
    return nature;
  }

  public Instant declaredAt() {
    return declaredAt;
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  public String acknowledgementNote() {
    return acknowledgementNote;
  }
}
