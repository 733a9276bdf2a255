package org.beacon.allegations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.domain.AccusedStaff;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.allegations.domain.AllegationSource;
import org.beacon.allegations.domain.InvolvedChild;
import org.beacon.allegations.domain.Reporter;
import org.beacon.allegations.domain.StaffRole;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.NameMatch;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Role;
import org.beacon.platform.api.SchoolTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Raising an allegation: checks it, records it and starts the allegation flow in one transaction,
 * so that either both exist or neither does. Anyone signed in may raise one.
 *
 * <p>An invalid allegation is refused before anything is written, so the refusal commits (with its
 * audit entry, which a rollback would take with it on Payara); any other failure rolls back.
 */
@ApplicationScoped
public class AllegationRaising {

  static final ZoneId SCHOOL_ZONE = SchoolTime.ZONE;
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

  @Inject AllegationRepository allegations;
  @Inject People people;
  @Inject CaseParties parties;
  @Inject RuntimeService runtimeService;
  @Inject Validator validator;
  @Inject AuditLog audit;

  Clock clock = Clock.systemUTC();

  @Transactional(dontRollbackOn = BeaconProblem.class)
  public RaisedAllegation raise(Caller caller, RaiseAllegation request) {
    if (request == null) {
      throw BeaconProblem.invalid(
          "Send the allegation as a JSON object", Map.of("body", "is required"));
    }
    FieldErrors errors = new FieldErrors();
    errors.violations(validator.validate(request));
    AllegationSource source = source(request, errors);
    NameMatch accusedMatch =
        request.accused() == null ? null : people.resolve(accusedAsGiven(request.accused()));
    AccusedStaff accused = accused(request.accused(), accusedMatch, errors);
    Reporter reporter = reporter(request.reporter(), source, errors);
    Instant occurredAt = occurredAt(request.occurredAt(), errors);
    if (!errors.isEmpty()) {
      audit.denied(
          "create",
          AllegationRecords.RESOURCE,
          null,
          "invalid allegation: " + String.join(", ", errors.fields()));
      throw errors.problem("The allegation has " + errors.size() + " invalid field(s)");
    }

    List<InvolvedChild> children =
        request.childrenOrEmpty().stream()
            .map(c -> new InvolvedChild(c.reference().trim(), blankToNull(c.yearGroup())))
            .toList();
    Allegation allegation =
        allegations.add(
            new Allegation(
                caller.username(),
                clock.instant(),
                source,
                null,
                blankToNull(request.sourceReference()),
                accused,
                reporter,
                occurredAt,
                request.whatHappened().trim(),
                children,
                request.immediateDanger()));
    allegation.recordChildAbuseImages(Boolean.TRUE.equals(request.childAbuseImages()));

    recordPeople(allegation, accusedMatch);
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            AllegationProcess.KEY, allegation.reference(), startVariables(allegation));
    allegation.startedAs(instance.getId());
    audit.allowed("create", AllegationRecords.RESOURCE, allegation.reference());
    return new RaisedAllegation(allegation.reference());
  }

  /**
   * Who the allegation names, as people of the directory: everyone the accused's name may mean
   * never sees the case, and the reporter is known as a person where they have an account.
   */
  private void recordPeople(Allegation allegation, NameMatch accused) {
    parties.record(
        AllegationProcess.KEY, allegation.reference(), CaseParties.Part.SUBJECT, accused);
    if (allegation.reporter().name() != null) {
      parties.name(
          AllegationProcess.KEY,
          allegation.reference(),
          CaseParties.Part.REPORTER,
          allegation.reporter().name());
    }
  }

  /** The accused as the reporter named them: a username chosen from the directory, or a name. */
  private static String accusedAsGiven(RaiseAllegation.Accused accused) {
    String username = blankToNull(accused.username());
    String name = blankToNull(accused.name());
    return username != null ? username : name == null ? "" : name;
  }

  /**
   * Whether the accused is the headteacher: ticked by the reporter, or, whatever the tick says,
   * anyone the name may mean holds the head's role in the directory.
   */
  static boolean accusedIsHead(Boolean ticked, NameMatch match) {
    return Boolean.TRUE.equals(ticked) || (match != null && match.roles().contains(Role.HEAD));
  }

  /** What the flow needs from the start: who manages the case, and when the clocks started. */
  public static Map<String, Object> startVariables(Allegation allegation) {
    Date raisedAt = Date.from(allegation.raisedAt());
    boolean accusedIsHead = allegation.accused().headteacher();
    Map<String, Object> variables = new HashMap<>();
    variables.put(AllegationProcess.ALLEGATION_ID, allegation.id());
    variables.put(AllegationProcess.REFERENCE, allegation.reference());
    variables.put(AllegationProcess.RAISED_AT, raisedAt);
    variables.put(AllegationProcess.REFERRAL_CLOCK_STARTED_AT, raisedAt);
    variables.put(AllegationProcess.ACCUSED_IS_HEAD, accusedIsHead);
    variables.put(AllegationProcess.ACCUSED_IS_TEACHER, allegation.accused().teacher());
    variables.put(
        AllegationProcess.CASE_MANAGER_GROUP, AllegationAccess.caseManager(accusedIsHead).id());
    variables.put(AllegationProcess.IMMEDIATE_DANGER, allegation.immediateDanger());
    variables.put(AllegationProcess.CHILD_ABUSE_IMAGES, allegation.childAbuseImages());
    return variables;
  }

  private static AllegationSource source(RaiseAllegation request, FieldErrors errors) {
    if (request.source() == null || request.source().isBlank()) {
      return null;
    }
    Optional<AllegationSource> source = AllegationSource.fromId(request.source().trim());
    if (source.isEmpty()) {
      errors.put(
          "source", "must be one of child-disclosure, parent, colleague, anonymous, incident");
      return null;
    }
    if (source.get() == AllegationSource.INCIDENT
        && blankToNull(request.sourceReference()) == null) {
      errors.put(
          "sourceReference", "is required for an allegation from an incident: give its reference");
    }
    return source.get();
  }

  private AccusedStaff accused(
      RaiseAllegation.Accused accused, NameMatch match, FieldErrors errors) {
    if (accused == null) {
      return null;
    }
    String username = blankToNull(accused.username());
    String name = blankToNull(accused.name());
    if ((username == null) == (name == null)) {
      errors.put("accused", "give either the username of a Beacon user or a name, not both");
    } else if (username != null && !people.exists(username)) {
      errors.put("accused.username", "is not a Beacon user; give their name instead");
    }
    Optional<StaffRole> role =
        accused.role() == null ? Optional.empty() : StaffRole.fromId(accused.role().trim());
    if (accused.role() != null && !accused.role().isBlank() && role.isEmpty()) {
      errors.put(
          "accused.role", "must be one of teacher, support-staff, volunteer, contractor, other");
    }
    if (errors.fields().stream().anyMatch(k -> k.startsWith("accused"))
        || accused.headteacher() == null) {
      return null;
    }
    boolean head = accusedIsHead(accused.headteacher(), match);
    if (username == null && match.kind() == NameMatch.Kind.EXACT) {
      // Named by name, alias or network account, and that is exactly one person: kept as them.
      username = match.people().get(0).username();
    }
    return username != null
        ? AccusedStaff.withAccount(username, head, role.orElseThrow())
        : AccusedStaff.withoutAccount(name, head, role.orElseThrow());
  }

  private static Reporter reporter(
      RaiseAllegation.Reporter reporter, AllegationSource source, FieldErrors errors) {
    boolean named = reporter != null && blankToNull(reporter.name()) != null;
    if (source == AllegationSource.ANONYMOUS) {
      if (named) {
        errors.put("reporter.name", "must be left out of an anonymous allegation");
      }
      return Reporter.anonymous();
    }
    if (source != null && source != AllegationSource.INCIDENT && !named) {
      errors.put("reporter.name", "is required unless the allegation is anonymous");
    }
    return reporter == null
        ? Reporter.anonymous()
        : new Reporter(
            blankToNull(reporter.name()),
            blankToNull(reporter.relationship()),
            blankToNull(reporter.contact()));
  }

  private Instant occurredAt(String text, FieldErrors errors) {
    Instant at = SchoolTime.parseMoment(text, "occurredAt", errors);
    if (at == null) {
      return null;
    }
    if (at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
      errors.put("occurredAt", "must not be in the future");
    }
    return at;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
