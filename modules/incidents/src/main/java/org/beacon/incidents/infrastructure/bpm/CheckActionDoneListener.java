package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * When someone completes an action task: a waiver needs its reason, and an action cannot have been
 * done on a day still to come. Who completed the task and when is the engine's history (the
 * incident's chronology); the form's values are kept beside it.
 */
@Dependent
@Named("incidentsCheckActionDoneListener")
public class CheckActionDoneListener implements TaskListener {

  static final String DONE = "done";
  static final String WAIVED = "waived";

  @Override
  public void notify(DelegateTask task) {
    String outcome = ProcessVariables.text(task, IncidentProcess.ACTION_OUTCOME);
    if (!DONE.equals(outcome) && !WAIVED.equals(outcome)) {
      throw BeaconProblem.invalid(
          "Say whether the action was done or waived",
          Map.of(IncidentProcess.ACTION_OUTCOME, "must be done or waived"));
    }
    String reason = ProcessVariables.text(task, IncidentProcess.WAIVER_REASON);
    if (WAIVED.equals(outcome) && (reason == null || reason.isEmpty())) {
      throw BeaconProblem.invalid(
          "A waived action needs a reason",
          Map.of(IncidentProcess.WAIVER_REASON, "is required when the action is waived"));
    }
    LocalDate doneOn = ProcessVariables.day(task, IncidentProcess.ACTION_DONE_ON);
    if (doneOn != null && doneOn.isAfter(ProcessVariables.today())) {
      throw BeaconProblem.invalid(
          "An action cannot have been done on a day still to come",
          Map.of(IncidentProcess.ACTION_DONE_ON, "must be today or earlier"));
    }
  }
}
