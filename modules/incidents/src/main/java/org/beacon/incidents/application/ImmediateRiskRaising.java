package org.beacon.incidents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.beacon.incidents.api.IncidentProcess;
import org.beacon.incidents.domain.Incident;
import org.beacon.incidents.domain.IncidentRepository;
import org.beacon.incidents.domain.IncidentStatus;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The DSL raises that a child is at immediate risk on an open incident, whatever step it is at: the
 * flow's non-interrupting event subprocess ({@code Msg_ImmediateRiskRaised}) asks for the police to
 * be called and the contact recorded, beside the rest of the response. Only a DSL who may read the
 * incident raises it; every attempt is audited.
 */
@ApplicationScoped
public class ImmediateRiskRaising {

  /** The message the response flow's event subprocess starts on. */
  public static final String MESSAGE = "Msg_ImmediateRiskRaised";

  static final int REASON_LENGTH = 2000;

  @Inject IncidentRepository incidents;
  @Inject IncidentAccess access;
  @Inject AuditLog audit;
  @Inject RuntimeService runtime;

  /** Raises immediate risk on the incident; the reason says what the DSL learned. */
  @Transactional
  public IncidentReference raise(Caller caller, String idOrReference, String reason) {
    Incident incident = find(idOrReference);
    if (incident == null) {
      audit.denied("raise-immediate-risk", IncidentLog.RESOURCE, idOrReference, "no such incident");
      throw BeaconProblem.notFound("No such incident");
    }
    if (!access.readsLog(caller)) {
      audit.denied(
          "raise-immediate-risk",
          IncidentLog.RESOURCE,
          idOrReference,
          "role may not read incidents");
      throw BeaconProblem.forbidden("The incident log is not open to your role");
    }
    if (access.viewFor(caller, incident) == IncidentView.NONE) {
      audit.denied(
          "raise-immediate-risk", IncidentLog.RESOURCE, incident.reference(), "not need-to-know");
      throw BeaconProblem.notFound("No such incident");
    }
    if (!caller.has(Role.DSL)) {
      audit.denied(
          "raise-immediate-risk", IncidentLog.RESOURCE, incident.reference(), "requires dsl");
      throw BeaconProblem.forbidden("Only the designated safeguarding lead raises immediate risk");
    }
    String given = reason == null ? "" : reason.trim();
    if (given.isEmpty() || given.length() > REASON_LENGTH) {
      throw BeaconProblem.invalid(
          "Say why the child is at immediate risk",
          Map.of(
              "reason",
              given.isEmpty()
                  ? "is required"
                  : "must be at most " + REASON_LENGTH + " characters"));
    }
    if (incident.status() == IncidentStatus.CLOSED || incident.processInstanceId() == null) {
      audit.denied(
          "raise-immediate-risk", IncidentLog.RESOURCE, incident.reference(), "incident closed");
      throw BeaconProblem.conflict("The incident is closed: report a new incident");
    }
    incidents.change(incident, Incident::raiseImmediateRisk);
    runtime
        .createMessageCorrelation(MESSAGE)
        .processInstanceId(incident.processInstanceId())
        .setVariable(IncidentProcess.IMMEDIATE_RISK, true)
        .setVariable(IncidentProcess.IMMEDIATE_RISK_REASON, given)
        .setVariable(IncidentProcess.IMMEDIATE_RISK_RAISED_BY, caller.username())
        .correlate();
    audit.allowed("raise-immediate-risk", IncidentLog.RESOURCE, incident.reference(), given);
    return new IncidentReference(incident.id(), incident.reference());
  }

  private Incident find(String idOrReference) {
    if (idOrReference.chars().allMatch(Character::isDigit) && idOrReference.length() < 18) {
      return incidents.find(Long.parseLong(idOrReference)).orElse(null);
    }
    return incidents.findByReference(idOrReference).orElse(null);
  }
}
