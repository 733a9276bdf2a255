package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.IncidentRepository;
import org.beacon.incidents.domain.PartyDecision;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Finds the incident a step of the response flow works on; other variables: {@link
 * ProcessVariables}.
 */
@ApplicationScoped
class IncidentVariables {

  @Inject IncidentRepository incidents;

  Incident incident(VariableScope scope) {
    long id = ProcessVariables.id(scope, IncidentProcess.INCIDENT_ID);
    return incidents
        .find(id)
        .orElseThrow(() -> new IllegalStateException("Incident " + id + " does not exist"));
  }

  /**
   * Changes the incident a step works on through the repository, so the governor figures kept per
   * day move with it (classification, status, triage, close).
   */
  void change(VariableScope scope, Consumer<Incident> change) {
    incidents.change(incident(scope), change);
  }

  /**
   * Whose decision a sanction step records: the step's {@code party} input (a pupil's reference, or
   * staff), else the staff, as the model had one party before pupils were told apart.
   */
  static String party(VariableScope scope) {
    String party = ProcessVariables.text(scope, IncidentProcess.PARTY);
    return party == null ? PartyDecision.STAFF : party;
  }
}
