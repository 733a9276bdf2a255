package org.beacon.allegations.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.allegations.domain.HarmThreshold;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The case manager assessed the allegation against the four limbs of the harm threshold: any one
 * met sends it to the LADO; none makes it a low-level concern.
 */
@Dependent
@Named("allegationsRecordThresholdListener")
public class RecordThresholdListener implements TaskListener {

  static final String HARMED_CHILD = "harmedChild";
  static final String POSSIBLE_OFFENCE = "possibleOffence";
  static final String RISK_OF_HARM = "riskOfHarm";
  static final String UNSUITABLE = "unsuitableToWorkWithChildren";

  private final AllegationRepository allegations;
  private final AuditLog audit;

  @Inject
  public RecordThresholdListener(AllegationRepository allegations, AuditLog audit) {
    this.allegations = allegations;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    HarmThreshold threshold =
        new HarmThreshold(
            ProcessVariables.flag(task, HARMED_CHILD),
            ProcessVariables.flag(task, POSSIBLE_OFFENCE),
            ProcessVariables.flag(task, RISK_OF_HARM),
            ProcessVariables.flag(task, UNSUITABLE));
    Allegation allegation = AllegationVariables.allegation(allegations, task);
    allegation.assess(threshold);
    task.setVariable(AllegationProcess.THRESHOLD_MET, threshold.met());
    audit.allowed(
        "update",
        "allegation",
        allegation.reference(),
        threshold.met() ? "harm threshold met" : "low-level concern");
  }
}
