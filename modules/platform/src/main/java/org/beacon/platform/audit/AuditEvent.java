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
    // Every value fits its column: an audit event that cannot be written fails the request it
    // records. A resource id longer than its column (an /engine-rest path with ids in it) is cut
    // short, and kept whole at the start of the detail.
    this.occurredAt = occurredAt;
    this.actor = clip(actor, ACTOR_LENGTH);
    this.action = clip(action, ACTION_LENGTH);
    this.resourceType = clip(resourceType, RESOURCE_TYPE_LENGTH);
    this.resourceId = clip(resourceId, RESOURCE_ID_LENGTH);
    this.outcome = outcome;
    String whole =
        resourceId != null && resourceId.length() > RESOURCE_ID_LENGTH
            ? "resource: " + resourceId + (detail == null ? "" : "; " + detail)
            : detail;
    this.detail = clip(whole, DETAIL_LENGTH);
  }

  static final int ACTOR_LENGTH = 100;
  static final int ACTION_LENGTH = 40;
  static final int RESOURCE_TYPE_LENGTH = 60;
  static final int RESOURCE_ID_LENGTH = 100;
  static final int DETAIL_LENGTH = 2000;

  private static String clip(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
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
