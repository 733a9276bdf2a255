package org.beacon.incidents.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.IncidentRepository;
import org.beacon.incidents.domain.InvolvedStaff;
import org.beacon.incidents.domain.PartyDecision;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.SchoolTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Works out whether the step's party (a pupil, or the staff the incident names) offends again: an
 * earlier incident in the log naming them, reported within the school's window before this one
 * ({@code repeatOffenceWindow}, an ISO period from RepeatOffenceWindow.dmn, e.g. P12M). Sets {@code
 * earlierIncidents} (their references, or "none") for the DSL's form and {@code repeatOffence},
 * which the DSL may change with a reason.
 */
@Dependent
@Named("incidentsFindEarlierIncidentsDelegate")
public class FindEarlierIncidentsDelegate implements JavaDelegate {

  static final String NONE = "none";

  @Inject IncidentVariables variables;
  // Injected here, never reached through IncidentVariables: a field read through a CDI proxy is
  // the proxy's own, always null, field.
  @Inject IncidentRepository incidents;

  @Override
  public void execute(DelegateExecution execution) {
    Incident incident = variables.incident(execution);
    String windowText = ProcessVariables.text(execution, IncidentProcess.REPEAT_OFFENCE_WINDOW);
    Period window;
    try {
      window = Period.parse(windowText == null ? "" : windowText);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "RepeatOffenceWindow gives '" + windowText + "', not a period such as P12M", e);
    }
    Instant since = incident.reportedAt().atZone(SchoolTime.ZONE).minus(window).toInstant();
    String party = IncidentVariables.party(execution);
    List<String> earlier =
        earlierIncidents(incident, party)
            .filter(other -> other != incident && !Objects.equals(other.id(), incident.id()))
            .filter(
                other ->
                    !other.reportedAt().isBefore(since)
                        && other.reportedAt().isBefore(incident.reportedAt()))
            .map(Incident::reference)
            .distinct()
            .sorted()
            .toList();
    execution.setVariable(
        IncidentProcess.EARLIER_INCIDENTS, earlier.isEmpty() ? NONE : String.join(", ", earlier));
    execution.setVariable(IncidentProcess.REPEAT_OFFENCE, !earlier.isEmpty());
  }

  private Stream<Incident> earlierIncidents(Incident incident, String party) {
    if (PartyDecision.STAFF.equals(party)) {
      return incident.staff().stream()
          .map(InvolvedStaff::reference)
          .distinct()
          .map(incidents::involvingStaff)
          .flatMap(Collection::stream);
    }
    return incidents.involvingPupil(party).stream();
  }
}
