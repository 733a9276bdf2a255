package org.beacon.governance.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.governance.api.PolicyProcesses;
import org.beacon.governance.domain.policy.Policy;
import org.beacon.governance.domain.policy.PolicyRepository;
import org.beacon.platform.api.Messages;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The approved version is in force: tells whoever listens ({@link
 * Messages#POLICY_VERSION_APPROVED}; the school records ask people to sign agreements bound to the
 * policy). No listener is fine.
 */
@Dependent
@Named("governanceAnnounceApprovedVersionDelegate")
public class AnnounceApprovedVersionDelegate implements JavaDelegate {

  @Inject PolicyRepository policies;

  @Override
  public void execute(DelegateExecution execution) {
    long policyId = ProcessVariables.id(execution, PolicyProcesses.POLICY_ID);
    Object version = execution.getVariable(PolicyProcesses.VERSION_NUMBER);
    String kind = policies.find(policyId).map(Policy::kind).map(k -> k.id()).orElse(null);
    execution
        .getProcessEngineServices()
        .getRuntimeService()
        .createMessageCorrelation(Messages.POLICY_VERSION_APPROVED)
        .processInstanceBusinessKey("POLICY-" + policyId + "-V" + version)
        .setVariable(Messages.POLICY_ID, policyId)
        .setVariable(Messages.POLICY_KIND, kind)
        .setVariable(
            Messages.POLICY_TITLE, ProcessVariables.text(execution, PolicyProcesses.POLICY_TITLE))
        .setVariable(Messages.POLICY_VERSION, version instanceof Number n ? n.intValue() : null)
        .correlateAll();
  }
}
