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

/**
 * Child abuse images were found with the member of staff (seed 003): the case manager's decision to
 * suspend at once, taken without a recommendation step and before the LADO is consulted, is
 * recorded on the allegation as a suspension decided by the case manager.
 */
@Dependent
@Named("allegationsRecordInstantSuspensionListener")
public class RecordInstantSuspensionListener implements TaskListener {

  static final String SUSPENDED_AT_ONCE = "suspendedAtOnce";

  private final AllegationRepository allegations;
  private final AuditLog audit;

  @Inject
  public RecordInstantSuspensionListener(AllegationRepository allegations, AuditLog audit) {
    this.allegations = allegations;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    Allegation allegation = AllegationVariables.allegation(allegations, task);
    boolean suspended = ProcessVariables.flag(task, SUSPENDED_AT_ONCE);
    allegation.recordSuspension(true, suspended);
    audit.allowed(
        "update",
        "allegation",
        allegation.reference(),
        suspended
            ? "suspended at once (child abuse images)"
            : "not suspended at once (child abuse images), reasons recorded");
  }
}
