package org.beacon.incidents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.IncidentReference;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.HistoryService;

/**
 * Need to know for incidents. A member of staff named in an incident never sees it, whatever roles
 * they hold; the DSL and the head see everything else; a reporter sees their own report; technical
 * staff see the technical facts of incidents they have a task on; nobody else sees any.
 */
@ApplicationScoped
public class IncidentAccess {

  @Inject HistoryService historyService;
  @Inject CaseParties parties;

  public IncidentView viewFor(Caller caller, Incident incident) {
    if (incident.names(caller.username())
        || parties.isSubject(caller, IncidentProcess.KEY, incident.reference())) {
      return IncidentView.NONE;
    }
    if (caller.has(Role.DSL)
        || caller.has(Role.HEAD)
        || parties.standsIn(caller, IncidentProcess.KEY, incident.reference())) {
      return IncidentView.FULL;
    }
    if (caller.username().equals(incident.reportedBy())) {
      return IncidentView.REPORTER;
    }
    if (caller.has(Role.TECHNICAL) && hadTechnicalTask(incident)) {
      return IncidentView.TECHNICAL;
    }
    return IncidentView.NONE;
  }

  /**
   * The ids of the incidents naming the caller as staff involved, by any name that may mean them.
   */
  public Set<Long> incidentsAbout(Caller caller) {
    return parties.referencesAbout(caller, IncidentProcess.KEY).stream()
        .map(IncidentReference::parse)
        .flatMap(Optional::stream)
        .map(IncidentReference::id)
        .collect(Collectors.toSet());
  }

  /** Whether the caller may read the incident log as a whole (all incidents). */
  public boolean readsWholeLog(Caller caller) {
    return caller.has(Role.DSL) || caller.has(Role.HEAD);
  }

  /**
   * Whether the caller may read the incident log at all (their own reports, at least). Governors
   * read anonymised reports elsewhere; administrators and the school office see no case content.
   */
  public boolean readsLog(Caller caller) {
    return caller.roles().stream()
        .anyMatch(r -> r != Role.GOVERNOR && r != Role.ADMIN && r != Role.OFFICE);
  }

  private boolean hadTechnicalTask(Incident incident) {
    return incident.processInstanceId() != null
        && historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(incident.processInstanceId())
                .taskHadCandidateGroup(Role.TECHNICAL.id())
                .count()
            > 0;
  }
}
