package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;
import org.beacon.incidents.domain.InvolvedStaff;
import org.beacon.platform.api.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Illegal material involving staff: starts the staff-allegation procedure (Flow 2). */
@Dependent
@Named("incidentsRaiseAllegationDelegate")
public class RaiseAllegationDelegate implements JavaDelegate {

  @Inject CaseOpening cases;
  @Inject IncidentVariables variables;

  @Override
  public void execute(DelegateExecution execution) {
    String staff =
        variables.incident(execution).staff().stream()
            .map(InvolvedStaff::reference)
            .collect(Collectors.joining(", "));
    cases.open(execution, Messages.ALLEGATION_RAISED, "staff-allegation", Map.of(Messages.STAFF_REFERENCES, staff));
  }
}
