package org.beacon.allegations.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.allegations.domain.LowLevelConcerns;
import org.beacon.platform.api.AuditLog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Records a low-level concern and counts the concerns about the same person in the last twelve
 * months: the third opens a pattern review for the DSL.
 */
@Dependent
@Named("allegationsRecordLowLevelConcernDelegate")
public class RecordLowLevelConcernDelegate implements JavaDelegate {

  private final AllegationRepository allegations;
  private final AuditLog audit;

  @Inject
  public RecordLowLevelConcernDelegate(AllegationRepository allegations, AuditLog audit) {
    this.allegations = allegations;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Allegation allegation = AllegationVariables.allegation(allegations, execution);
    long count =
        allegations.countLowLevelConcerns(
            allegation.accused().reference(), LowLevelConcerns.windowStart(allegation.raisedAt()));
    allegation.countLowLevelConcerns((int) count);
    execution.setVariable(AllegationProcess.LOW_LEVEL_CONCERN_COUNT, count);
    execution.setVariable(
        AllegationProcess.PATTERN_REVIEW_NEEDED, LowLevelConcerns.needsPatternReview(count));
    audit.allowed(
        "update",
        "allegation",
        allegation.reference(),
        "low-level concern " + count + " in 12 months");
  }
}
