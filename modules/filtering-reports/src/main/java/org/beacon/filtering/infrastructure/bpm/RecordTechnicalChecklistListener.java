package org.beacon.filtering.infrastructure.bpm;

import static org.beacon.filtering.api.FilteringReviewProcess.PROVIDER_EFFECTIVENESS;
import static org.beacon.filtering.api.FilteringReviewProcess.RULES_DOCUMENTED;
import static org.beacon.filtering.api.FilteringReviewProcess.TECHNICAL_NOTES;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Records technical staff's part of the review: the rules and the provider's effectiveness. */
@Dependent
@Named("filteringRecordTechnicalChecklistListener")
public class RecordTechnicalChecklistListener implements TaskListener {

  @Inject FilteringVariables variables;

  @Override
  public void notify(DelegateTask task) {
    variables
        .review(task)
        .technicalChecklist(
            ProcessVariables.flag(task, RULES_DOCUMENTED),
            ProcessVariables.text(task, PROVIDER_EFFECTIVENESS),
            ProcessVariables.text(task, TECHNICAL_NOTES),
            ProcessVariables.actor(task));
  }
}
