package org.beacon.filtering.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.beacon.filtering.api.FilteringReportProcess;
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
            FilteringVariables.text(task, FilteringReportProcess.REPORTED_TO),
            FilteringVariables.text(task, FilteringReportProcess.EXTERNAL_REFERENCE),
            Instant.now());
  }
}
