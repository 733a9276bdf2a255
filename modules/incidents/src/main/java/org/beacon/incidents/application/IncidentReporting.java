package org.beacon.incidents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.DeviceOwnership;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.IncidentRepository;
import org.beacon.incidents.domain.InvolvedPupil;
import org.beacon.incidents.domain.InvolvedStaff;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.NameMatch;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Pupils;
import org.beacon.platform.api.SchoolTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Reporting an incident: checks the report, stores it in the incident log and starts the response
 * flow, in one transaction: either both exist or neither does.
 */
@ApplicationScoped
public class IncidentReporting {

  /** Local times in a report are the school's. */
  static final ZoneId SCHOOL_ZONE = SchoolTime.ZONE;

  private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

  @Inject IncidentRepository incidents;
  @Inject IncidentTypes types;
  @Inject People people;
  @Inject Pupils pupils;
  @Inject CaseParties parties;
  @Inject RuntimeService runtimeService;
  @Inject Validator validator;
  @Inject AuditLog audit;

  Clock clock = Clock.systemUTC();

  @Transactional
  public IncidentReference report(Caller caller, ReportIncident report) {
    return report(caller.username(), report);
  }

  /**
   * An incident another module's case asks for (by {@code Msg_IncidentRequested}), reported in the
   * name of the member of staff that case names, checked and stored as any report is.
   */
  @Transactional
  public IncidentReference reportRequested(String reporter, ReportIncident report) {
    if (reporter == null || !people.exists(reporter)) {
      throw new IllegalStateException("A requested incident names no Beacon user: " + reporter);
    }
    return report(reporter, report);
  }

  private IncidentReference report(String reporter, ReportIncident report) {
    if (report == null) {
      throw BeaconProblem.invalid(
          "Send the incident report as a JSON object", Map.of("body", "is required"));
    }
    FieldErrors errors = new FieldErrors();
    errors.violations(validator.validate(report));
    Instant occurredAt = parseOccurredAt(report.occurredAt(), errors);
    String incidentType = incidentType(report, errors);
    checkUrls(report.urlsOrEmpty(), errors);
    List<NameMatch> named = new ArrayList<>();
    List<InvolvedStaff> staff = staff(report.staffOrEmpty(), named, errors);
    if (!errors.isEmpty()) {
      audit.denied(
          "create", "incident", null, "invalid report: " + String.join(", ", errors.fields()));
      throw errors.problem("The report has " + errors.size() + " invalid field(s)");
    }

    Incident incident =
        incidents.add(
            new Incident(
                reporter,
                clock.instant(),
                occurredAt,
                report.location().trim(),
                DeviceOwnership.valueOf(report.device().ownership().toUpperCase(Locale.ROOT)),
                blankToNull(report.device().identifier()),
                report.description().trim(),
                report.urlsOrEmpty().stream().map(String::trim).toList(),
                report.pupilsOrEmpty().stream()
                    .map(p -> new InvolvedPupil(asRegistered(p.reference()), p.yearGroup().trim()))
                    .toList(),
                staff,
                incidentType,
                IncidentTypes.OTHER.equals(incidentType) ? report.incidentTypeOther().trim() : null,
                report.immediateRisk()));

    // Everyone a name of staff involved may mean is kept from the incident, by person.
    for (NameMatch match : named) {
      parties.record(IncidentProcess.KEY, incident.reference(), CaseParties.Part.SUBJECT, match);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(IncidentProcess.INCIDENT_ID, incident.id());
    variables.put(IncidentProcess.REFERENCE, incident.reference());
    variables.put(IncidentProcess.INCIDENT_TYPE, incidentType);
    variables.put(IncidentProcess.IMMEDIATE_RISK, report.immediateRisk());
    variables.put(IncidentProcess.REPORTER, reporter);
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            IncidentProcess.KEY, incident.reference(), variables);
    incident.startedAs(instance.getId());
    audit.allowed("create", "incident", incident.reference());
    return new IncidentReference(incident.id(), incident.reference());
  }

  /**
   * A reference in the pupil register is kept as the register writes it, so that "p-0042" typed in
   * one report and "P-0042" in another are one pupil's chronology; a reference the register does
   * not hold (yet) is kept as typed.
   */
  private String asRegistered(String reference) {
    String typed = reference.trim();
    return pupils.find(typed).map(Pupil::reference).orElse(typed);
  }

  private Instant parseOccurredAt(String text, FieldErrors errors) {
    Instant at = SchoolTime.parseMoment(text, "occurredAt", errors);
    if (at == null) {
      return null;
    }
    if (at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
      errors.put("occurredAt", "must not be in the future");
    }
    return at;
  }

  private String incidentType(ReportIncident report, FieldErrors errors) {
    if (report.incidentType() == null || report.incidentType().isBlank()) {
      return null;
    }
    var known = types.match(report.incidentType());
    if (known.isEmpty()) {
      errors.put(
          "incidentType", "must be one of the incident types of the school's matrices, or other");
      return null;
    }
    if (IncidentTypes.OTHER.equals(known.get())
        && (report.incidentTypeOther() == null || report.incidentTypeOther().isBlank())) {
      errors.put("incidentTypeOther", "is required when the incident type is other");
    }
    return known.get();
  }

  private static void checkUrls(List<String> urls, FieldErrors errors) {
    for (int i = 0; i < urls.size(); i++) {
      String url = urls.get(i);
      if (url == null || url.isBlank()) {
        continue;
      }
      try {
        URI uri = new URI(url.trim());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
          errors.put("urls[" + i + "]", "must be a web address starting http:// or https://");
        }
      } catch (URISyntaxException e) {
        errors.put("urls[" + i + "]", "must be a web address starting http:// or https://");
      }
    }
  }

  private List<InvolvedStaff> staff(
      List<ReportIncident.Staff> staff, List<NameMatch> named, FieldErrors errors) {
    for (int i = 0; i < staff.size(); i++) {
      ReportIncident.Staff member = staff.get(i);
      if (member == null) {
        continue;
      }
      boolean hasUsername = member.username() != null && !member.username().isBlank();
      boolean hasName = member.name() != null && !member.name().isBlank();
      if (hasUsername == hasName) {
        errors.put(
            "staff[" + i + "]", "give either the username of a Beacon user or a name, not both");
      } else if (hasUsername && !people.exists(member.username().trim())) {
        errors.put("staff[" + i + "].username", "is not a Beacon user; give their name instead");
      }
    }
    List<InvolvedStaff> involved = new ArrayList<>();
    for (ReportIncident.Staff member : staff) {
      if (member == null) {
        continue;
      }
      boolean hasUsername = member.username() != null && !member.username().isBlank();
      String given =
          hasUsername
              ? member.username().trim()
              : member.name() == null ? "" : member.name().trim();
      NameMatch match = people.resolve(given);
      named.add(match);
      // A name that is exactly one person is kept as that person, so their chronology is one.
      involved.add(
          hasUsername || match.kind() == NameMatch.Kind.EXACT
              ? InvolvedStaff.withAccount(hasUsername ? given : match.people().get(0).username())
              : InvolvedStaff.withoutAccount(given));
    }
    return involved;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
