package org.beacon.governance.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beacon.governance.api.PolicyProcesses;
import org.beacon.governance.application.PolicyLifecycle;
import org.beacon.governance.application.PolicyLifecycle.ReviewDates;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The governing body's decision on an unchanged review. Approved: the review is recorded and the
 * timer waits for the next one. Returned: the DSL reviews again.
 */
@Dependent
@Named("governanceRecordReviewDecisionListener")
public class RecordReviewDecisionListener implements TaskListener {

  @Inject PolicyLifecycle lifecycle;

  @Override
  public void notify(DelegateTask task) {
    boolean approved =
        ProcessVariables.decision(
            task, PolicyProcesses.REVIEW_DECISION, PolicyProcesses.APPROVE, PolicyProcesses.RETURN);
    String note = ProcessVariables.text(task, PolicyProcesses.GOVERNOR_NOTE);
    if (!approved && note == null) {
      throw BeaconProblem.invalid(
          "Say what the DSL is to look at again",
          Map.of(PolicyProcesses.GOVERNOR_NOTE, "is required when returning the review"));
    }
    ReviewDates next =
        lifecycle.decideReview(
            ProcessVariables.id(task, PolicyProcesses.POLICY_ID),
            ProcessVariables.id(task, PolicyProcesses.REVIEW_ID),
            approved,
            note,
            ProcessVariables.actor(task),
            ProcessVariables.now());
    if (next != null) {
      task.setVariable(PolicyProcesses.REVIEW_OPENS_AT, next.opensAt());
      task.setVariable(PolicyProcesses.REVIEW_DUE, next.due());
    }
  }
}
