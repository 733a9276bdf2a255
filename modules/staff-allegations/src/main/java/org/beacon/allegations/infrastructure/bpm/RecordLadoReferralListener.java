package org.beacon.allegations.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The case manager referred the allegation to the LADO. */
@Dependent
@Named("allegationsRecordLadoReferralListener")
public class RecordLadoReferralListener implements TaskListener {

  private final AllegationRepository allegations;
  private final AuditLog audit;

  @Inject
  public RecordLadoReferralListener(AllegationRepository allegations, AuditLog audit) {
    this.allegations = allegations;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    Allegation allegation = AllegationVariables.allegation(allegations, task);
    allegation.referredToLado(ProcessVariables.now());
    audit.allowed("update", "allegation", allegation.reference(), "referred to the LADO");
  }
}
