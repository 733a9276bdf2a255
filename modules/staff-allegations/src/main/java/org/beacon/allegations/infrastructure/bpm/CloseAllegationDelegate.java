package org.beacon.allegations.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Closes the allegation: after lessons learned, or as a low-level concern. */
@Dependent
@Named("allegationsCloseAllegationDelegate")
public class CloseAllegationDelegate implements JavaDelegate {

  private final AllegationRepository allegations;
  private final AuditLog audit;

  @Inject
  public CloseAllegationDelegate(AllegationRepository allegations, AuditLog audit) {
    this.allegations = allegations;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Allegation allegation = AllegationVariables.allegation(allegations, execution);
    allegation.close(ProcessVariables.now());
    audit.allowed("update", "allegation", allegation.reference(), "closed");
  }
}
