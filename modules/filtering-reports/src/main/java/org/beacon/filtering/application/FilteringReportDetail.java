package org.beacon.filtering.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.beacon.filtering.domain.FilteringReport;
import org.beacon.platform.api.CaseHistory;

/**
 * A filtering report as the caller may see it; what they may not see is absent (null). Technical
 * staff never get who found the site, whose account it was, or the case that opened the report.
 */
public record FilteringReportDetail(
    long id,
    String reference,
    String view,
    String kind,
    String status,
    Instant reportedAt,
    String reportedBy,
    List<String> urls,
    Instant seenAt,
    String content,
    String foundBy,
    String device,
    String userAccount,
    Boolean potentiallyIllegal,
    String sourceType,
    String sourceReference,
    String assessment,
    String assessmentNote,
    String assessedBy,
    String reportedTo,
    String externalReference,
    String changeReference,
    String outcome,
    String closeReason,
    Instant closedAt,
    List<CaseHistory.Step> chronology) {

  static FilteringReportDetail of(FilteringReportLog.Seen seen) {
    FilteringReport r = seen.report();
    boolean full = seen.view() == ReportView.FULL;
    boolean technical = seen.view() == ReportView.TECHNICAL;
    boolean worker = full || technical;
    return new FilteringReportDetail(
        r.id(),
        r.reference(),
        seen.view().name().toLowerCase(Locale.ROOT),
        r.kind().id(),
        r.status().name().toLowerCase(Locale.ROOT),
        r.reportedAt(),
        full || seen.view() == ReportView.REPORTER ? r.reportedBy() : null,
        r.urls(),
        r.seenAt(),
        r.content(),
        full || seen.view() == ReportView.REPORTER ? r.foundBy() : null,
        r.device(),
        full || seen.view() == ReportView.REPORTER ? r.userAccount() : null,
        r.potentiallyIllegal(),
        full ? r.sourceType() : null,
        full ? r.sourceReference() : null,
        worker && r.assessment() != null ? r.assessment().id() : null,
        full ? r.assessmentNote() : null,
        full ? r.assessedBy() : null,
        worker ? r.reportedTo() : null,
        full ? r.externalReference() : null,
        worker ? r.changeReference() : null,
        r.outcome() == null ? null : r.outcome().id(),
        worker ? r.closeReason() : null,
        r.closedAt(),
        full ? seen.chronology() : null);
  }
}
