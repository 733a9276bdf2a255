package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beacon.platform.api.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Inappropriate content got past the filter: opens a filtering report (Flow 3). */
@Dependent
@Named("incidentsRequestFilteringReportDelegate")
public class RequestFilteringReportDelegate implements JavaDelegate {

  @Inject CaseOpening cases;
  @Inject IncidentVariables variables;

  @Override
  public void execute(DelegateExecution execution) {
    String urls = String.join("\n", variables.incident(execution).urls());
    cases.open(
        execution,
        Messages.FILTERING_REPORT_REQUESTED,
        "filtering-report",
        Map.of(Messages.URLS, urls));
  }
}
