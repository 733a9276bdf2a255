package org.beacon.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail. Written once, never changed. */
@Entity
@Table(name = "pf_audit_event")
public class AuditEvent {

  /** Whether the action was allowed or refused. */
  public enum Outcome {
    ALLOWED,
    DENIED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 100)
  private String actor;

  @Column(nullable = false, updatable = false, length = 40)
  private String action;

  @Column(name = "resource_type", nullable = false, updatable = false, length = 60)
  private String resourceType;

  @Column(name = "resource_id", updatable = false, length = 100)
  private String resourceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Outcome outcome;

  @Column(updatable = false, length = 2000)
  private String detail;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      String actor,
      String action,
      String resourceType,
      String resourceId,
      Outcome outcome,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.resourceType = resourceType;
    this.resourceId = resourceId;
    this.outcome = outcome;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String resourceType() {
    return resourceType;
  }

  public String resourceId() {
    return resourceId;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String detail() {
    return detail;
  }
}
