package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;

/**
 * The triage is a working day overdue: offers the open classification task to the role the school's
 * stand-in chain names next ({@code triageEscalatedTo}, from {@code StandInChain} in the model), so
 * the next person sees it in their list with its overdue date, and records them as standing in on
 * the case so they may read it. The DSL keeps the task too.
 */
@Dependent
@Named("incidentsEscalateTriageDelegate")
public class EscalateTriageDelegate implements JavaDelegate {

  static final String CLASSIFY_TASK = "Task_ClassifyIncident";

  @Inject CaseParties parties;

  @Override
  public void execute(DelegateExecution execution) {
    String next = ProcessVariables.text(execution, IncidentProcess.TRIAGE_ESCALATED_TO);
    if (next == null || next.isEmpty()) {
      throw new IllegalStateException(
          "The stand-in chain names no one after the DSL: give StandInChain a row for dsl");
    }
    var tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task :
        tasks
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(CLASSIFY_TASK)
            .list()) {
      tasks.addCandidateGroup(task.getId(), next);
    }
    Role.fromId(next)
        .ifPresent(
            role -> parties.standIn(IncidentProcess.KEY, execution.getProcessBusinessKey(), role));
  }
}
