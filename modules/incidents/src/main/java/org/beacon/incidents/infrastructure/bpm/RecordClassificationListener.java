package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.Classification;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Writes the DSL's classification into the incident log when the classify task completes. */
@Dependent
@Named("incidentsRecordClassificationListener")
public class RecordClassificationListener implements TaskListener {

  @Inject IncidentVariables variables;

  @Override
  public void notify(DelegateTask task) {
    String classification = IncidentVariables.text(task, IncidentProcess.CLASSIFICATION);
    Classification parsed =
        Classification.fromId(classification)
            .orElseThrow(() -> new IllegalStateException("Unknown classification " + classification));
    variables
        .incident(task)
        .classify(
            parsed,
            IncidentVariables.text(task, IncidentProcess.INVOLVES),
            ClockUtil.now().toInstant(),
            task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }
}
