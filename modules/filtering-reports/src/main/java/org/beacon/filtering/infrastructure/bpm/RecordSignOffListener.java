package org.beacon.filtering.infrastructure.bpm;

import static org.beacon.filtering.api.FilteringReviewProcess.GOVERNOR_COMMENTS;
import static org.beacon.filtering.api.FilteringReviewProcess.SIGN_OFF;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beacon.filtering.domain.FilteringReview;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The governor's sign-off: when the task opens the review awaits it; on completion the review is
 * signed, or sent back with comments (required) for the DSL to revise.
 */
@Dependent
@Named("filteringRecordSignOffListener")
public class RecordSignOffListener implements TaskListener {

  @Inject FilteringVariables variables;

  @Override
  public void notify(DelegateTask task) {
    FilteringReview review = variables.review(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      review.awaitSignOff();
      return;
    }
    String comments = ProcessVariables.text(task, GOVERNOR_COMMENTS);
    if ("sign".equals(ProcessVariables.text(task, SIGN_OFF))) {
      String governor = ProcessVariables.actorIfKnown(task).orElse(null);
      if (governor == null) {
        throw BeaconProblem.forbidden("A sign-off must name the governor who gave it");
      }
      review.signed(governor, ProcessVariables.now(), comments);
    } else {
      if (comments == null) {
        throw BeaconProblem.invalid(
            "Say what is to change",
            Map.of(GOVERNOR_COMMENTS, "is required to send the review back"));
      }
      review.returned(comments);
    }
  }
}
