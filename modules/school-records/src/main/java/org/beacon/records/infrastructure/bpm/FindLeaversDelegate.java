package org.beacon.records.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.platform.api.SchoolTime;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.application.PhotoConsents;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Finds the pupils with a consent form who have left and whose images nobody has been asked to
 * delete yet, marks them asked, and keeps their references (one a line) in {@code leavers}.
 */
@Dependent
@Named("recordsFindLeaversDelegate")
public class FindLeaversDelegate implements JavaDelegate {

  @Inject PhotoConsents consents;

  @Override
  public void execute(DelegateExecution execution) {
    var now = ClockUtil.now().toInstant();
    execution.setVariable(
        RecordsProcesses.LEAVERS,
        String.join("\n", consents.leaversToDelete(SchoolTime.dayOf(now), now)));
  }
}
