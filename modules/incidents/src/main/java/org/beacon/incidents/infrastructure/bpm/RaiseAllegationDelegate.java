package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.platform.api.Messages;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Illegal material involving staff: starts the staff-allegation procedure (Flow 2) for the one
 * member of staff this instance of the multi-instance step is about ({@code staffReference}), so
 * that each person named gets an allegation of their own.
 */
@Dependent
@Named("incidentsRaiseAllegationDelegate")
public class RaiseAllegationDelegate implements JavaDelegate {

  @Inject CaseOpening cases;

  @Override
  public void execute(DelegateExecution execution) {
    String person = ProcessVariables.text(execution, IncidentProcess.STAFF_REFERENCE);
    cases.open(
        execution,
        Messages.ALLEGATION_RAISED,
        "staff-allegation",
        Map.of(Messages.STAFF_REFERENCE, person == null ? "" : person));
  }
}
