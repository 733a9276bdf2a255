package org.beacon.governance.domain.policy;

/** Where a version of a policy stands. */
public enum VersionStatus {
  /** Submitted; the governing body has not decided yet. */
  PENDING,
  /** Approved by the governing body: the version in force. */
  APPROVED,
  /** Not approved; kept for the record. */
  REJECTED,
  /** Was in force until a later version was approved; kept for the record. */
  SUPERSEDED
}
