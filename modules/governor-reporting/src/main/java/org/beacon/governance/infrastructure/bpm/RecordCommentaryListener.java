package org.beacon.governance.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.governance.api.GovernorReportProcess;
import org.beacon.governance.application.ReportWorkflow;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Writes the DSL's commentary into the report and sends it to the head. */
@Dependent
@Named("governanceRecordCommentaryListener")
public class RecordCommentaryListener implements TaskListener {

  @Inject ReportWorkflow workflow;

  @Override
  public void notify(DelegateTask task) {
    workflow.writeCommentary(
        ProcessVariables.id(task, GovernorReportProcess.REPORT_ID),
        ProcessVariables.text(task, GovernorReportProcess.COMMENTARY),
        ProcessVariables.actor(task),
        ProcessVariables.now());
  }
}
