package org.beacon.filtering.infrastructure.bpm;

import static org.beacon.filtering.api.FilteringReviewProcess.ACTIONS_AGREED;
import static org.beacon.filtering.api.FilteringReviewProcess.CHECKS_REVIEWED;
import static org.beacon.filtering.api.FilteringReviewProcess.FINDINGS;
import static org.beacon.filtering.api.FilteringReviewProcess.REPORTS_REVIEWED;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Records the DSL's part of the review (first time, or revised after the governor sent it back).
 */
@Dependent
@Named("filteringRecordDslChecklistListener")
public class RecordDslChecklistListener implements TaskListener {

  @Inject FilteringVariables variables;

  @Override
  public void notify(DelegateTask task) {
    variables
        .review(task)
        .dslChecklist(
            ProcessVariables.flag(task, CHECKS_REVIEWED),
            ProcessVariables.flag(task, REPORTS_REVIEWED),
            ProcessVariables.text(task, FINDINGS),
            ProcessVariables.text(task, ACTIONS_AGREED),
            ProcessVariables.actor(task));
  }
}
