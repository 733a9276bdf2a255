package org.beacon.governance.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.Locale;
import org.beacon.governance.api.GovernorReportProcess;
import org.beacon.governance.application.ReportDrafting;
import org.beacon.governance.domain.report.GovernorReport;
import org.beacon.governance.domain.report.ReportKind;
import org.beacon.platform.api.CaseStatistics.Period;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Draws up the report: every module's figures for the period, anonymised and stored. From here on
 * the report's figures are what was stored, not computed again.
 */
@Dependent
@Named("governanceGenerateReportDelegate")
public class GenerateReportDelegate implements JavaDelegate {

  @Inject ReportDrafting drafting;

  @Override
  public void execute(DelegateExecution execution) {
    Date from = ProcessVariables.date(execution, GovernorReportProcess.PERIOD_FROM);
    Date to = ProcessVariables.date(execution, GovernorReportProcess.PERIOD_TO);
    if (from == null || to == null) {
      throw new IllegalStateException("A report needs periodFrom and periodTo dates");
    }
    String kind = ProcessVariables.text(execution, GovernorReportProcess.REPORT_KIND);
    GovernorReport report =
        drafting.draft(
            kind == null
                ? ReportKind.ON_DEMAND
                : ReportKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_')),
            ProcessVariables.text(execution, GovernorReportProcess.SCHEDULE_KEY),
            ProcessVariables.text(execution, GovernorReportProcess.REPORT_TITLE),
            new Period(from.toInstant(), to.toInstant()),
            ProcessVariables.text(execution, GovernorReportProcess.REQUESTED_BY),
            ProcessVariables.now());
    report.startedAs(execution.getProcessInstanceId());
    execution.setVariable(GovernorReportProcess.REPORT_ID, report.id());
    execution.setProcessBusinessKey(report.reference());
  }
}
