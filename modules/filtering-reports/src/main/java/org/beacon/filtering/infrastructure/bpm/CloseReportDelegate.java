package org.beacon.filtering.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.filtering.api.FilteringReportProcess;
import org.beacon.filtering.domain.FilteringReport;
import org.beacon.filtering.domain.ReportOutcome;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Closes the report with the outcome of the path the flow took. */
@Dependent
@Named("filteringCloseReportDelegate")
public class CloseReportDelegate implements JavaDelegate {

  @Inject FilteringVariables variables;

  @Override
  public void execute(DelegateExecution execution) {
    FilteringReport report = variables.report(execution);
    String external = ProcessVariables.text(execution, FilteringReportProcess.EXTERNAL_REFERENCE);
    String changeOutcome = ProcessVariables.text(execution, FilteringReportProcess.CHANGE_OUTCOME);
    String changeReference =
        ProcessVariables.text(execution, FilteringReportProcess.CHANGE_REFERENCE);
    if (changeReference != null) {
      report.changeRequested(changeReference);
    }
    if (external != null) {
      report.close(
          ReportOutcome.REPORTED_TO_AUTHORITIES,
          "Reported to "
              + ProcessVariables.text(execution, FilteringReportProcess.REPORTED_TO)
              + ", reference "
              + external,
          ProcessVariables.now());
    } else if (changeOutcome != null) {
      boolean approved = "approved".equals(changeOutcome);
      report.close(
          approved ? ReportOutcome.CHANGE_APPLIED : ReportOutcome.CHANGE_REJECTED,
          (approved ? "Change applied: " : "Change rejected: ") + changeReference,
          ProcessVariables.now());
    } else {
      report.close(
          ReportOutcome.NO_ACTION,
          ProcessVariables.text(execution, FilteringReportProcess.CLOSE_REASON),
          ProcessVariables.now());
    }
  }
}
