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
 * Suspension is never automatic: the consideration (risk assessment, alternatives, rationale) and,
 * when suspension is recommended, the case manager's decision are recorded as they are made.
 */
@Dependent
@Named("allegationsRecordSuspensionListener")
public class RecordSuspensionListener implements TaskListener {

  static final String RECOMMEND_SUSPENSION = "recommendSuspension";
  static final String SUSPENSION_APPROVED = "suspensionApproved";

  private final AllegationRepository allegations;
  private final AuditLog audit;

  @Inject
  public RecordSuspensionListener(AllegationRepository allegations, AuditLog audit) {
    this.allegations = allegations;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    Allegation allegation = AllegationVariables.allegation(allegations, task);
    boolean recommended = ProcessVariables.flag(task, RECOMMEND_SUSPENSION);
    Boolean approved = ProcessVariables.optionalFlag(task, SUSPENSION_APPROVED);
    allegation.recordSuspension(recommended, approved);
    String note =
        !recommended
            ? "suspension considered, not recommended"
            : approved == null
                ? "suspension recommended"
                : approved ? "suspension approved" : "suspension not approved";
    audit.allowed("update", "allegation", allegation.reference(), note);
  }
}
