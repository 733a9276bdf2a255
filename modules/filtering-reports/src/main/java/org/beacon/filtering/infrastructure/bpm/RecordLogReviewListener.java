package org.beacon.filtering.infrastructure.bpm;

import static org.beacon.filtering.api.FilteringLogReviewProcess.ACTION_TAKEN;
import static org.beacon.filtering.api.FilteringLogReviewProcess.OUTCOME;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The DSL reviewed a user's flagged web use: no concern, or what was done (required). */
@Dependent
@Named("filteringRecordLogReviewListener")
public class RecordLogReviewListener implements TaskListener {

  @Inject FilteringVariables variables;

  @Override
  public void notify(DelegateTask task) {
    String outcome = ProcessVariables.text(task, OUTCOME);
    String action = ProcessVariables.text(task, ACTION_TAKEN);
    if ("followedUp".equals(outcome) && action == null) {
      throw BeaconProblem.invalid(
          "Say what was done", Map.of(ACTION_TAKEN, "is required when it was followed up"));
    }
    variables
        .logReview(task)
        .reviewed(outcome, action, ProcessVariables.actor(task), ProcessVariables.now());
  }
}
