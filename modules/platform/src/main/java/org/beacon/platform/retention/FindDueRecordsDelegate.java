package org.beacon.platform.retention;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Lists the closed records whose retention date has passed (engine clock) under this review: {@code
 * reviewId} and {@code dueCount}.
 */
@Dependent
@Named("platformFindDueRecordsDelegate")
public class FindDueRecordsDelegate implements JavaDelegate {

  static final String REVIEW_ID = "reviewId";
  static final String DUE_COUNT = "dueCount";

  private final DisposalReview review;

  @Inject
  public FindDueRecordsDelegate(DisposalReview review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reviewId = execution.getProcessInstanceId();
    long due = review.list(reviewId, ProcessVariables.today(), ProcessVariables.now());
    execution.setVariable(REVIEW_ID, reviewId);
    execution.setVariable(DUE_COUNT, due);
  }
}
