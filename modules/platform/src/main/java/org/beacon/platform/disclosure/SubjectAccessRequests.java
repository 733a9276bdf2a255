package org.beacon.platform.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.PersonRecords.Item;
import org.beacon.platform.api.PersonRecords.Subject;
import org.beacon.platform.api.PersonRecords.SubjectKind;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.Role;
import org.beacon.platform.api.SchoolTime;
import org.beacon.platform.disclosure.SubjectAccessRequest.Status;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Subject access requests: the DSL opens one, reviews the gathered records and redacts other
 * people; the head approves the release; the DSL releases it to whoever asked. Only DSLs and heads
 * see a request, nobody sees one about themselves, and every step is audited as resource type
 * {@value #RESOURCE}.
 */
@ApplicationScoped
public class SubjectAccessRequests {

  static final String RESOURCE = "subject-access";
  static final String PROCESS = "SubjectAccessRequestProcess";
  static final String TASK_REVIEW = "Task_ReviewItems";
  static final String TASK_APPROVE = "Task_ApproveRelease";
  static final String TASK_RELEASE = "Task_ReleaseToRequester";

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Inject PersonFile file;
  @Inject AuditLog audit;
  @Inject RuntimeService runtime;
  @Inject TaskService tasks;

  /** A request to open. */
  @Schema(name = "SubjectAccessOpening")
  public record OpenRequest(
      String subjectKind, String subjectReference, String requestedBy, String receivedOn) {}

  /** A redaction as the DSL enters it. */
  @Schema(name = "SubjectAccessRedactionInput")
  public record RedactionInput(String itemReference, String text, String reason) {}

  /** A request in a list. */
  @Schema(name = "SubjectAccessRequestSummary")
  public record RequestSummary(
      long id,
      String reference,
      String subjectKind,
      String subjectReference,
      String requestedBy,
      LocalDate receivedOn,
      LocalDate dueOn,
      String status) {}

  /** A saved redaction. */
  @Schema(name = "SubjectAccessRedaction")
  public record RedactionView(
      String itemReference, String text, String reason, String savedBy, Instant savedAt) {}

  /** A field of a record, as stored. */
  @Schema(name = "RecordField")
  public record FieldView(String label, String text) {}

  /** A record gathered for the request, untouched, with the redactions that apply to it. */
  @Schema(name = "SubjectAccessItem")
  public record ItemView(
      String recordClass,
      String reference,
      Instant date,
      String title,
      List<FieldView> fields,
      List<String> otherPeople,
      List<RedactionView> redactions) {}

  /** A release. */
  @Schema(name = "SubjectAccessDisclosure")
  public record DisclosureView(
      String disclosedTo,
      Instant disclosedAt,
      String disclosedBy,
      int redactionVersion,
      List<String> items,
      String exportSha256) {}

  /** A request with its records and their redactions. */
  @Schema(name = "SubjectAccessRequestDetail")
  public record RequestDetail(
      RequestSummary request,
      int redactionVersion,
      String approvedBy,
      Instant approvedAt,
      List<ItemView> items,
      List<DisclosureView> disclosures) {}

  /** A release to record: who the export goes to. */
  @Schema(name = "SubjectAccessRelease")
  public record Release(String disclosedTo) {}

  @Transactional
  public RequestSummary open(Caller caller, OpenRequest input) {
    requireDsl(caller, "open", null);
    FieldErrors errors = new FieldErrors();
    SubjectKind kind =
        input == null
            ? null
            : errors.enumValue(input.subjectKind(), SubjectKind.class, "subjectKind");
    String subject = input == null ? null : trimmed(input.subjectReference());
    String requestedBy = input == null ? null : trimmed(input.requestedBy());
    if (kind == null && !errors.has("subjectKind")) {
      errors.put("subjectKind", "is required: pupil or staff");
    }
    if (subject == null) {
      errors.put("subjectReference", "is required");
    } else if (subject.length() > 100) {
      errors.put("subjectReference", "is longer than 100 characters");
    }
    if (requestedBy == null) {
      errors.put("requestedBy", "is required");
    } else if (requestedBy.length() > 200) {
      errors.put("requestedBy", "is longer than 200 characters");
    }
    LocalDate received = null;
    if (input == null || input.receivedOn() == null || input.receivedOn().isBlank()) {
      received = ProcessVariables.today();
    } else {
      received = SchoolTime.parseDay(input.receivedOn()).orElse(null);
      if (received == null) {
        errors.put("receivedOn", SchoolTime.DAY_EXPECTED);
      } else if (received.isAfter(ProcessVariables.today())) {
        errors.put("receivedOn", "is in the future");
      }
    }
    if (!errors.isEmpty()) {
      audit.denied("open", RESOURCE, null, "invalid: " + errors.fields());
      throw errors.problem("The request could not be opened");
    }
    if (kind == SubjectKind.STAFF && subject.equalsIgnoreCase(caller.username())) {
      audit.denied("open", RESOURCE, null, "about themselves");
      throw BeaconProblem.forbidden("Nobody handles a subject access request about themselves");
    }
    SubjectAccessRequest request =
        new SubjectAccessRequest(
            new Subject(kind, subject),
            requestedBy,
            received,
            caller.username(),
            ProcessVariables.now());
    em.persist(request);
    em.flush();
    Date due = Date.from(SchoolTime.startOf(request.dueOn()));
    String pid =
        runtime
            .startProcessInstanceByKey(PROCESS, request.reference(), Map.of("dueAt", due))
            .getId();
    request.startedAs(pid);
    audit.allowed("open", RESOURCE, request.reference(), "due " + request.dueOn());
    return summary(request);
  }

  @Transactional
  public List<RequestSummary> list(Caller caller) {
    requireReader(caller, "list", null);
    List<RequestSummary> found =
        em
            .createQuery(
                "select r from SubjectAccessRequest r order by r.id desc",
                SubjectAccessRequest.class)
            .setMaxResults(200)
            .getResultList()
            .stream()
            .filter(r -> !about(caller, r))
            .map(SubjectAccessRequests::summary)
            .toList();
    audit.allowed("list", RESOURCE, null, found.size() + " request(s)");
    return found;
  }

  @Transactional
  public RequestDetail detail(Caller caller, long id) {
    SubjectAccessRequest request = readable(caller, "read", id);
    RequestDetail detail = detailOf(request, file.gather(request.subject()));
    audit.allowed("read", RESOURCE, request.reference(), detail.items().size() + " item(s)");
    return detail;
  }

  /** The redactions of one saved version, to see what changed. */
  @Transactional
  public List<RedactionView> redactions(Caller caller, long id, int version) {
    SubjectAccessRequest request = readable(caller, "read-redactions", id);
    if (version < 1 || version > request.redactionVersion()) {
      throw BeaconProblem.notFound("No such version of the redactions");
    }
    audit.allowed("read-redactions", RESOURCE, request.reference(), "version " + version);
    return redactionsOf(request.id(), version).stream().map(SubjectAccessRequests::view).toList();
  }

  /** Saves the whole set of redactions as a new version; the records themselves never change. */
  @Transactional
  public RequestDetail saveRedactions(Caller caller, long id, List<RedactionInput> inputs) {
    SubjectAccessRequest request = writable(caller, "redact", id, Status.REVIEW);
    List<Item> items = file.gather(request.subject());
    Set<String> references = items.stream().map(Item::reference).collect(Collectors.toSet());
    FieldErrors errors = new FieldErrors();
    List<RedactionInput> given = inputs == null ? List.of() : inputs;
    for (int i = 0; i < given.size(); i++) {
      RedactionInput r = given.get(i);
      String at = "redactions[" + i + "].";
      if (r == null || r.itemReference() == null || !references.contains(r.itemReference())) {
        errors.put(at + "itemReference", "is not one of the request's records");
      }
      if (r == null || trimmed(r.text()) == null) {
        errors.put(at + "text", "is required");
      } else if (r.text().length() > Redaction.TEXT_LENGTH) {
        errors.put(at + "text", "is longer than " + Redaction.TEXT_LENGTH + " characters");
      }
      if (r == null || trimmed(r.reason()) == null) {
        errors.put(at + "reason", "is required");
      } else if (r.reason().length() > Redaction.TEXT_LENGTH) {
        errors.put(at + "reason", "is longer than " + Redaction.TEXT_LENGTH + " characters");
      }
    }
    if (!errors.isEmpty()) {
      audit.denied(
          "redact", RESOURCE, request.reference(), "invalid: " + errors.size() + " field(s)");
      throw errors.problem("The redactions were not saved");
    }
    int version = request.nextRedactionVersion();
    Instant now = ProcessVariables.now();
    for (RedactionInput r : given) {
      em.persist(
          new Redaction(
              request.id(),
              version,
              r.itemReference(),
              r.text().trim(),
              r.reason().trim(),
              caller.username(),
              now));
    }
    em.flush();
    audit.allowed(
        "redact",
        RESOURCE,
        request.reference(),
        "version " + version + ", " + given.size() + " redaction(s)");
    return detailOf(request, items);
  }

  /** The DSL has reviewed every item: the request goes to the head for approval. */
  @Transactional
  public RequestSummary submit(Caller caller, long id) {
    SubjectAccessRequest request = writable(caller, "submit", id, Status.REVIEW);
    complete(request, TASK_REVIEW);
    request.submitted(ProcessVariables.now());
    audit.allowed("submit", RESOURCE, request.reference(), "version " + request.redactionVersion());
    return summary(request);
  }

  /** The head approves the release of the reviewed, redacted records. */
  @Transactional
  public RequestSummary approve(Caller caller, long id) {
    if (!caller.has(Role.HEAD)) {
      audit.denied("approve", RESOURCE, "SAR-" + id, "requires head");
      throw BeaconProblem.forbidden(
          "Only the head approves the release of a subject access request");
    }
    SubjectAccessRequest request = find(id);
    if (about(caller, request)) {
      audit.denied("approve", RESOURCE, request.reference(), "about themselves");
      throw BeaconProblem.forbidden(
          "Only the head approves the release of a subject access request");
    }
    if (request.status() != Status.APPROVAL) {
      audit.denied("approve", RESOURCE, request.reference(), "status " + request.status());
      throw BeaconProblem.conflict("The request is not waiting for approval");
    }
    complete(request, TASK_APPROVE);
    request.approved(caller.username(), ProcessVariables.now());
    audit.allowed(
        "approve", RESOURCE, request.reference(), "version " + request.redactionVersion());
    return summary(request);
  }

  /** The DSL releases the approved export: what, when and to whom is recorded. */
  @Transactional
  public DisclosureView release(Caller caller, long id, Release release) {
    SubjectAccessRequest request = writable(caller, "release", id, Status.APPROVED);
    String to = release == null ? null : trimmed(release.disclosedTo());
    if (to == null || to.length() > 200) {
      audit.denied("release", RESOURCE, request.reference(), "invalid: disclosedTo");
      throw FieldErrors.invalid(
          "The release was not recorded",
          "disclosedTo",
          to == null ? "is required" : "is too long");
    }
    List<Item> items = file.gather(request.subject());
    byte[] pdf = pdf(request, items);
    complete(request, TASK_RELEASE);
    request.released();
    Disclosure disclosure =
        new Disclosure(
            request.id(),
            to,
            ProcessVariables.now(),
            caller.username(),
            request.redactionVersion(),
            items.stream().map(Item::reference).collect(Collectors.joining(",")),
            sha256(pdf));
    em.persist(disclosure);
    audit.allowed(
        "release",
        RESOURCE,
        request.reference(),
        items.size() + " item(s), redactions version " + request.redactionVersion());
    return view(disclosure);
  }

  /** The export as a PDF: cover sheet, contents, each item with black redaction boxes. */
  @Transactional
  public byte[] exportPdf(Caller caller, long id) {
    SubjectAccessRequest request = readable(caller, "export", id);
    byte[] pdf = pdf(request, file.gather(request.subject()));
    audit.allowed("export", RESOURCE, request.reference(), "pdf");
    return pdf;
  }

  /** The export as JSON, with the same redactions as the PDF. */
  @Transactional
  public String exportJson(Caller caller, long id) {
    SubjectAccessRequest request = readable(caller, "export", id);
    List<Item> items = file.gather(request.subject());
    List<Redaction> redactions = redactionsOf(request.id(), request.redactionVersion());
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Item item : items) {
      List<RedactedText.Hidden> hidden = hiddenIn(item, redactions);
      JsonArrayBuilder fields = Json.createArrayBuilder();
      item.fields()
          .forEach(
              f ->
                  fields.add(
                      Json.createObjectBuilder()
                          .add("label", f.label())
                          .add("text", RedactedText.of(f.text(), hidden).plain())));
      JsonArrayBuilder reasons = Json.createArrayBuilder();
      hidden.forEach(h -> reasons.add(h.reason()));
      array.add(
          Json.createObjectBuilder()
              .add("recordClass", item.recordClass())
              .add("reference", item.reference())
              .add("date", String.valueOf(item.date()))
              .add("title", RedactedText.of(item.title(), hidden).plain())
              .add("fields", fields)
              .add("redactionReasons", reasons));
    }
    JsonObjectBuilder root =
        Json.createObjectBuilder()
            .add("request", request.reference())
            .add("subjectKind", request.subject().kind().name().toLowerCase())
            .add("subjectReference", request.subject().reference())
            .add("requestedBy", request.requestedBy())
            .add("receivedOn", request.receivedOn().toString())
            .add("status", request.status().name().toLowerCase())
            .add("redactionVersion", request.redactionVersion())
            .add("items", array);
    audit.allowed("export", RESOURCE, request.reference(), "json");
    return root.build().toString();
  }

  private byte[] pdf(SubjectAccessRequest request, List<Item> items) {
    List<Redaction> redactions = redactionsOf(request.id(), request.redactionVersion());
    List<DisclosurePdf.CoverLine> cover =
        List.of(
            new DisclosurePdf.CoverLine("Request", request.reference()),
            new DisclosurePdf.CoverLine(
                "About",
                (request.subject().kind() == SubjectKind.PUPIL ? "Pupil " : "Member of staff ")
                    + request.subject().reference()),
            new DisclosurePdf.CoverLine("Requested by", request.requestedBy()),
            new DisclosurePdf.CoverLine("Received", request.receivedOn().toString()),
            new DisclosurePdf.CoverLine("Due", request.dueOn().toString()),
            new DisclosurePdf.CoverLine("Status", request.status().name().toLowerCase()),
            new DisclosurePdf.CoverLine(
                "Approved by",
                request.approvedBy() == null ? "not yet approved" : request.approvedBy()),
            new DisclosurePdf.CoverLine("Records", String.valueOf(items.size())),
            new DisclosurePdf.CoverLine("Redactions", "version " + request.redactionVersion()));
    List<DisclosurePdf.ShownItem> shown = new ArrayList<>();
    for (Item item : items) {
      shown.add(shown(item, hiddenIn(item, redactions)));
    }
    return DisclosurePdf.render("Subject access request " + request.reference(), cover, shown);
  }

  static DisclosurePdf.ShownItem shown(Item item, List<RedactedText.Hidden> hidden) {
    return new DisclosurePdf.ShownItem(
        item.reference(),
        item.recordClass(),
        String.valueOf(item.date()),
        RedactedText.of(item.title(), hidden),
        item.fields().stream()
            .map(f -> new DisclosurePdf.ShownField(f.label(), RedactedText.of(f.text(), hidden)))
            .toList());
  }

  private static List<RedactedText.Hidden> hiddenIn(Item item, List<Redaction> redactions) {
    return redactions.stream()
        .filter(r -> r.itemRef().equals(item.reference()))
        .map(r -> new RedactedText.Hidden(r.text(), r.reason()))
        .toList();
  }

  private RequestDetail detailOf(SubjectAccessRequest request, List<Item> items) {
    List<Redaction> redactions = redactionsOf(request.id(), request.redactionVersion());
    List<ItemView> views =
        items.stream()
            .map(
                i ->
                    new ItemView(
                        i.recordClass(),
                        i.reference(),
                        i.date(),
                        i.title(),
                        i.fields().stream().map(f -> new FieldView(f.label(), f.text())).toList(),
                        i.otherPeople(),
                        redactions.stream()
                            .filter(r -> r.itemRef().equals(i.reference()))
                            .map(SubjectAccessRequests::view)
                            .toList()))
            .toList();
    List<DisclosureView> disclosures =
        em
            .createQuery(
                "select d from Disclosure d where d.requestId = :id order by d.id",
                Disclosure.class)
            .setParameter("id", request.id())
            .getResultList()
            .stream()
            .map(SubjectAccessRequests::view)
            .toList();
    return new RequestDetail(
        summary(request),
        request.redactionVersion(),
        request.approvedBy(),
        request.approvedAt(),
        views,
        disclosures);
  }

  private List<Redaction> redactionsOf(long requestId, int version) {
    if (version == 0) {
      return List.of();
    }
    return em.createQuery(
            "select r from Redaction r where r.requestId = :id and r.version = :v order by r.id",
            Redaction.class)
        .setParameter("id", requestId)
        .setParameter("v", version)
        .getResultList();
  }

  private void complete(SubjectAccessRequest request, String taskKey) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(request.processInstanceId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw BeaconProblem.conflict("The request's flow is not at this step");
    }
    tasks.complete(task.getId());
  }

  private SubjectAccessRequest find(long id) {
    SubjectAccessRequest request = em.find(SubjectAccessRequest.class, id);
    if (request == null) {
      throw BeaconProblem.notFound("No such subject access request");
    }
    return request;
  }

  private SubjectAccessRequest readable(Caller caller, String action, long id) {
    requireReader(caller, action, "SAR-" + id);
    SubjectAccessRequest request = find(id);
    if (about(caller, request)) {
      audit.denied(action, RESOURCE, request.reference(), "about themselves");
      throw BeaconProblem.forbidden("Nobody reads a subject access request about themselves");
    }
    return request;
  }

  private SubjectAccessRequest writable(Caller caller, String action, long id, Status expected) {
    requireDsl(caller, action, "SAR-" + id);
    SubjectAccessRequest request = readable(caller, action, id);
    if (request.status() != expected) {
      audit.denied(action, RESOURCE, request.reference(), "status " + request.status());
      throw BeaconProblem.conflict(
          "The request is "
              + request.status().name().toLowerCase()
              + ", not "
              + expected.name().toLowerCase());
    }
    return request;
  }

  private void requireDsl(Caller caller, String action, String reference) {
    if (!caller.has(Role.DSL)) {
      audit.denied(action, RESOURCE, reference, "requires dsl");
      throw BeaconProblem.forbidden("Only the DSL handles subject access requests");
    }
  }

  private void requireReader(Caller caller, String action, String reference) {
    if (!caller.has(Role.DSL) && !caller.has(Role.HEAD)) {
      audit.denied(action, RESOURCE, reference, "requires dsl or head");
      throw BeaconProblem.forbidden("Only the DSL and the head see subject access requests");
    }
  }

  private static boolean about(Caller caller, SubjectAccessRequest request) {
    return request.subject().kind() == SubjectKind.STAFF
        && request.subject().reference().equalsIgnoreCase(caller.username());
  }

  private static RequestSummary summary(SubjectAccessRequest r) {
    return new RequestSummary(
        r.id(),
        r.reference(),
        r.subject().kind().name().toLowerCase(),
        r.subject().reference(),
        r.requestedBy(),
        r.receivedOn(),
        r.dueOn(),
        r.status().name().toLowerCase());
  }

  private static RedactionView view(Redaction r) {
    return new RedactionView(r.itemRef(), r.text(), r.reason(), r.savedBy(), r.savedAt());
  }

  private static DisclosureView view(Disclosure d) {
    return new DisclosureView(
        d.disclosedTo(),
        d.disclosedAt(),
        d.disclosedBy(),
        d.redactionVersion(),
        List.of(d.itemRefs().split(",")),
        d.exportSha256());
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
