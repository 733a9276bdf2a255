package org.beacon.allegations.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The DSL reviewed a pattern of low-level concerns. A pattern that meets the harm threshold is
 * referred to the LADO like any allegation, within one working day of this finding.
 */
@Dependent
@Named("allegationsRecordPatternReviewListener")
public class RecordPatternReviewListener implements TaskListener {

  static final String PATTERN_MEETS_THRESHOLD = "patternMeetsThreshold";

  private final AllegationRepository allegations;
  private final AuditLog audit;

  @Inject
  public RecordPatternReviewListener(AllegationRepository allegations, AuditLog audit) {
    this.allegations = allegations;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    Allegation allegation = AllegationVariables.allegation(allegations, task);
    boolean meets = ProcessVariables.flag(task, PATTERN_MEETS_THRESHOLD);
    if (meets) {
      allegation.patternMeetsThreshold();
      task.setVariable(AllegationProcess.THRESHOLD_MET, true);
      task.setVariable(
          AllegationProcess.REFERRAL_CLOCK_STARTED_AT, Date.from(ProcessVariables.now()));
    }
    audit.allowed(
        "update",
        "allegation",
        allegation.reference(),
        meets ? "pattern meets the harm threshold" : "pattern reviewed");
  }
}
