package org.beacon.allegations.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.allegations.domain.LadoOutcome;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The LADO consultation is recorded: who, their reference, when, their advice and decision. */
@Dependent
@Named("allegationsRecordLadoOutcomeListener")
public class RecordLadoOutcomeListener implements TaskListener {

  static final String LADO_NAME = "ladoName";
  static final String LADO_REFERENCE = "ladoReference";
  static final String CONSULTED_ON = "consultedOn";
  static final String LADO_ADVICE = "ladoAdvice";

  private final AllegationRepository allegations;
  private final AuditLog audit;

  @Inject
  public RecordLadoOutcomeListener(AllegationRepository allegations, AuditLog audit) {
    this.allegations = allegations;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    String outcomeId = ProcessVariables.text(task, AllegationProcess.LADO_OUTCOME);
    LadoOutcome outcome =
        LadoOutcome.fromId(outcomeId == null ? "" : outcomeId)
            .orElseThrow(() -> new IllegalStateException("Unknown LADO outcome " + outcomeId));
    Allegation allegation = AllegationVariables.allegation(allegations, task);
    allegation.recordLadoConsultation(
        ProcessVariables.text(task, LADO_NAME),
        ProcessVariables.text(task, LADO_REFERENCE),
        ProcessVariables.day(task, CONSULTED_ON),
        ProcessVariables.text(task, LADO_ADVICE),
        outcome);
    audit.allowed("update", "allegation", allegation.reference(), "LADO outcome " + outcome.id());
  }
}
