package org.beacon.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
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
import org.beacon.records.domain.DeviceSearch;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Device searches and confiscation (seed 001; Education Act 2011): a member of staff asks, the head
 * decides, the search is recorded with its witness, the device is returned or handed to the police.
 * A search is about a pupil: only the member of staff who asked, the head and the DSL read it.
 */
@ApplicationScoped
public class DeviceSearches {

  static final String SEARCH = "device-search";

  /** Who reads every search: the head (and deputies holding the role) decides, the DSL oversees. */
  static final Role[] READERS = {Role.HEAD, Role.DSL};

  @Inject DeclarationRepository repository;
  @Inject Pupils pupils;
  @Inject AuditLog audit;
  @Inject RuntimeService runtimeService;

  /**
   * A request to search a pupil's device.
   *
   * @param pupilReference the school's pupil reference (never a name)
   * @param yearGroup needed only when the pupil register does not hold the pupil yet
   * @param device the device, e.g. "mobile phone, black, in a blue case"
   * @param ownership school or personal
   * @param grounds why a search is needed
   */
  public record NewSearch(
      String pupilReference, String yearGroup, String device, String ownership, String grounds) {}

  /** A device search as the people allowed to read it see it. */
  public record SearchView(
      long id,
      String reference,
      String pupilReference,
      String yearGroup,
      String device,
      String ownership,
      String grounds,
      String requestedBy,
      Instant requestedAt,
      String status,
      String decidedBy,
      Instant decidedAt,
      String decisionNote,
      String searchedBy,
      String witness,
      Instant searchedAt,
      String findings,
      boolean mayBeIllegal,
      String incident,
      LocalDate handedOn,
      String returnedTo,
      String policeReference) {}

