package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Closes the incident in the log with the DSL's outcome and policy-review decision. */
@Dependent
@Named("incidentsCloseIncidentDelegate")
public class CloseIncidentDelegate implements JavaDelegate {

  @Inject IncidentVariables variables;

  @Override
  public void execute(DelegateExecution execution) {
    variables.change(
        execution,
        incident ->
            incident.close(
                ProcessVariables.now(),
                ProcessVariables.text(execution, IncidentProcess.OUTCOME_SUMMARY),
                ProcessVariables.flag(execution, IncidentProcess.REVIEW_POLICY)));
  }
}
