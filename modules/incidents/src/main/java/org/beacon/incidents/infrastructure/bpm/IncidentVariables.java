package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.IncidentRepository;
import org.beacon.incidents.domain.PartyDecision;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Finds the incident a step of the response flow works on. */
@ApplicationScoped
class IncidentVariables {

  @Inject IncidentRepository incidents;

  Incident incident(VariableScope scope) {
    Object id = scope.getVariable(IncidentProcess.INCIDENT_ID);
    if (!(id instanceof Number number)) {
      throw new IllegalStateException("The process has no incidentId variable");
    }
    return incidents
        .find(number.longValue())
        .orElseThrow(() -> new IllegalStateException("Incident " + id + " does not exist"));
  }

  /**
   * Whose decision a sanction step records: the step's {@code party} input (a pupil's reference,
   * or staff), else the staff, as the model had one party before pupils were told apart.
   */
  static String party(VariableScope scope) {
    String party = text(scope, IncidentProcess.PARTY);
    return party == null || party.isEmpty() ? PartyDecision.STAFF : party;
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString().trim();
  }

  static boolean flag(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }
}
