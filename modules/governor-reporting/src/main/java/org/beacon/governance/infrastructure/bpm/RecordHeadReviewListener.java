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

/** The head's review: the report goes on to the governors, or back to the DSL with a note why. */
@Dependent
@Named("governanceRecordHeadReviewListener")
public class RecordHeadReviewListener implements TaskListener {

  @Inject ReportWorkflow workflow;

  @Override
  public void notify(DelegateTask task) {
    boolean approved =
        ProcessVariables.decision(
            task,
            GovernorReportProcess.REVIEW_DECISION,
            GovernorReportProcess.APPROVE,
            GovernorReportProcess.RETURN);
    String note = ProcessVariables.text(task, GovernorReportProcess.REVIEW_NOTE);
    if (!approved && note == null) {
      throw BeaconProblem.invalid(
          "Say what the DSL is to change",
          Map.of(GovernorReportProcess.REVIEW_NOTE, "is required when returning the report"));
    }
    workflow.review(
        ProcessVariables.id(task, GovernorReportProcess.REPORT_ID),
        approved,
        note,
        ProcessVariables.actor(task),
        ProcessVariables.now());
  }
}
