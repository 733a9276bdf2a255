package org.beacon.platform.retention;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Records the DSL's decision on a record due for disposal: approved, or kept until a later day for
 * a reason (an open investigation, a legal hold), which both must be given.
 */
@Dependent
@Named("platformDisposalDecisionListener")
public class DisposalDecisionListener implements TaskListener {

  static final String DECISION = "disposal";
  static final String DISPOSE = "dispose";
  static final String KEEP = "keep";
  static final String KEEP_REASON = "keepReason";
  static final String KEEP_UNTIL = "keepUntil";

  private final DisposalReview review;
  private final AuditLog audit;

  @Inject
  public DisposalDecisionListener(DisposalReview review, AuditLog audit) {
    this.review = review;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    DisposalItem item = review.item(ProcessVariables.id(task, DescribeDisposalItemListener.ITEM));
    String actor = ProcessVariables.actor(task);
    if (ProcessVariables.decision(task, DECISION, DISPOSE, KEEP)) {
      review.approved(item.id(), actor, ProcessVariables.now());
      audit.allowedInTransaction(
          "approve-disposal", item.recordClass(), item.reference(), "disposal approved");
      return;
    }
    String reason = ProcessVariables.text(task, KEEP_REASON);
    LocalDate until = ProcessVariables.day(task, KEEP_UNTIL);
    if (reason == null || until == null || !until.isAfter(ProcessVariables.today())) {
      throw BeaconProblem.invalid(
          "A record kept needs a reason and a new date",
          Map.of(
              KEEP_REASON, "say why the record is kept (an open investigation, a legal hold)",
              KEEP_UNTIL, "a day after today"));
    }
    review.kept(item.id(), actor, ProcessVariables.now(), until, reason);
    audit.allowedInTransaction(
        "keep", item.recordClass(), item.reference(), "kept until " + until + ": " + reason);
  }
}
