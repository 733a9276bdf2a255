package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.IncidentRepository;
import org.beacon.incidents.domain.PartyDecision;
import org.camunda.bpm.engine.DecisionService;

/**
 * The actions decided for one party that someone must carry out, as the collection of the flow's
 * action-task steps: {@code ${incidentsActions.toDo(incidentId, pupil)}} after a pupil's decision
 * and {@code ${incidentsActions.toDo(incidentId, 'staff')}} after the staff's. Read from the
 * decision just recorded in the incident log, and kept only where the school's {@code
 * IncidentActionTasks} table has a row for the action: an action without one (a warning, given at
 * the decision itself) is a record, not work, and becomes no task. The role and due date of each
 * task are the model's own business rule step on the same table.
 */
@ApplicationScoped
@Named("incidentsActions")
public class ActionTasks {

  @Inject IncidentRepository incidents;
  @Inject DecisionService decisions;

  /** The party's decided actions that the table routes to someone, in the decision's order. */
  public List<String> toDo(Object incidentId, Object party) {
    if (!(incidentId instanceof Number number)) {
      throw new IllegalStateException("The process has no incidentId variable");
    }
    String whose =
        party == null || party.toString().isBlank() ? PartyDecision.STAFF : party.toString().trim();
    return incidents
        .find(number.longValue())
        .orElseThrow(() -> new IllegalStateException("Incident " + incidentId + " does not exist"))
        .decisions()
        .stream()
        .filter(decision -> decision.party().equals(whose))
        .findFirst()
        .map(PartyDecision::actions)
        .orElse(List.of())
        .stream()
        .filter(this::needsDoing)
        .toList();
  }

  private boolean needsDoing(String action) {
    return !decisions
        .evaluateDecisionTableByKey(
            IncidentProcess.ACTION_TASKS_DECISION, Map.of(IncidentProcess.ACTION, action))
        .isEmpty();
  }
}
