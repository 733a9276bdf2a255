package org.beacon.records.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.application.Agreements;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Completing one's "sign the agreement" task signs it in Beacon (once, however often it is asked).
 */
@Dependent
@Named("recordsRecordSignatureListener")
public class RecordSignatureListener implements TaskListener {

  @Inject Agreements agreements;

  @Override
  public void notify(DelegateTask task) {
    String code = ProcessVariables.text(task, RecordsProcesses.AGREEMENT_CODE);
    if (code != null && task.getAssignee() != null) {
      agreements.signFromTask(code, task.getAssignee());
    }
  }
}
