package org.beacon.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import org.beacon.governance.domain.report.GovernorReport;
import org.beacon.governance.domain.report.ReportKind;
import org.beacon.governance.domain.report.ReportRepository;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.CaseStatistics.Period;

/** Draws up a report: every module's figures for the period, anonymised and stored as published. */
@ApplicationScoped
public class ReportDrafting {

  @Inject ReportRepository reports;
  @Inject StatisticsGathering statistics;
  @Inject AuditLog audit;

  @Transactional
  public GovernorReport draft(
      ReportKind kind,
      String scheduleKey,
      String title,
      Period period,
      String requestedBy,
      Instant now) {
    GovernorReport report =
        reports.add(
            new GovernorReport(
                kind,
                scheduleKey,
                title,
                period.from(),
                period.to(),
                requestedBy,
                now,
                statistics.publish(period)));
    audit.allowedInTransaction(
        "generate",
        GovernorReports.RESOURCE,
        report.reference(),
        kind.name().toLowerCase(Locale.ROOT) + (scheduleKey == null ? "" : " " + scheduleKey));
    return report;
  }
}
