package org.beacon.governance.domain.report;

/** Where a report is on its way to the governors. */
public enum ReportStatus {
  /** Drawn up; the DSL writes the commentary (again, when the head returned it). */
  DRAFT,
  /** The head reviews it. */
  IN_REVIEW,
  /** The head approved it; a governor acknowledges it. */
  AWAITING_ACKNOWLEDGEMENT,
  /** A governor acknowledged it: it never changes again. */
  ACKNOWLEDGED
}
