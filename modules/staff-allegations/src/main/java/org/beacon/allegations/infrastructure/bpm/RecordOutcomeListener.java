package org.beacon.allegations.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.allegations.domain.Consequence;
import org.beacon.allegations.domain.EmploymentOutcome;
import org.beacon.allegations.domain.Outcome;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The case manager recorded the outcome; the flow goes on to what it leads to. */
@Dependent
@Named("allegationsRecordOutcomeListener")
public class RecordOutcomeListener implements TaskListener {

  static final String EMPLOYMENT_OUTCOME = "employmentOutcome";

  private final AllegationRepository allegations;
  private final AuditLog audit;

  @Inject
  public RecordOutcomeListener(AllegationRepository allegations, AuditLog audit) {
    this.allegations = allegations;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    String outcomeId = ProcessVariables.text(task, AllegationProcess.OUTCOME);
    String employmentId = ProcessVariables.text(task, EMPLOYMENT_OUTCOME);
    Outcome outcome =
        Outcome.fromId(outcomeId == null ? "" : outcomeId)
            .orElseThrow(() -> new IllegalStateException("Unknown outcome " + outcomeId));
    EmploymentOutcome employment =
        EmploymentOutcome.fromId(employmentId == null ? "" : employmentId)
            .orElseThrow(
                () -> new IllegalStateException("Unknown employment outcome " + employmentId));
    Allegation allegation = AllegationVariables.allegation(allegations, task);
    Consequence consequence = allegation.recordOutcome(outcome, employment);
    task.setVariable(AllegationProcess.CONSEQUENCE, consequence.id());
    task.setVariable(AllegationProcess.ACCUSED_IS_TEACHER, allegation.accused().teacher());
    audit.allowed("update", "allegation", allegation.reference(), "outcome " + outcome.id());
  }
}
