package org.beacon.governance.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.Map;
import org.beacon.governance.api.PolicyProcesses;
import org.beacon.governance.application.PolicyLifecycle;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.SchoolTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The DSL's review: the policy stands unchanged (for the governors to approve) or needs a new
 * version.
 */
@Dependent
@Named("governanceRecordPolicyReviewListener")
public class RecordPolicyReviewListener implements TaskListener {

  @Inject PolicyLifecycle lifecycle;

  @Override
  public void notify(DelegateTask task) {
    boolean unchanged =
        ProcessVariables.decision(
            task,
            PolicyProcesses.REVIEW_OUTCOME,
            PolicyProcesses.UNCHANGED,
            PolicyProcesses.REVISE);
    Date next = ProcessVariables.date(task, PolicyProcesses.NEXT_REVIEW_DATE);
    if (next != null && !SchoolTime.dayOf(next).isAfter(SchoolTime.dayOf(ProcessVariables.now()))) {
      throw BeaconProblem.invalid(
          "The next review must be in the future",
          Map.of(PolicyProcesses.NEXT_REVIEW_DATE, "must be after today"));
    }
    long review =
        lifecycle.recordReview(
            ProcessVariables.id(task, PolicyProcesses.POLICY_ID),
            unchanged,
            ProcessVariables.text(task, PolicyProcesses.REVIEW_NOTE),
            next == null ? null : SchoolTime.dayOf(next),
            ProcessVariables.actor(task),
            ProcessVariables.now());
    task.setVariable(PolicyProcesses.REVIEW_ID, review);
  }
}
