package org.beacon.filtering.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.filtering.api.FilteringReportProcess;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Records to whom the DSL reported potentially illegal content, and their reference. */
@Dependent
@Named("filteringRecordExternalReportListener")
public class RecordExternalReportListener implements TaskListener {

  @Inject FilteringVariables variables;

  @Override
  public void notify(DelegateTask task) {
    variables
        .report(task)
        .reportedExternally(
            ProcessVariables.text(task, FilteringReportProcess.REPORTED_TO),
            ProcessVariables.text(task, FilteringReportProcess.EXTERNAL_REFERENCE),
            ProcessVariables.now());
  }
}
