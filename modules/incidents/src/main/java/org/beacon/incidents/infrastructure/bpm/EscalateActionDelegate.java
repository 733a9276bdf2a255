package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * An action task is past its working-day deadline: offers it (this one action, in this pupil's or
 * the staff's instance, never another's) to the role the school's stand-in chain names next ({@code
 * actionEscalatedTo}, from {@code StandInChain} in the model), so the next person sees it in their
 * list with its overdue date, and records them as standing in on the case so they may read it. The
 * role it was routed to keeps it too.
 */
@Dependent
@Named("incidentsEscalateActionDelegate")
public class EscalateActionDelegate implements JavaDelegate {

  static final String ACTION_TASK = "actionTask";
  static final String ESCALATED_TO = "actionEscalatedTo";

  @Inject CaseParties parties;

  @Override
  public void execute(DelegateExecution execution) {
    String next = ProcessVariables.text(execution, ESCALATED_TO);
    if (next == null || next.isEmpty()) {
      throw new IllegalStateException(
          "The stand-in chain names no one after the action's role: give StandInChain a row for it");
    }
    String taskKey = ProcessVariables.text(execution, ACTION_TASK);
    // The overdue action is the task of the same instance of the action step as the timer.
    ActivityInstance tree =
        execution
            .getProcessEngineServices()
            .getRuntimeService()
            .getActivityInstance(execution.getProcessInstanceId());
    ActivityInstance scope = find(tree, execution.getParentActivityInstanceId());
    List<String> taskInstances = new ArrayList<>();
    if (scope != null) {
      for (ActivityInstance child : scope.getChildActivityInstances()) {
        if (child.getActivityId().equals(taskKey)) {
          taskInstances.add(child.getId());
        }
      }
    }
    if (taskInstances.isEmpty()) {
      return; // done meanwhile: nothing is overdue
    }
    var tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task :
        tasks
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .activityInstanceIdIn(taskInstances.toArray(String[]::new))
            .list()) {
      tasks.addCandidateGroup(task.getId(), next);
    }
    Role.fromId(next)
        .ifPresent(
            role -> parties.standIn(IncidentProcess.KEY, execution.getProcessBusinessKey(), role));
  }

  private static ActivityInstance find(ActivityInstance node, String id) {
    if (node == null || id == null) {
      return null;
    }
    if (id.equals(node.getId())) {
      return node;
    }
    for (ActivityInstance child : node.getChildActivityInstances()) {
      ActivityInstance found = find(child, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
