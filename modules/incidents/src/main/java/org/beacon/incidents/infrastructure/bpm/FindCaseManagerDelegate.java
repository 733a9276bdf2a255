package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.InvolvedStaff;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Who deals with a member of staff's gross misconduct (seed 003 Category B): the headteacher, or
 * the chair of governors when the head is among the staff the incident names (KCSIE Part 4, as the
 * allegation flow routes it). Read from the directory, never from a tick: a named account holding
 * the head's role, or a name (or alias) that may mean someone who does. Sets {@code
 * staffCaseManager} for the steps' candidate group.
 */
@Dependent
@Named("incidentsFindCaseManagerDelegate")
public class FindCaseManagerDelegate implements JavaDelegate {

  static final String CASE_MANAGER = "staffCaseManager";

  @Inject IncidentVariables variables;
  @Inject People people;

  @Override
  public void execute(DelegateExecution execution) {
    Incident incident = variables.incident(execution);
    boolean headNamed = incident.staff().stream().anyMatch(this::mayBeTheHead);
    execution.setVariable(CASE_MANAGER, (headNamed ? Role.CHAIR : Role.HEAD).id());
  }

  private boolean mayBeTheHead(InvolvedStaff staff) {
    if (staff.username() != null) {
      return people.byUsername(staff.username()).map(p -> p.has(Role.HEAD)).orElse(false);
    }
    return staff.name() != null
        && people.resolve(staff.name()).people().stream().anyMatch((Person p) -> p.has(Role.HEAD));
  }
}