  /** Any member of staff asks; the search's flow starts with the head's decision. */
  @Transactional
  public SearchView request(Caller caller, NewSearch request) {
    RecordsAccess.requireStaff(caller, audit, "create", SEARCH);
    if (request == null) {
      throw BeaconProblem.invalid(
          "Send the search request", Map.of("pupilReference", "is required"));
    }
    Map<String, String> problems = new TreeMap<>();
    String reference = Fields.required(problems, "pupilReference", request.pupilReference(), 50);
    Optional<Pupil> pupil = reference == null ? Optional.empty() : pupils.find(reference);
    String yearGroup =
        pupil
            .map(Pupil::yearGroup)
            .orElseGet(() -> Fields.optional(problems, "yearGroup", request.yearGroup(), 20));
    if (reference != null && yearGroup == null && !problems.containsKey("yearGroup")) {
      problems.put("yearGroup", "is required for a pupil the register does not hold");
    }
    String device = Fields.required(problems, "device", request.device(), 200);
    String ownership = Fields.required(problems, "ownership", request.ownership(), 10);
    if (ownership != null) {
      ownership = ownership.toLowerCase(Locale.ROOT);
      if (!ownership.equals("school") && !ownership.equals("personal")) {
        problems.put("ownership", "must be school or personal");
      }
    }
    String grounds = Fields.required(problems, "grounds", request.grounds(), 2000);
    if (!problems.isEmpty()) {
      audit.denied("create", SEARCH, null, "invalid: " + String.join(", ", problems.keySet()));
    }
    Fields.check("The search cannot be requested", problems);

    DeviceSearch search =
        repository.add(
            new DeviceSearch(
                pupil.map(Pupil::reference).orElse(reference),
                yearGroup,
                device,
                ownership,
                grounds,
                caller.username(),
                ProcessVariables.now()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(RecordsProcesses.SEARCH_ID, search.id());
    variables.put(RecordsProcesses.REQUESTER, caller.username());
    variables.put(RecordsProcesses.PUPIL_REFERENCE, search.pupilReference());
    variables.put("device", device);
    variables.put("grounds", grounds);
    runtimeService.startProcessInstanceByKey(
        RecordsProcesses.DEVICE_SEARCH_KEY, search.reference(), variables);
    audit.allowed("create", SEARCH, search.reference(), search.pupilReference());
    return view(search);
  }

  /** The searches the caller may read: all of them for the head and the DSL, else their own. */
  public List<SearchView> list(Caller caller) {
    RecordsAccess.requireStaff(caller, audit, "list", SEARCH);
    boolean all = RecordsAccess.any(caller, READERS);
    List<SearchView> searches =
        repository.searches().stream()
            .filter(s -> all || s.requestedBy().equals(caller.username()))
            .map(DeviceSearches::view)
            .toList();
    audit.allowed("list", SEARCH, null, (all ? "all: " : "own: ") + searches.size());
    return searches;
  }

  /** One search, for the member of staff who asked, the head and the DSL; others are told none. */
  public SearchView get(Caller caller, long id) {
    Optional<DeviceSearch> found = repository.search(id);
    if (found.isEmpty()
        || !(RecordsAccess.any(caller, READERS)
            || found.get().requestedBy().equals(caller.username()))) {
      audit.denied("read", SEARCH, "DSR-" + id, found.isEmpty() ? "none" : "need to know");
      throw BeaconProblem.notFound("No such device search");
    }
    audit.allowed("read", SEARCH, found.get().reference());
    return view(found.get());
  }

  // --- steps of the flow -----------------------------------------------------------------------

  /** The head's decision, from the decision task's form. */
  @Transactional
  public void decide(long id, String by, boolean authorised, String note) {
    DeviceSearch search = find(id);
    search.decide(by, ProcessVariables.now(), authorised, note);
    audit.allowed(
        authorised ? "authorise" : "refuse", SEARCH, search.reference(), search.pupilReference());
  }

  /** The search as done, from the requester's task form; the searcher and witness are required. */
  @Transactional
  public void recordSearch(
      long id,
      String searchedBy,
      String witness,
      String findings,
      boolean mayBeIllegal,
      String recordedBy) {
    Map<String, String> problems = new TreeMap<>();
    String searcher = Fields.required(problems, RecordsProcesses.SEARCHED_BY, searchedBy, 200);
    String witnessed = Fields.required(problems, RecordsProcesses.WITNESS, witness, 200);
    String found = Fields.required(problems, RecordsProcesses.FINDINGS, findings, 2000);
    Fields.check("The search cannot be recorded", problems);
    DeviceSearch search = find(id);
    search.searched(searcher, witnessed, ProcessVariables.now(), found, mayBeIllegal, recordedBy);
    audit.allowed(
        "record", SEARCH, search.reference(), mayBeIllegal ? "may be illegal" : "searched");
  }

  /** What became of the incident the search asked for. */
  @Transactional
  public void incidentOpened(long id, String note) {
    find(id).incidentOpened(note);
  }

  /** The device returned (to whom) or handed to the police (their reference), on a day. */
  @Transactional
  public void handOver(
      long id, String outcome, LocalDate on, String returnedTo, String policeReference, String by) {
    Map<String, String> problems = new TreeMap<>();
    if (on == null) {
      problems.put(RecordsProcesses.HANDED_ON, "is required");
    } else if (on.isAfter(ProcessVariables.today())) {
      problems.put(RecordsProcesses.HANDED_ON, "is in the future");
    }
    String to = Fields.optional(problems, RecordsProcesses.RETURNED_TO, returnedTo, 200);
    String police =
        Fields.optional(problems, RecordsProcesses.POLICE_REFERENCE, policeReference, 100);
    boolean returned = "returned".equals(outcome);
    if (!returned && !"police".equals(outcome)) {
      problems.put(RecordsProcesses.DEVICE_OUTCOME, "must be returned or police");
    } else if (returned && to == null) {
      problems.put(RecordsProcesses.RETURNED_TO, "is required when the device is returned");
    }
    Fields.check("What became of the device cannot be recorded", problems);
    DeviceSearch search = find(id);
    if (returned) {
      search.returned(on, to, by);
    } else {
      search.handedToPolice(on, police, by);
    }
    audit.allowed(returned ? "return" : "hand-to-police", SEARCH, search.reference());
  }

  /** The search's details for the incident it opens. */
  public SearchView forFlow(long id) {
    return view(find(id));
  }

  private DeviceSearch find(long id) {
    return repository
        .search(id)
        .orElseThrow(() -> new IllegalStateException("No device search " + id));
  }

  static SearchView view(DeviceSearch s) {
    return new SearchView(
        s.id(),
        s.reference(),
        s.pupilReference(),
        s.yearGroup(),
        s.device(),
        s.ownership(),
        s.grounds(),
        s.requestedBy(),
        s.requestedAt(),
        s.status().name().toLowerCase(Locale.ROOT),
        s.decidedBy(),
        s.decidedAt(),
        s.decisionNote(),
        s.searchedBy(),
        s.witness(),
        s.searchedAt(),
        s.findings(),
        s.mayBeIllegal(),
        s.incidentNote(),
        s.returnedOn(),
        s.returnedTo(),
        s.policeReference());
  }
}
