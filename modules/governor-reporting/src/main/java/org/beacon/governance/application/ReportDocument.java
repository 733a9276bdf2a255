package org.beacon.governance.application;

import java.time.Instant;
import java.time.LocalDate;
import org.beacon.governance.domain.figures.PublishedFigures;
import org.beacon.governance.domain.report.GovernorReport;
import org.beacon.governance.domain.report.ReportKind;
import org.beacon.governance.domain.report.ReportStatus;
import org.beacon.platform.api.SchoolTime;

/**
 * A report as a reader gets it, read whole while the transaction is open. It names nobody: not the
 * cases' people (the figures hold none) and not the staff who wrote, reviewed or acknowledged it
 * (the audit trail and the process history keep those).
 *
 * @param reviewNote the head's note to the DSL; null for governors
 */
public record ReportDocument(
    long id,
    String reference,
    ReportKind kind,
    String title,
    Instant from,
    Instant to,
    LocalDate firstDay,
    LocalDate lastDay,
    ReportStatus status,
    int revision,
    Instant generatedAt,
    String commentary,
    Instant commentaryAt,
    String reviewNote,
    Instant reviewedAt,
    String governorComments,
    Instant acknowledgedAt,
    PublishedFigures figures) {

  static ReportDocument of(GovernorReport report, boolean withReviewNote) {
    return new ReportDocument(
        report.id(),
        report.reference(),
        report.kind(),
        report.title(),
        report.periodFrom(),
        report.periodTo(),
        SchoolTime.dayOf(report.periodFrom()),
        SchoolTime.lastDayBefore(report.periodTo()),
        report.status(),
        report.revision(),
        report.generatedAt(),
        report.commentary(),
        report.commentaryAt(),
        withReviewNote ? report.reviewNote() : null,
        report.reviewedAt(),
        report.governorComments(),
        report.acknowledgedAt(),
        report.figures());
  }
}
