package org.beacon.platform.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.beacon.platform.api.PersonRecords.Subject;
import org.beacon.platform.api.PersonRecords.SubjectKind;

/**
 * A subject access request: whom it is about, who asked and when, and how far it has gone. The
 * records it discloses are not copied here: they are gathered from the modules, untouched, and
 * redacted through {@link Redaction}s.
 */
@Entity
@Table(name = "pf_subject_access")
public class SubjectAccessRequest {

  /** Where a request stands. */
  public enum Status {
    /** The DSL reviews the items and redacts other people. */
    REVIEW,
    /** The head approves the release. */
    APPROVAL,
    /** The head approved; the DSL may release it. */
    APPROVED,
    /** Disclosed to the person who asked. */
    RELEASED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, length = 10, updatable = false)
  private SubjectKind subjectKind;

  @Column(name = "subject_ref", nullable = false, length = 100, updatable = false)
  private String subjectRef;

  @Column(name = "requested_by", nullable = false, length = 200, updatable = false)
  private String requestedBy;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "opened_by", nullable = false, length = 100, updatable = false)
  private String openedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.REVIEW;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "redaction_version", nullable = false)
  private int redactionVersion;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "approved_by", length = 100)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  protected SubjectAccessRequest() {}

  SubjectAccessRequest(
      Subject subject,
      String requestedBy,
      LocalDate receivedOn,
      String openedBy,
      Instant openedAt) {
    this.subjectKind = subject.kind();
    this.subjectRef = subject.reference();
    this.requestedBy = requestedBy;
    this.receivedOn = receivedOn;
    // UK GDPR art. 12(3): one month from receipt (the same day of the next month, or its last day).
    this.dueOn = receivedOn.plusMonths(1);
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  int nextRedactionVersion() {
    return ++redactionVersion;
  }

  void submitted(Instant at) {
    status = Status.APPROVAL;
    submittedAt = at;
  }

  void approved(String by, Instant at) {
    status = Status.APPROVED;
    approvedBy = by;
    approvedAt = at;
  }

  void released() {
    status = Status.RELEASED;
  }

  public Long id() {
    return id;
  }

  /** {@code SAR-<id>}, the process instance's business key. */
  public String reference() {
    return "SAR-" + id;
  }

  public Subject subject() {
    return new Subject(subjectKind, subjectRef);
  }

  public String requestedBy() {
    return requestedBy;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public String openedBy() {
    return openedBy;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Status status() {
    return status;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public int redactionVersion() {
    return redactionVersion;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public Instant approvedAt() {
    return approvedAt;
  }
}
