package org.beacon.filtering.domain;

import java.util.Locale;

/** Where a block or allow change request stands. */
public enum ChangeStatus {
  /** Waiting for a second person to approve or reject it. */
  PROPOSED,
  /** Approved; not yet applied in the filtering product. */
  APPROVED,
  REJECTED,
  /** Applied in the filtering product: the rule is in force. */
  APPLIED,
  /** Applied, and the address was tested again with the expected result. */
  VERIFIED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the change is a rule in force. */
  public boolean inForce() {
    return this == APPLIED || this == VERIFIED;
  }
}
