package org.beacon.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Pupils;
import org.beacon.platform.api.Role;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.domain.DeclarationRepository;
import org.beacon.records.domain.DeclaredConnection;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Declared connections (seed 000, social networking §7.6): a member of staff declares a family or
 * social connection with a pupil or the pupil's family, and the head acknowledges it. Staff read
 * their own declarations; the head and the DSL read everyone's, per pupil when a case involves that
 * pupil.
 */
@ApplicationScoped
public class Connections {

  static final String CONNECTION = "declared-connection";

  static final Role[] READERS = {Role.HEAD, Role.DSL};

  @Inject DeclarationRepository repository;
  @Inject Pupils pupils;
  @Inject AuditLog audit;
  @Inject RuntimeService runtimeService;

  /**
   * @param pupilReference the pupil (or a pupil of the family) by the school's reference
   * @param nature the connection, e.g. "aunt", "neighbour, our children are friends"
   */
  public record NewConnection(String pupilReference, String nature) {}

  public record ConnectionView(
      long id,
      String reference,
      String username,
      String pupilReference,
      String nature,
      Instant declaredAt,
      String acknowledgedBy,
      Instant acknowledgedAt,
      String acknowledgementNote) {}

  /** Any member of staff declares; the head is asked to acknowledge. */
  @Transactional
  public ConnectionView declare(Caller caller, NewConnection declaration) {
    RecordsAccess.requireStaff(caller, audit, "create", CONNECTION);
    if (declaration == null) {
      throw BeaconProblem.invalid("Send the declaration", Map.of("pupilReference", "is required"));
    }
    Map<String, String> problems = new TreeMap<>();
    String reference =
        Fields.required(problems, "pupilReference", declaration.pupilReference(), 50);
    String nature = Fields.required(problems, "nature", declaration.nature(), 1000);
    if (!problems.isEmpty()) {
      audit.denied("create", CONNECTION, null, "invalid: " + String.join(", ", problems.keySet()));
    }
    Fields.check("The connection cannot be declared", problems);
    DeclaredConnection connection =
        repository.add(
            new DeclaredConnection(
                caller.username(), registered(reference), nature, ProcessVariables.now()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(RecordsProcesses.CONNECTION_ID, connection.id());
    variables.put(RecordsProcesses.REQUESTER, caller.username());
    variables.put(RecordsProcesses.PUPIL_REFERENCE, connection.pupilReference());
    variables.put("nature", nature);
    runtimeService.startProcessInstanceByKey(
        RecordsProcesses.CONNECTION_KEY, connection.reference(), variables);
    audit.allowed("create", CONNECTION, connection.reference(), connection.pupilReference());
    return view(connection);
  }

  /** The caller's own declarations. */
  public List<ConnectionView> mine(Caller caller) {
    RecordsAccess.requireStaff(caller, audit, "list", CONNECTION);
    List<ConnectionView> mine =
        repository.connections().stream()
            .filter(c -> c.username().equals(caller.username()))
            .map(Connections::view)
            .toList();
    audit.allowed("list", "own-" + CONNECTION, caller.username());
    return mine;
  }

  /**
   * For the head and the DSL: every declaration, or those about one pupil (what the DSL checks
   * whenever a case involves that pupil).
   */
  public List<ConnectionView> all(Caller caller, String pupilReference) {
    RecordsAccess.require(
        caller,
        audit,
        "list",
        CONNECTION,
        "Only the head and the DSL read other people's declarations",
        READERS);
    String wanted =
        pupilReference == null || pupilReference.isBlank()
            ? null
            : registered(pupilReference.trim()).toLowerCase(Locale.ROOT);
    List<ConnectionView> list =
        repository.connections().stream()
            .filter(
                c -> wanted == null || c.pupilReference().toLowerCase(Locale.ROOT).equals(wanted))
            .map(Connections::view)
            .toList();
    audit.allowed(
        "list", CONNECTION, wanted == null ? null : pupilReference.trim(), list.size() + " found");
    return list;
  }

  /** The head's acknowledgement, from the task. */
  @Transactional
  public void acknowledge(long id, String by, String note) {
    DeclaredConnection connection =
        repository
            .connection(id)
            .orElseThrow(() -> new IllegalStateException("No declared connection " + id));
    connection.acknowledge(by, ProcessVariables.now(), note);
    audit.allowed("acknowledge", CONNECTION, connection.reference());
  }

  /** A reference as the register writes it, so that p-0042 and P-0042 are one pupil. */
  private String registered(String reference) {
    Optional<Pupil> pupil = pupils.find(reference);
    return pupil.map(Pupil::reference).orElse(reference);
  }

  static ConnectionView view(DeclaredConnection c) {
    return new ConnectionView(
        c.id(),
        c.reference(),
        c.username(),
        c.pupilReference(),
        c.nature(),
        c.declaredAt(),
        c.acknowledgedBy(),
        c.acknowledgedAt(),
        c.acknowledgementNote());
  }
}
