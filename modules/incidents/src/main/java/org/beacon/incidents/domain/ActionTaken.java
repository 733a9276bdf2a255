package org.beacon.incidents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * An action of the school's matrix taken on an incident. It carries the incident's report time,
 * which never changes, so that the governor statistics count a period's actions from this table
 * alone instead of joining every incident of the year to it.
 */
@Embeddable
class ActionTaken {

  @Column(name = "action", nullable = false, length = 300)
  private String action;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private Instant reportedAt;

  protected ActionTaken() {}

  ActionTaken(String action, Instant reportedAt) {
    this.action = action;
    this.reportedAt = reportedAt;
  }

  String action() {
    return action;
  }
}
