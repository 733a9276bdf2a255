package org.beacon.filtering.domain;

/** Where a filtering report stands. */
public enum ReportStatus {
  /**
   * Waiting for the DSL (or, when potentially illegal, for the DSL's report to the authorities).
   */
  OPEN,
  /** Assessed; a change request or the report to the authorities is under way. */
  IN_PROGRESS,
  /** Done, with an outcome. */
  CLOSED
}
