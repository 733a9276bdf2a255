package org.beacon.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.beacon.governance.domain.report.ReportRepository;
import org.beacon.governance.domain.term.ScheduledReport;
import org.beacon.governance.domain.term.TermDates;

/** The term and annual reports due today that have not been drawn up yet. */
@ApplicationScoped
public class ScheduledReports {

  private TermDates termDates;
  private ReportRepository reports;

  protected ScheduledReports() {}

  @Inject
  public ScheduledReports(TermDates termDates, ReportRepository reports) {
    this.termDates = termDates;
    this.reports = reports;
  }

  @Transactional
  public List<ScheduledReport> dueOn(LocalDate today) {
    return termDates.dueOn(today).stream()
        .filter(r -> !reports.existsForSchedule(r.key()))
        .toList();
  }
}
