package org.beacon.governance.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beacon.governance.api.PolicyProcesses;
import org.beacon.governance.application.PolicyLifecycle;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The governing body's decision on a version, by the governor who completes the task. */
@Dependent
@Named("governanceRecordVersionDecisionListener")
public class RecordVersionDecisionListener implements TaskListener {

  @Inject PolicyLifecycle lifecycle;

  @Override
  public void notify(DelegateTask task) {
    boolean approved =
        ProcessVariables.decision(
            task,
            PolicyProcesses.VERSION_DECISION,
            PolicyProcesses.APPROVE,
            PolicyProcesses.REJECT);
    String note = ProcessVariables.text(task, PolicyProcesses.DECISION_NOTE);
    if (!approved && note == null) {
      throw BeaconProblem.invalid(
          "Say why the version is not approved",
          Map.of(PolicyProcesses.DECISION_NOTE, "is required when rejecting a version"));
    }
    lifecycle.decideVersion(
        ProcessVariables.id(task, PolicyProcesses.POLICY_ID),
        (int) ProcessVariables.id(task, PolicyProcesses.VERSION_NUMBER),
        approved,
        note,
        ProcessVariables.actor(task),
        ProcessVariables.now());
  }
}
