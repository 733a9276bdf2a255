package org.beacon.filtering.infrastructure.bpm;

import static org.beacon.filtering.api.FilteringChangeRequestProcess.ACTION;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.CHANGE_REQUEST_ID;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.PATTERN;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.PATTERN_TYPE;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.REASON;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.REFERENCE;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.REPORT_ID;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.REPORT_REFERENCE;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.SCOPE;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.TEST_URL;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.YEAR_GROUPS;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.filtering.application.ChangeProposals;
import org.beacon.filtering.application.ProposeChange;
import org.beacon.filtering.domain.FilteringChangeRequest;
import org.beacon.filtering.domain.FilteringChangeRequest.Proposal;
import org.beacon.filtering.domain.FilteringChangeRequestRepository;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Technical staff proposed the change a report asked for: the proposal is checked as the API checks
 * one, stored with them as the proposer, and the flow takes its reference as business key.
 */
@Dependent
@Named("filteringRecordProposalListener")
public class RecordProposalListener implements TaskListener {

  @Inject FilteringChangeRequestRepository requests;
  @Inject AuditLog audit;

  @Override
  public void notify(DelegateTask task) {
    String proposer = ProcessVariables.actorIfKnown(task).orElse(null);
    if (proposer == null) {
      throw BeaconProblem.forbidden("A change must name who proposed it");
    }
    ProposeChange change =
        new ProposeChange(
            ProcessVariables.text(task, PATTERN_TYPE),
            ProcessVariables.text(task, PATTERN),
            ProcessVariables.text(task, ACTION),
            ProcessVariables.text(task, REASON),
            ProcessVariables.text(task, SCOPE),
            ProcessVariables.text(task, YEAR_GROUPS),
            null);
    Proposal proposal = ChangeProposals.check(change);
    Object reportId = task.getVariable(REPORT_ID);
    FilteringChangeRequest request =
        requests.add(
            new FilteringChangeRequest(
                proposer,
                ProcessVariables.now(),
                proposal,
                reportId instanceof Number n ? n.longValue() : null,
                ProcessVariables.text(task, REPORT_REFERENCE)));
    DelegateExecution execution = task.getExecution();
    request.startedAs(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(request.reference());
    execution.setVariable(CHANGE_REQUEST_ID, request.id());
    execution.setVariable(REFERENCE, request.reference());
    execution.setVariable(
        TEST_URL, ChangeProposals.testUrl(proposal, ProcessVariables.text(task, TEST_URL)));
    audit.allowed(
        "create", "filtering-change", request.reference(), "from " + request.reportReference());
  }
}
