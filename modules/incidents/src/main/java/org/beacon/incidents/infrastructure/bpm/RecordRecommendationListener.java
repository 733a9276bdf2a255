package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.tasks.TaskForm;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;

/**
 * Ends a sanction step: the engine's business rule task has evaluated the school's matrix (its
 * {@code camunda:decisionRef}, PupilSanctions or StaffSanctions, with the incident type,
 * seriousness and repeat offence); this keeps what it recommends for the DSL's form and the
 * incident log, for the step's party (a pupil, or the staff). The form's checklist offers every
 * action the school's decision can give ({@link SanctionChoices}), pre-ticked with the
 * recommendation: a school that rewords or adds an action in its table sees it on the form.
 */
@Dependent
@Named("incidentsRecordRecommendationListener")
public class RecordRecommendationListener implements ExecutionListener {

  /**
   * The transient variable in which the engine hands a business rule task's result to its
   * listeners.
   */
  static final String DECISION_RESULT = "decisionResult";

  @Inject IncidentVariables variables;
  @Inject RepositoryService repository;

  @Override
  public void notify(DelegateExecution execution) {
    if (!(execution.getVariableLocal(DECISION_RESULT) instanceof DmnDecisionResult result)) {
      throw new IllegalStateException(
          "Step "
              + execution.getCurrentActivityId()
              + " is not a business rule task with a decision result");
    }
    // COLLECT may give an action twice (the row and the repeat-offence rules): each once, in order.
    Set<String> recommended = new LinkedHashSet<>();
    result.stream()
        .map(entries -> entries.getFirstEntry())
        .filter(Objects::nonNull)
        .map(Object::toString)
        .map(String::trim)
        .filter(action -> !action.isEmpty())
        .forEach(recommended::add);
    String decisionKey =
        ((BusinessRuleTask) execution.getBpmnModelElementInstance()).getCamundaDecisionRef();
    Set<String> choices = new LinkedHashSet<>(SanctionChoices.of(repository, decisionKey));
    choices.addAll(recommended);

    String shown = String.join(IncidentProcess.ACTION_SEPARATOR, recommended);
    // Set where the branch keeps them: each pupil's instance has its own, the staff branch the
    // process's.
    execution.setVariable(IncidentProcess.RECOMMENDED_SANCTIONS, shown);
    execution.setVariable(
        IncidentProcess.SANCTION_CHOICES, String.join(TaskForm.CHOICE_SEPARATOR, choices));
    execution.setVariable(
        IncidentProcess.ACTIONS_DECIDED, String.join(TaskForm.CHOICE_SEPARATOR, recommended));
    execution.setVariable(
        IncidentProcess.RECOMMENDED_FOR_REPEAT,
        ProcessVariables.flag(execution, IncidentProcess.REPEAT_OFFENCE));
    variables
        .incident(execution)
        .recordActions(IncidentVariables.party(execution), shown, List.of(), null, null);
  }
}
