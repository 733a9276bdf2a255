package org.beacon.governance.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.beacon.governance.api.GovernorReportProcess;
import org.beacon.governance.application.ScheduledReports;
import org.beacon.governance.domain.term.ScheduledReport;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.SchoolTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The daily check: the first term or annual report due today that was not drawn up yet becomes this
 * instance's report. One a day: reports due the same day (the summer term's and the year's) follow
 * on the next mornings. The instance starts no other: engine calls nested in a step, with the
 * module's own database work around them, confuse the server's connection pool.
 */
@Dependent
@Named("governanceFindDueReportDelegate")
public class FindDueReportDelegate implements JavaDelegate {

  private final ScheduledReports scheduled;

  @Inject
  public FindDueReportDelegate(ScheduledReports scheduled) {
    this.scheduled = scheduled;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ScheduledReport> due = scheduled.dueOn(SchoolTime.dayOf(ProcessVariables.now()));
    execution.setVariable(GovernorReportProcess.REPORT_DUE, !due.isEmpty());
    if (due.isEmpty()) {
      return;
    }
    ScheduledReport report = due.get(0);
    execution.setVariable(
        GovernorReportProcess.PERIOD_FROM, Date.from(SchoolTime.startOf(report.firstDay())));
    execution.setVariable(
        GovernorReportProcess.PERIOD_TO,
        Date.from(SchoolTime.startOf(report.lastDay().plusDays(1))));
    execution.setVariable(
        GovernorReportProcess.REPORT_KIND, report.kind().name().toLowerCase(Locale.ROOT));
    execution.setVariable(GovernorReportProcess.SCHEDULE_KEY, report.key());
    execution.setVariable(GovernorReportProcess.REPORT_TITLE, report.title());
  }
}
