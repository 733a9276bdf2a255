package org.beacon.filtering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beacon.filtering.api.FilteringChangeRequestProcess;
import org.beacon.filtering.domain.ChangeStatus;
import org.beacon.filtering.domain.FilteringChangeRequest;
import org.beacon.filtering.domain.FilteringChangeRequest.Proposal;
import org.beacon.filtering.domain.FilteringChangeRequestRepository;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseHistory;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Block and allow change requests: technical staff propose them here (or from a report's flow); the
 * second person's approval, the application and the verification are tasks of the change request
 * flow.
 */
@ApplicationScoped
public class ChangeRequests {

  public static final String RESOURCE = "filtering-change";

  @Inject FilteringChangeRequestRepository requests;
  @Inject FilteringAccess access;
  @Inject RuntimeService runtimeService;
  @Inject CaseHistory history;
  @Inject AuditLog audit;

  Clock clock = Clock.systemUTC();

  /** A change request as the caller sees it, with its chronology. */
  record Seen(FilteringChangeRequest request, List<CaseHistory.Step> chronology) {}

  @Transactional
  public FilteringCase propose(Caller caller, ProposeChange change) {
    access.requireTechnical(caller, audit, "create", RESOURCE);
    Proposal proposal;
    try {
      proposal = ChangeProposals.check(change);
    } catch (BeaconProblem invalid) {
      audit.denied(
          "create",
          RESOURCE,
          null,
          "invalid change: " + String.join(", ", invalid.fields().keySet()));
      throw invalid;
    }
    FilteringChangeRequest request =
        requests.add(
            new FilteringChangeRequest(caller.username(), clock.instant(), proposal, null, null));
    Map<String, Object> variables = new HashMap<>();
    variables.put(FilteringChangeRequestProcess.CHANGE_REQUEST_ID, request.id());
    variables.put(FilteringChangeRequestProcess.REFERENCE, request.reference());
    variables.put(
        FilteringChangeRequestProcess.TEST_URL,
        ChangeProposals.testUrl(proposal, change.testUrl()));
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            FilteringChangeRequestProcess.KEY, request.reference(), variables);
    request.startedAs(instance.getId());
    audit.allowed(
        "create",
        RESOURCE,
        request.reference(),
        request.action().id() + " " + request.patternType().id());
    return new FilteringCase(request.id(), request.reference());
  }

  @Transactional
  public List<ChangeRequestDetail> list(Caller caller, ChangeStatus status, int page, int size) {
    requireReader(caller, "list", null);
    List<FilteringChangeRequest> found = requests.list(status, page * size, size);
    audit.allowed("list", RESOURCE, null, found.size() + " change request(s)");
    return found.stream().map(r -> ChangeRequestDetail.of(r, null)).toList();
  }

  @Transactional
  public ChangeRequestDetail get(Caller caller, String idOrReference) {
    requireReader(caller, "read", idOrReference);
    FilteringChangeRequest request = find(idOrReference).orElse(null);
    if (request == null) {
      audit.denied("read", RESOURCE, idOrReference, "no such change request");
      throw BeaconProblem.notFound("No such change request");
    }
    audit.allowed("read", RESOURCE, request.reference());
    return ChangeRequestDetail.of(
        request,
        request.processInstanceId() == null
            ? List.of()
            : history.steps(request.processInstanceId()));
  }

  private void requireReader(Caller caller, String action, String id) {
    access.require(
        caller,
        audit,
        action,
        RESOURCE,
        "Change requests are for the DSL, the head and technical staff",
        Role.DSL,
        Role.HEAD,
        Role.TECHNICAL);
  }

  private Optional<FilteringChangeRequest> find(String idOrReference) {
    if (idOrReference.chars().allMatch(Character::isDigit) && idOrReference.length() < 18) {
      return requests.find(Long.parseLong(idOrReference));
    }
    return requests.findByReference(idOrReference.trim());
  }
}
