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

/** A false or malicious allegation was removed from the personnel record. */
@Dependent
@Named("allegationsRecordRemovalListener")
public class RecordRemovalListener implements TaskListener {

  static final String REMOVED_ON = "removedOn";

  private final AllegationRepository allegations;
  private final AuditLog audit;

  @Inject
  public RecordRemovalListener(AllegationRepository allegations, AuditLog audit) {
    this.allegations = allegations;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    Allegation allegation = AllegationVariables.allegation(allegations, task);
    allegation.removedFromPersonnelRecord(ProcessVariables.day(task, REMOVED_ON));
    audit.allowed(
        "update", "allegation", allegation.reference(), "removed from the personnel record");
  }
}
