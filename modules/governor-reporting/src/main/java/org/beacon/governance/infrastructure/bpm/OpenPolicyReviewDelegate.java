package org.beacon.governance.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.governance.api.PolicyProcesses;
import org.beacon.governance.application.PolicyLifecycle;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The review timer fired: the register shows the review as open. */
@Dependent
@Named("governanceOpenPolicyReviewDelegate")
public class OpenPolicyReviewDelegate implements JavaDelegate {

  @Inject PolicyLifecycle lifecycle;

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.openReview(
        ProcessVariables.id(execution, PolicyProcesses.POLICY_ID), ProcessVariables.now());
  }
}
