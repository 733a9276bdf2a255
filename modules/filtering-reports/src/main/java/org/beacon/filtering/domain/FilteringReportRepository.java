package org.beacon.filtering.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The filtering reports' storage. */
public interface FilteringReportRepository {

  /** Stores a new report and gives it its number (and so its reference). */
  FilteringReport add(FilteringReport report);

  Optional<FilteringReport> find(long id);

  Optional<FilteringReport> findByReference(String reference);

  /**
   * Reports, newest first.
   *
   * @param reportedBy only this reporter's, or null for all
   * @param status only this status, or null
   */
  List<FilteringReport> list(
      String reportedBy,
      ReportStatus status,
      java.util.Set<String> excludeReferences,
      int first,
      int max);

  /** How many reports of each kind were made at or after {@code since} (null: ever). */
  Map<ReportKind, Long> countByKind(Instant since);

  /** How many reports were closed with each outcome at or after {@code since} (null: ever). */
  Map<ReportOutcome, Long> countByOutcome(Instant since);
}
