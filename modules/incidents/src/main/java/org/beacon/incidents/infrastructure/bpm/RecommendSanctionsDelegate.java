package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Asks the school's sanction matrix (the DMN decision named by the step's {@code decisionKey}) what
 * it recommends for the incident type, first or repeat offence, and keeps the answer as text for
 * the DSL's form and the incident log, as the recommendation for the step's party (a pupil, or the
 * staff named). The decision itself stays in the model, tunable by the school.
 */
@Dependent
@Named("incidentsRecommendSanctionsDelegate")
public class RecommendSanctionsDelegate implements JavaDelegate {

  @Inject DecisionService decisions;
  @Inject IncidentVariables variables;

  @Override
  public void execute(DelegateExecution execution) {
    String decisionKey = ProcessVariables.text(execution, IncidentProcess.DECISION_KEY);
    DmnDecisionResult result =
        decisions
            .evaluateDecisionByKey(decisionKey)
            .variables(
                Map.of(
                    IncidentProcess.INCIDENT_TYPE,
                    String.valueOf(execution.getVariable(IncidentProcess.INCIDENT_TYPE)),
                    IncidentProcess.REPEAT_OFFENCE,
                    ProcessVariables.flag(execution, IncidentProcess.REPEAT_OFFENCE)))
            .evaluate();
    // COLLECT may name an action twice (the row and the repeat-offence rules): keep each once.
    Set<String> actions = new LinkedHashSet<>(result.collectEntries("action"));
    String recommended = String.join(IncidentProcess.ACTION_SEPARATOR, actions);
    // Set where the branch keeps it: each pupil's instance has its own, the staff branch the process's.
    execution.setVariable(IncidentProcess.RECOMMENDED_SANCTIONS, recommended);
    variables.incident(execution).recordActions(IncidentVariables.party(execution), recommended, List.of(), null, null);
  }
}
