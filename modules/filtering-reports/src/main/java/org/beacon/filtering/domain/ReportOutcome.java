package org.beacon.filtering.domain;

import java.util.Locale;

/** How a filtering report ended. */
public enum ReportOutcome {
  /** Reported to the IWF, CEOP or the police, with their reference. */
  REPORTED_TO_AUTHORITIES,
  /** A block or allow change was approved and applied. */
  CHANGE_APPLIED,
  /** The change request was rejected by the second person. */
  CHANGE_REJECTED,
  /** Closed without action, with a reason. */
  NO_ACTION;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
