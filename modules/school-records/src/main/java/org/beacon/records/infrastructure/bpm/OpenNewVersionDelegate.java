package org.beacon.records.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.beacon.platform.api.Messages;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.SchoolTime;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.application.AgreementViews.Renewal;
import org.beacon.records.application.Agreements;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A policy version was approved: the agreements bound to that policy now ask for it, and the flow
 * learns which agreement staff sign in Beacon, which the office collects on paper, and by when.
 */
@Dependent
@Named("recordsOpenNewVersionDelegate")
public class OpenNewVersionDelegate implements JavaDelegate {

  @Inject Agreements agreements;

  @Override
  public void execute(DelegateExecution execution) {
    Renewal renewal =
        agreements.versionApproved(
            ProcessVariables.id(execution, Messages.POLICY_ID),
            ProcessVariables.text(execution, Messages.POLICY_KIND),
            (int) ProcessVariables.id(execution, Messages.POLICY_VERSION));
    execution.setVariable(RecordsProcesses.AGREEMENT_CODE, renewal.staffCode());
    execution.setVariable(RecordsProcesses.AGREEMENT_TITLE, renewal.staffTitle());
    execution.setVariable(RecordsProcesses.PAPER_AGREEMENTS, renewal.paperAgreements());
    execution.setVariable(RecordsProcesses.SIGNERS, String.join("\n", renewal.signers()));
    // The end of the last day to sign, in the school's zone.
    execution.setVariable(
        RecordsProcesses.SIGN_BY,
        Date.from(SchoolTime.startOf(renewal.signBy().plusDays(1)).minusSeconds(1)));
  }
}
