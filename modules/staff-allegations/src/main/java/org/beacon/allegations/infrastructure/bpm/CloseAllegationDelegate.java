package org.beacon.allegations.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.allegations.application.AllegationRetention;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.RetentionSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Closes the allegation: after lessons learned, or as a low-level concern. */
@Dependent
@Named("allegationsCloseAllegationDelegate")
public class CloseAllegationDelegate implements JavaDelegate {

  private final AllegationRepository allegations;
  private final RetentionSchedule schedule;
  private final AuditLog audit;

  @Inject
  public CloseAllegationDelegate(
      AllegationRepository allegations, RetentionSchedule schedule, AuditLog audit) {
    this.allegations = allegations;
    this.schedule = schedule;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Allegation allegation = AllegationVariables.allegation(allegations, execution);
    allegation.close(ProcessVariables.now());
    if (allegation.retainUntil() == null) {
      // No retention step (a malicious or false allegation, a low-level concern): the schedule's
      // date from what the record knows, e.g. removed when the case closes.
      AllegationRetention.keepUntil(schedule, allegation, null, null)
          .ifPresent(allegation::retainUntil);
    }
    audit.allowed("update", "allegation", allegation.reference(), "closed");
  }
}
