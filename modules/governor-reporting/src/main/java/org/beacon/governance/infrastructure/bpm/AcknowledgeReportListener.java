package org.beacon.governance.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beacon.governance.api.GovernorReportProcess;
import org.beacon.governance.application.ReportWorkflow;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** A governor acknowledges the report; from then on it is a fixed record. */
@Dependent
@Named("governanceAcknowledgeReportListener")
public class AcknowledgeReportListener implements TaskListener {

  @Inject ReportWorkflow workflow;

  @Override
  public void notify(DelegateTask task) {
    if (!ProcessVariables.flag(task, GovernorReportProcess.ACKNOWLEDGED)) {
      throw BeaconProblem.invalid(
          "Acknowledge the report to complete this task",
          Map.of(
              GovernorReportProcess.ACKNOWLEDGED,
              "must be ticked; ask the DSL or the head about anything unclear"));
    }
    workflow.acknowledge(
        ProcessVariables.id(task, GovernorReportProcess.REPORT_ID),
        ProcessVariables.text(task, GovernorReportProcess.GOVERNOR_COMMENTS),
        ProcessVariables.actor(task),
        ProcessVariables.now());
  }
}
