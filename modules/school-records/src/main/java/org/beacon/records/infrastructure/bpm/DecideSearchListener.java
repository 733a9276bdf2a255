package org.beacon.records.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.application.DeviceSearches;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The head authorises or refuses a device search: recorded with who decided and why. */
@Dependent
@Named("recordsDecideSearchListener")
public class DecideSearchListener implements TaskListener {

  @Inject DeviceSearches searches;

  @Override
  public void notify(DelegateTask task) {
    boolean authorised =
        ProcessVariables.decision(task, RecordsProcesses.SEARCH_DECISION, "authorise", "refuse");
    searches.decide(
        ProcessVariables.id(task, RecordsProcesses.SEARCH_ID),
        ProcessVariables.actor(task),
        authorised,
        ProcessVariables.text(task, RecordsProcesses.DECISION_NOTE));
  }
}
