package org.beacon.allegations.infrastructure.bpm;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beacon.allegations.api.AllegationProcess;
import org.beacon.allegations.application.AllegationRaising;
import org.beacon.allegations.domain.AccusedStaff;
import org.beacon.allegations.domain.Allegation;
import org.beacon.allegations.domain.AllegationRepository;
import org.beacon.allegations.domain.AllegationSource;
import org.beacon.allegations.domain.Reporter;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.CaseParties;
import org.beacon.platform.api.Messages;
import org.beacon.platform.api.NameMatch;
import org.beacon.platform.api.People;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The first step of an allegation the incident flow raised ({@code Msg_AllegationRaised}): records
 * it from the message, with the incident linked, and gives the instance its reference as business
 * key. The DSL completes what an incident cannot say in the next step. One message is one
 * allegation about one person ({@link Messages#STAFF_REFERENCE}), taken whole: "Smith, John" is one
 * person. An incident naming several sends one message each (a multi-instance step of its flow).
 */
@Dependent
@Named("allegationsRecordFromIncidentDelegate")
public class RecordFromIncidentDelegate implements JavaDelegate {

  private final AllegationRepository allegations;
  private final People people;
  private final CaseParties parties;
  private final AuditLog audit;

  @Inject
  public RecordFromIncidentDelegate(
      AllegationRepository allegations, People people, CaseParties parties, AuditLog audit) {
    this.allegations = allegations;
    this.people = people;
    this.parties = parties;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String person = person(execution);
    String sourceReference = ProcessVariables.text(execution, Messages.SOURCE_REFERENCE);
    Object sourceId = execution.getVariable(Messages.SOURCE_ID);
    NameMatch named = person == null ? null : people.resolve(person);

    Allegation allegation =
        allegations.add(
            new Allegation(
                null,
                ProcessVariables.now(),
                AllegationSource.INCIDENT,
                sourceId instanceof Number n ? n.longValue() : null,
                sourceReference,
                accused(person, named, sourceReference),
                Reporter.anonymous(),
                null,
                null,
                List.of(),
                false));
    allegation.startedAs(execution.getProcessInstanceId());
    if (named != null) {
      parties.record(
          AllegationProcess.KEY, allegation.reference(), CaseParties.Part.SUBJECT, named);
    }
    execution.setProcessBusinessKey(allegation.reference());
    execution.setVariables(AllegationRaising.startVariables(allegation));
    audit.allowed("create", "allegation", allegation.reference(), "from " + sourceReference);
  }

  /**
   * The accused, as the incident named them; the head's role read from the directory, not guessed.
   */
  private static AccusedStaff accused(String reference, NameMatch named, String sourceReference) {
    if (reference == null) {
      return AccusedStaff.withoutAccount("Not named in " + sourceReference, false, null);
    }
    boolean head = named.roles().contains(org.beacon.platform.api.Role.HEAD);
    return named.kind() == NameMatch.Kind.EXACT
        ? AccusedStaff.withAccount(named.people().get(0).username(), head, null)
        : AccusedStaff.withoutAccount(reference, head, null);
  }

  /**
   * The one person the message is about, whole and trimmed; null when the case names no one. A
   * sender that still sets the earlier {@link Messages#STAFF_REFERENCES} is read the same way.
   */
  static String person(DelegateExecution execution) {
    String person = ProcessVariables.text(execution, Messages.STAFF_REFERENCE);
    return person != null ? person : ProcessVariables.text(execution, Messages.STAFF_REFERENCES);
  }
}
