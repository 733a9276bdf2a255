package org.beacon.governance.domain.report;

/** Why a report was drawn up. */
public enum ReportKind {
  /** At the end of a term, by the schedule. */
  TERM,
  /** At the end of the school year (by default the summer term), by the schedule. */
  ANNUAL,
  /** Asked for by the DSL or the head, for any period. */
  ON_DEMAND
}
