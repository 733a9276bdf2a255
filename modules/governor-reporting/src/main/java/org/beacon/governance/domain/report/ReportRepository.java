package org.beacon.governance.domain.report;

import java.util.List;
import java.util.Optional;

/** Where governor reports are kept. */
public interface ReportRepository {

  /** Stores a new report and gives it its id. */
  GovernorReport add(GovernorReport report);

  Optional<GovernorReport> find(long id);

  /** Whether the schedule already drew up the report with this key. */
  boolean existsForSchedule(String scheduleKey);

  /** Reports in any of these states, newest first. */
  List<GovernorReport> list(java.util.Collection<ReportStatus> statuses, int first, int max);
}
