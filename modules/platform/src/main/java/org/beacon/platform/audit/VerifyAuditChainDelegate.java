package org.beacon.platform.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The daily audit check's step: walks the chain and leaves the outcome in the instance, the first
 * broken event by its id only (the trail's content stays out of the engine).
 */
@Dependent
@Named("platformVerifyAuditChainDelegate")
public class VerifyAuditChainDelegate implements JavaDelegate {

  /** The key of the daily check's process, its file name in {@code bpmn/platform/}. */
  public static final String PROCESS_KEY = "AuditChainCheckProcess";

  static final String INTACT = "auditChainIntact";
  static final String CHECKED = "auditSealsChecked";
  static final String BROKEN_EVENT_ID = "brokenEventId";
  static final String BROKEN_REASON = "brokenReason";

  private final AuditSealer sealer;

  @Inject
  public VerifyAuditChainDelegate(AuditSealer sealer) {
    this.sealer = sealer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChainCheck check = sealer.check();
    execution.setVariable(INTACT, check.intact());
    execution.setVariable(CHECKED, check.checked());
    if (!check.intact()) {
      execution.setVariable(BROKEN_EVENT_ID, check.firstBroken().eventId());
      execution.setVariable(BROKEN_REASON, check.firstBroken().reason());
    }
  }
}
