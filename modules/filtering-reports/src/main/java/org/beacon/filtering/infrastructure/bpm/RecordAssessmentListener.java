package org.beacon.filtering.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beacon.filtering.api.FilteringReportProcess;
import org.beacon.filtering.domain.Assessment;
import org.beacon.filtering.domain.FilteringReport;
import org.beacon.filtering.domain.WebAddress;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * When the DSL assesses a report: a reason is required to close it without action, block fits an
 * under-blocking report and allow an over-blocking one. Records the assessment and suggests the
 * URL's domain as the pattern of a change.
 */
@Dependent
@Named("filteringRecordAssessmentListener")
public class RecordAssessmentListener implements TaskListener {

  @Inject FilteringVariables variables;

  @Override
  public void notify(DelegateTask task) {
    String id = ProcessVariables.text(task, FilteringReportProcess.ASSESSMENT);
    Assessment assessment =
        Assessment.fromId(id)
            .orElseThrow(() -> new IllegalStateException("Unknown assessment " + id));
    FilteringReport report = variables.report(task);
    if (!assessment.fits(report.kind())) {
      throw BeaconProblem.invalid(
          "The assessment does not fit the report",
          Map.of(
              FilteringReportProcess.ASSESSMENT,
              assessment == Assessment.BLOCK
                  ? "block is for a site that got through (under-blocking)"
                  : "allow is for a site that was wrongly blocked (over-blocking)"));
    }
    String closeReason = ProcessVariables.text(task, FilteringReportProcess.CLOSE_REASON);
    if (assessment == Assessment.NO_ACTION && closeReason == null) {
      throw BeaconProblem.invalid(
          "Closing without action needs a reason",
          Map.of(FilteringReportProcess.CLOSE_REASON, "is required when no action is taken"));
    }
    report.assess(
        assessment,
        ProcessVariables.text(task, FilteringReportProcess.ASSESSMENT_NOTE),
        ProcessVariables.actor(task),
        ProcessVariables.now());
    String host = WebAddress.host(report.url());
    task.getExecution()
        .setVariable(FilteringReportProcess.SUGGESTED_PATTERN, host == null ? "" : host);
  }
}
