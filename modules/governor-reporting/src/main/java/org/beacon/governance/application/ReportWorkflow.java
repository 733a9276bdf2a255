package org.beacon.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.beacon.governance.domain.report.GovernorReport;
import org.beacon.governance.domain.report.ReportRepository;
import org.beacon.platform.api.AuditLog;

/** What the report's tasks write into it: commentary, the head's review, the acknowledgement. */
@ApplicationScoped
public class ReportWorkflow {

  @Inject ReportRepository reports;
  @Inject AuditLog audit;

  @Transactional
  public void writeCommentary(long reportId, String commentary, String by, Instant at) {
    GovernorReport report = report(reportId);
    report.writeCommentary(commentary, by, at);
    audit.allowedInTransaction("commentary", GovernorReports.RESOURCE, report.reference(), null);
  }

  @Transactional
  public void review(long reportId, boolean approved, String note, String by, Instant at) {
    GovernorReport report = report(reportId);
    if (approved) {
      report.approve(note, by, at);
    } else {
      report.returnToDsl(note, by, at);
    }
    audit.allowedInTransaction(
        approved ? "approve" : "return", GovernorReports.RESOURCE, report.reference(), null);
  }

  @Transactional
  public void acknowledge(long reportId, String comments, String by, Instant at) {
    GovernorReport report = report(reportId);
    report.acknowledge(comments, by, at);
    audit.allowedInTransaction(
        "acknowledge",
        GovernorReports.RESOURCE,
        report.reference(),
        "revision " + report.revision());
  }

  private GovernorReport report(long id) {
    return reports
        .find(id)
        .orElseThrow(() -> new IllegalStateException("Report " + id + " does not exist"));
  }
}
