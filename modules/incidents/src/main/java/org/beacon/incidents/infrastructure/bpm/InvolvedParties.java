package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.IncidentRepository;
import org.beacon.incidents.domain.InvolvedPupil;
import org.beacon.incidents.domain.InvolvedStaff;
import org.beacon.incidents.domain.PartyDecision;

/**
 * The people an incident names, as the collections of the response flow's multi-instance steps:
 * {@code ${incidentsInvolved.pupils(incidentId)}} (one decision per pupil) and {@code
 * ${incidentsInvolved.staff(incidentId)}} (one allegation per member of staff). Read from the
 * incident log when the step starts, so the flow keeps no copy that could drift. A branch the DSL
 * chose runs once even when the report named no one, about someone not yet named: ticking "a child"
 * must never pass silently.
 */
@ApplicationScoped
@Named("incidentsInvolved")
public class InvolvedParties {

  @Inject IncidentRepository incidents;

  /**
   * The pupils' references, in the report's order, each once; a pupil not named if there is none.
   */
  public List<String> pupils(Object incidentId) {
    List<String> pupils =
        incident(incidentId).pupils().stream().map(InvolvedPupil::reference).distinct().toList();
    return pupils.isEmpty() ? List.of(PartyDecision.UNNAMED_PUPIL) : pupils;
  }

  /**
   * The staff's references (username, else the name as reported), each once and whole: "Smith,
   * John" is one person. A blank reference when the incident names no one.
   */
  public List<String> staff(Object incidentId) {
    List<String> staff =
        incident(incidentId).staff().stream().map(InvolvedStaff::reference).distinct().toList();
    return staff.isEmpty() ? List.of("") : staff;
  }

  private Incident incident(Object incidentId) {
    if (!(incidentId instanceof Number number)) {
      throw new IllegalStateException("The process has no incidentId variable");
    }
    return incidents
        .find(number.longValue())
        .orElseThrow(() -> new IllegalStateException("Incident " + incidentId + " does not exist"));
  }
}
