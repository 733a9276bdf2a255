package org.beacon.records.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.application.Connections;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The head has acknowledged a declared connection: recorded with who and when. */
@Dependent
@Named("recordsAcknowledgeConnectionListener")
public class AcknowledgeConnectionListener implements TaskListener {

  @Inject Connections connections;

  @Override
  public void notify(DelegateTask task) {
    connections.acknowledge(
        ProcessVariables.id(task, RecordsProcesses.CONNECTION_ID),
        ProcessVariables.actor(task),
        ProcessVariables.text(task, RecordsProcesses.ACKNOWLEDGEMENT_NOTE));
  }
}
