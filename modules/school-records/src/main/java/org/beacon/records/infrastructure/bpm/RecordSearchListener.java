package org.beacon.records.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.application.DeviceSearches;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The search as done: who searched, the witness, what was found, whether it may be illegal. */
@Dependent
@Named("recordsRecordSearchListener")
public class RecordSearchListener implements TaskListener {

  @Inject DeviceSearches searches;

  @Override
  public void notify(DelegateTask task) {
    boolean mayBeIllegal = ProcessVariables.flag(task, RecordsProcesses.MAY_BE_ILLEGAL);
    searches.recordSearch(
        ProcessVariables.id(task, RecordsProcesses.SEARCH_ID),
        ProcessVariables.text(task, RecordsProcesses.SEARCHED_BY),
        ProcessVariables.text(task, RecordsProcesses.WITNESS),
        ProcessVariables.text(task, RecordsProcesses.FINDINGS),
        mayBeIllegal,
        ProcessVariables.actor(task));
    // The gateway reads a boolean, whatever the form left (an unticked box may send nothing).
    task.getExecution().setVariable(RecordsProcesses.MAY_BE_ILLEGAL, mayBeIllegal);
  }
}
