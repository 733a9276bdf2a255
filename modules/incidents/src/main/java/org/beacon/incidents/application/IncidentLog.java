package org.beacon.incidents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.IncidentRepository;
import org.beacon.incidents.domain.IncidentRepository.IncidentQuery;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseHistory;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.NameMatch;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Pupils;

/** Reading the incident log, with need to know applied and every read audited. */
@ApplicationScoped
public class IncidentLog {

  static final String RESOURCE = "incident";

  @Inject IncidentRepository incidents;
  @Inject IncidentAccess access;
  @Inject CaseHistory history;
  @Inject AuditLog audit;
  @Inject People people;
  @Inject CaseParties parties;
  @Inject Pupils pupils;

  /** An incident as the caller may see it, before it is shaped into a view. */
  record Seen(Incident incident, IncidentView view, List<CaseHistory.Step> chronology) {}

  /**
   * One page of the log: all incidents for the DSL and head, otherwise the caller's own reports.
   */
  @Transactional
  public List<IncidentSummary> list(Caller caller, IncidentQuery filter, int page, int size) {
    if (!access.readsLog(caller)) {
      audit.denied("list", RESOURCE, null, "no role that reads the incident log");
      throw BeaconProblem.forbidden("The incident log is not open to your role");
    }
    boolean whole = access.readsWholeLog(caller);
    IncidentQuery query =
        new IncidentQuery(
            whole ? filter.reportedBy() : caller.username(),
            filter.status(),
            whole ? filter.classification() : null,
            filter.incidentType(),
            filter.from(),
            filter.to(),
            caller.username(),
            access.incidentsAbout(caller));
    List<Seen> seen =
        incidents.search(query, page * size, size).stream()
            .map(i -> new Seen(i, access.viewFor(caller, i), List.of()))
            .filter(s -> s.view() != IncidentView.NONE)
            .toList();
    audit.allowed("list", RESOURCE, null, seen.size() + " incident(s)");
    return seen.stream().map(IncidentSummary::of).toList();
  }

  /** One incident, by id or reference; 404 for anyone who may not know it exists. */
  @Transactional
  public IncidentDetail get(Caller caller, String idOrReference) {
    Incident incident = find(idOrReference);
    if (incident == null || !access.readsLog(caller)) {
      audit.denied(
          "read",
          RESOURCE,
          idOrReference,
          incident == null ? "no such incident" : "role may not read incidents");
      throw incident == null
          ? BeaconProblem.notFound("No such incident")
          : BeaconProblem.forbidden("The incident log is not open to your role");
    }
    IncidentView view = access.viewFor(caller, incident);
    if (view == IncidentView.NONE) {
      audit.denied("read", RESOURCE, incident.reference(), "not need-to-know");
      throw BeaconProblem.notFound("No such incident");
    }
    audit.allowed(
        "read",
        RESOURCE,
        incident.reference(),
        view.name().toLowerCase(java.util.Locale.ROOT) + " view");
    List<CaseHistory.Step> chronology =
        view == IncidentView.FULL && incident.processInstanceId() != null
            ? history.steps(incident.processInstanceId())
            : List.of();
    return IncidentDetail.of(new Seen(loaded(incident), view, chronology));
  }

  /**
   * Every incident involving a pupil, with its chronology: DSL and head only. A reference in the
   * pupil register is looked up as the register writes it, whatever its case as asked.
   */
  @Transactional
  public List<IncidentDetail> pupilChronology(Caller caller, String pupilReference) {
    requireWholeLog(caller, "pupil-chronology", pupilReference);
    String reference = pupils.find(pupilReference).map(Pupil::reference).orElse(pupilReference);
    List<Seen> seen = chronologies(caller, incidents.involvingPupil(reference));
    audit.allowed("read", "pupil-chronology", pupilReference, seen.size() + " incident(s)");
    return seen.stream().map(IncidentDetail::of).toList();
  }

  /**
   * Every incident involving a member of staff, with its chronology: DSL and head only. The
   * reference is resolved against the directory: a person's chronology holds every incident naming
   * them, by username, name or alias, and nobody reads one that may be about themselves.
   */
  @Transactional
  public List<IncidentDetail> staffChronology(Caller caller, String staffReference) {
    NameMatch match = people.resolve(staffReference);
    // Audited under the person's username when the reference is exactly one person, so the trail
    // a DSL reads can leave out who read their chronology, whatever name was typed.
    String audited =
        match.kind() == NameMatch.Kind.EXACT ? match.people().get(0).username() : staffReference;
    requireWholeLog(caller, "staff-chronology", audited);
    if (caller.username().equals(staffReference)
        || match.people().stream().anyMatch(p -> p.username().equals(caller.username()))) {
      audit.denied("read", "staff-chronology", audited, "own chronology");
      throw BeaconProblem.forbidden("Nobody reads a chronology about themselves");
    }
    Map<Long, Incident> found = new LinkedHashMap<>();
    incidents.involvingStaff(staffReference).forEach(i -> found.put(i.id(), i));
    if (match.kind() == NameMatch.Kind.EXACT) {
      Person person = match.people().get(0);
      incidents.involvingStaff(person.username()).forEach(i -> found.put(i.id(), i));
      parties.casesAbout(person.asCaller()).stream()
          .filter(c -> IncidentProcess.KEY.equals(c.process()))
          .map(c -> incidents.findByReference(c.reference()))
          .flatMap(Optional::stream)
          .forEach(i -> found.put(i.id(), i));
    }
    List<Incident> ordered =
        found.values().stream()
            .sorted(Comparator.comparing(Incident::reportedAt).thenComparing(Incident::id))
            .toList();
    List<Seen> seen = chronologies(caller, ordered);
    audit.allowed("read", "staff-chronology", audited, seen.size() + " incident(s)");
    return seen.stream().map(IncidentDetail::of).toList();
  }

  private List<Seen> chronologies(Caller caller, List<Incident> found) {
    return found.stream()
        .filter(i -> access.viewFor(caller, i) == IncidentView.FULL)
        .map(
            i ->
                new Seen(
                    loaded(i),
                    IncidentView.FULL,
                    i.processInstanceId() == null
                        ? List.of()
                        : history.steps(i.processInstanceId())))
        .toList();
  }

  /** Loads the incident's lists while the transaction is open; views are built after it ends. */
  private static Incident loaded(Incident incident) {
    incident.urls();
    incident.pupils();
    incident.staff();
    incident.links();
    incident.actionsTaken();
    incident.decisions();
    return incident;
  }

  private void requireWholeLog(Caller caller, String resource, String id) {
    if (!access.readsWholeLog(caller)) {
      audit.denied("read", resource, id, "requires dsl or head");
      throw BeaconProblem.forbidden("Chronologies are for the DSL and the headteacher");
    }
  }

  private Incident find(String idOrReference) {
    if (idOrReference.chars().allMatch(Character::isDigit) && idOrReference.length() < 18) {
      return incidents.find(Long.parseLong(idOrReference)).orElse(null);
    }
    return incidents.findByReference(idOrReference).orElse(null);
  }
}
