package org.beacon.governance.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beacon.governance.api.PolicyProcesses;
import org.beacon.governance.application.PolicyLifecycle;
import org.beacon.governance.application.PolicyLifecycle.ReviewDates;
import org.beacon.platform.api.BeaconProblem;
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
    boolean approved = FlowValues.decision(task, PolicyProcesses.REVIEW_DECISION, PolicyProcesses.APPROVE, PolicyProcesses.RETURN);
    String note = FlowValues.text(task, PolicyProcesses.GOVERNOR_NOTE);
    if (!approved && note == null) {
      throw BeaconProblem.invalid(
          "Say what the DSL is to look at again", Map.of(PolicyProcesses.GOVERNOR_NOTE, "is required when returning the review"));
    }
    ReviewDates next =
        lifecycle.decideReview(
            FlowValues.id(task, PolicyProcesses.POLICY_ID),
            FlowValues.id(task, PolicyProcesses.REVIEW_ID),
            approved,
            note,
            FlowValues.actor(task),
            FlowValues.now());
    if (next != null) {
      task.setVariable(PolicyProcesses.REVIEW_OPENS_AT, next.opensAt());
      task.setVariable(PolicyProcesses.REVIEW_DUE, next.due());
    }
  }
}
