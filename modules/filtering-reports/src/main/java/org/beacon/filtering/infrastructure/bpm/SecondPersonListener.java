package org.beacon.filtering.infrastructure.bpm;

import static org.beacon.filtering.api.FilteringChangeRequestProcess.CHANGE_OUTCOME;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.DECISION;
import static org.beacon.filtering.api.FilteringChangeRequestProcess.DECISION_REASON;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beacon.filtering.domain.FilteringChangeRequest;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The approval of a change is a second person's: the proposer can neither claim the approval task
 * nor complete it (403 with the reason, audited), whatever roles they hold. On completion records
 * the decision; a rejection needs a reason.
 */
@Dependent
@Named("filteringSecondPersonListener")
public class SecondPersonListener implements TaskListener {

  static final String RESOURCE = "filtering-change";

  @Inject FilteringVariables variables;
  @Inject AuditLog audit;

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      if (task.getAssignee() != null) {
        requireSecondPerson(variables.changeRequest(task), task.getAssignee(), "claim");
      }
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    String decider = ProcessVariables.actorIfKnown(task).orElse(null);
    FilteringChangeRequest request = variables.changeRequest(task);
    if (decider == null) {
      audit.denied("decide", RESOURCE, request.reference(), "nobody named as the approver");
      throw BeaconProblem.forbidden("An approval must name who gave it");
    }
    requireSecondPerson(request, decider, "decide");
    String decision = ProcessVariables.text(task, DECISION);
    String reason = ProcessVariables.text(task, DECISION_REASON);
    if ("reject".equals(decision)) {
      if (reason == null) {
        throw BeaconProblem.invalid(
            "A rejection needs a reason",
            Map.of(DECISION_REASON, "is required to reject a change"));
      }
      request.reject(decider, ProcessVariables.now(), reason);
    } else if ("approve".equals(decision)) {
      request.approve(decider, ProcessVariables.now(), reason);
    } else {
      throw new IllegalStateException("Unknown decision " + decision);
    }
    task.getExecution()
        .setVariable(CHANGE_OUTCOME, "approve".equals(decision) ? "approved" : "rejected");
    audit.allowed("decide", RESOURCE, request.reference(), decision);
  }

  private void requireSecondPerson(FilteringChangeRequest request, String username, String action) {
    try {
      request.requireSecondPerson(username);
    } catch (FilteringChangeRequest.SecondPersonRequired refused) {
      audit.denied(
          action, RESOURCE, request.reference(), "the proposer may not approve their own change");
      throw BeaconProblem.forbidden(refused.getMessage());
    }
  }
}
