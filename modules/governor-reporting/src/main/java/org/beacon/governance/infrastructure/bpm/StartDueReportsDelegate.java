package org.beacon.governance.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beacon.governance.api.GovernorReportProcess;
import org.beacon.governance.application.ScheduledReports;
import org.beacon.governance.application.SchoolTime;
import org.beacon.governance.domain.term.ScheduledReport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The daily check: starts the report flow for each term or annual report that is due today and
 * was not drawn up yet. Run by the model's daily timer, so a change of term dates needs no new
 * timer: the check reads them each day.
 */
@Dependent
@Named("governanceStartDueReportsDelegate")
public class StartDueReportsDelegate implements JavaDelegate {

  private final ScheduledReports scheduled;

  @Inject
  public StartDueReportsDelegate(ScheduledReports scheduled) {
    this.scheduled = scheduled;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = SchoolTime.dayOf(FlowValues.now());
    List<ScheduledReport> due = scheduled.dueOn(today);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (ScheduledReport report : due) {
      runtime.startProcessInstanceByMessage(
          GovernorReportProcess.MSG_REPORT_REQUESTED,
          Map.of(
              GovernorReportProcess.PERIOD_FROM, Date.from(SchoolTime.startOf(report.firstDay())),
              GovernorReportProcess.PERIOD_TO, Date.from(SchoolTime.startOf(report.lastDay().plusDays(1))),
              GovernorReportProcess.REPORT_KIND, report.kind().name().toLowerCase(Locale.ROOT),
              GovernorReportProcess.SCHEDULE_KEY, report.key(),
              GovernorReportProcess.REPORT_TITLE, report.title()));
    }
    execution.setVariable(GovernorReportProcess.REPORTS_STARTED, due.size());
  }
}
