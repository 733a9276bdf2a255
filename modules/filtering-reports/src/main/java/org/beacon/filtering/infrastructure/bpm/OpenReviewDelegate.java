package org.beacon.filtering.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.filtering.api.FilteringReviewProcess;
import org.beacon.filtering.application.FilteringReviews;
import org.beacon.filtering.domain.FilteringReview;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The review's first step: opens its record with the figures since the last signed review. */
@Dependent
@Named("filteringOpenReviewDelegate")
public class OpenReviewDelegate implements JavaDelegate {

  @Inject FilteringReviews reviews;
  @Inject AuditLog audit;

  @Override
  public void execute(DelegateExecution execution) {
    String requestedBy = ProcessVariables.text(execution, FilteringReviewProcess.REQUESTED_BY);
    FilteringReview review = reviews.open(requestedBy, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(review.reference());
    execution.setVariable(FilteringReviewProcess.REVIEW_ID, review.id());
    execution.setVariable(FilteringReviewProcess.REFERENCE, review.reference());
    execution.setVariable(FilteringReviewProcess.FIGURES, review.figures().summary());
    audit.allowed(
        "create",
        "filtering-review",
        review.reference(),
        requestedBy == null ? "by the timer" : "on demand");
  }
}
