package org.beacon.records.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.application.DeviceSearches;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The device returned (when, to whom) or handed to the police (when, their reference). */
@Dependent
@Named("recordsHandOverDeviceListener")
public class HandOverDeviceListener implements TaskListener {

  @Inject DeviceSearches searches;

  @Override
  public void notify(DelegateTask task) {
    searches.handOver(
        ProcessVariables.id(task, RecordsProcesses.SEARCH_ID),
        ProcessVariables.text(task, RecordsProcesses.DEVICE_OUTCOME),
        ProcessVariables.day(task, RecordsProcesses.HANDED_ON),
        ProcessVariables.text(task, RecordsProcesses.RETURNED_TO),
        ProcessVariables.text(task, RecordsProcesses.POLICE_REFERENCE),
        ProcessVariables.actor(task));
  }
}
