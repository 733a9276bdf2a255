package org.beacon.platform.retention;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Tells the DSL which record a review task is about (in the task's description, which disposal
 * removes from the engine's history with the record) and remembers the task on the item.
 */
@Dependent
@Named("platformDescribeDisposalItemListener")
public class DescribeDisposalItemListener implements TaskListener {

  static final String ITEM = "disposalItem";

  private final DisposalReview review;

  @Inject
  public DescribeDisposalItemListener(DisposalReview review) {
    this.review = review;
  }

  @Override
  public void notify(DelegateTask task) {
    DisposalItem item = review.item(ProcessVariables.id(task, ITEM));
    task.setDescription(
        item.recordClass()
            + " "
            + item.reference()
            + (item.outcome() == null ? "" : " (" + item.outcome() + ")")
            + ": kept until "
            + item.keepUntil()
            + " under the retention schedule. Approve its disposal, or keep it with a reason and"
            + " a new date.");
    review.reviewedIn(item.id(), task.getId());
  }
}
