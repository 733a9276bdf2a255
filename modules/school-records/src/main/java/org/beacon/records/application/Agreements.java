package org.beacon.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.People;
import org.beacon.platform.api.Person;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Pupils;
import org.beacon.platform.api.Role;
import org.beacon.records.api.RecordsProcesses;
import org.beacon.records.application.AgreementViews.AgreementSettings;
import org.beacon.records.application.AgreementViews.AgreementView;
import org.beacon.records.application.AgreementViews.MyAgreement;
import org.beacon.records.application.AgreementViews.NotSignedReport;
import org.beacon.records.application.AgreementViews.PaperSignature;
import org.beacon.records.application.AgreementViews.Renewal;
import org.beacon.records.application.AgreementViews.SignatureView;
import org.beacon.records.application.AgreementViews.Unsigned;
import org.beacon.records.domain.AgreementRepository;
import org.beacon.records.domain.AgreementType;
import org.beacon.records.domain.Audience;
import org.beacon.records.domain.Signature;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Acceptable use agreements: signing one's own, recording paper forms, who has not signed, and what
 * a newly approved policy version asks of people.
 */
@ApplicationScoped
public class Agreements {

  /** How long people have to sign a new version. */
  public static final int SIGN_WITHIN_DAYS = 28;

  /** The most pupils a not-signed report walks through. */
  private static final int MAX_PUPILS = 5000;

  static final String AGREEMENT = "agreement";

  @Inject AgreementRepository repository;
  @Inject People people;
  @Inject Pupils pupils;
  @Inject AuditLog audit;
  @Inject TaskService taskService;

  /** Every agreement type: what each is bound to and the version in force. Any signed-in person. */
  public List<AgreementView> types() {
    return repository.types().stream().map(Agreements::view).toList();
  }

  /**
   * The agreements the caller signs in Beacon, with whether they have signed the current version.
   */
  public List<MyAgreement> mine(Caller caller) {
    if (!RecordsAccess.isStaff(caller)) {
      return List.of();
    }
    List<Signature> signed = repository.signaturesOf(caller.username());
    List<MyAgreement> mine = new ArrayList<>();
    for (AgreementType type : repository.types()) {
      if (type.audience() != Audience.STAFF || type.currentVersion() == 0) {
        continue;
      }
      var signature =
          signed.stream()
              .filter(
                  s ->
                      s.agreementCode().equals(type.code()) && s.version() == type.currentVersion())
              .findFirst();
      mine.add(
          new MyAgreement(
              type.code(),
              type.title(),
              type.currentVersion(),
              type.signBy(),
              type.skippable(),
              signature.isPresent(),
              signature.map(Signature::signedAt).orElse(null)));
    }
    audit.allowed("read", "own-agreements", caller.username());
    return mine;
  }

  /** The caller signs the current version of an agreement, in Beacon; their signing task closes. */
  @Transactional
  public SignatureView sign(Caller caller, String code) {
    AgreementType type =
        repository.type(code).orElseThrow(() -> BeaconProblem.notFound("No agreement " + code));
    RecordsAccess.requireStaff(caller, audit, "sign", AGREEMENT);
    if (type.audience() != Audience.STAFF) {
      audit.denied("sign", AGREEMENT, code, "signed on paper");
      throw BeaconProblem.conflict("This agreement is signed on paper and recorded by the office");
    }
    if (type.currentVersion() == 0) {
      throw BeaconProblem.conflict("No version of this agreement's policy has been approved yet");
    }
    Signature signature = signIfNot(type, caller.username());
    audit.allowed("sign", AGREEMENT, code + "/v" + type.currentVersion(), caller.username());
    closeSigningTasks(caller.username(), code);
    return view(signature);
  }

  /**
   * Records the signature, unless this user has signed this version already; used by the signing
   * task too.
   */
  @Transactional
  public Signature signIfNot(AgreementType type, String username) {
    return repository.signaturesOf(username).stream()
        .filter(s -> s.agreementCode().equals(type.code()) && s.version() == type.currentVersion())
        .findFirst()
        .orElseGet(
            () ->
                repository.add(
                    Signature.inBeacon(
                        type.code(), type.currentVersion(), username, ProcessVariables.now())));
  }

  /** The signing task completes when its assignee signs (the listener records nothing twice). */
  @Transactional
  public void signFromTask(String code, String username) {
    repository
        .type(code)
        .ifPresent(
            type -> {
              if (type.currentVersion() > 0) {
                signIfNot(type, username);
                audit.allowedInTransaction(
                    "sign", AGREEMENT, code + "/v" + type.currentVersion(), username);
              }
            });
  }

  private void closeSigningTasks(String username, String code) {
    List<Task> open =
        taskService
            .createTaskQuery()
            .processDefinitionKey(RecordsProcesses.AGREEMENT_RENEWAL_KEY)
            .taskDefinitionKey("Task_SignAgreement")
            .taskAssignee(username)
            .processVariableValueEquals(RecordsProcesses.AGREEMENT_CODE, code)
            .list();
    for (Task task : open) {
      taskService.complete(task.getId());
    }
  }

  /** The office, the DSL or the head records a signed paper form. */
  @Transactional
  public SignatureView recordPaper(Caller caller, String code, PaperSignature paper) {
    RecordsAccess.require(
        caller,
        audit,
        "record-paper",
        AGREEMENT,
        "Only the office, the DSL and the head record paper forms",
        RecordsAccess.RECORD_KEEPERS);
    AgreementType type =
        repository.type(code).orElseThrow(() -> BeaconProblem.notFound("No agreement " + code));
    Map<String, String> problems = new TreeMap<>();
    if (paper == null) {
      throw BeaconProblem.invalid(
          "Send the paper form's details", Map.of("paperDate", "is required"));
    }
    LocalDate paperDate =
        Fields.pastDate(problems, "paperDate", paper.paperDate(), ProcessVariables.today());
    int version = paper.version() == null ? type.currentVersion() : paper.version();
    if (version < 1 || version > type.currentVersion()) {
      problems.put(
          "version",
          type.currentVersion() == 0
              ? "no version has been approved yet"
              : "must be 1 to " + type.currentVersion());
    }
    Signature signature = null;
    if (type.audience() == Audience.STAFF || type.audience() == Audience.COMMUNITY) {
      String username = Fields.required(problems, "username", paper.username(), 100);
      if (username != null && people.byUsername(username).isEmpty()) {
        problems.put("username", "is nobody in the directory");
      }
      Fields.check("The paper form cannot be recorded", problems);
      signature =
          Signature.paperByUser(
              code, version, username, paperDate, caller.username(), ProcessVariables.now());
    } else {
      String reference = Fields.required(problems, "pupilReference", paper.pupilReference(), 100);
      String parent =
          type.audience() == Audience.PARENT
              ? Fields.required(problems, "parentName", paper.parentName(), 200)
              : Fields.optional(problems, "parentName", paper.parentName(), 200);
      Pupil pupil = reference == null ? null : pupils.find(reference).orElse(null);
      if (reference != null && pupil == null) {
        problems.put("pupilReference", "is not on the pupil register");
      }
      Fields.check("The paper form cannot be recorded", problems);
      signature =
          Signature.paperForPupil(
              code,
              version,
              pupil.reference(),
              parent,
              paperDate,
              caller.username(),
              ProcessVariables.now());
    }
    Signature stored = repository.add(signature);
    audit.allowed("record-paper", AGREEMENT, code + "/v" + version, "signature " + stored.id());
    return view(stored);
  }

  /**
   * Who has not signed the current version: staff by name for staff agreements, pupils by reference
   * otherwise.
   */
  public NotSignedReport notSigned(Caller caller, String code) {
    RecordsAccess.require(
        caller,
        audit,
        "read-not-signed",
        AGREEMENT,
        "Only the DSL and the head read who has not signed",
        RecordsAccess.OVERSEERS);
    AgreementType type =
        repository.type(code).orElseThrow(() -> BeaconProblem.notFound("No agreement " + code));
    List<Unsigned> missing = new ArrayList<>();
    int concerned;
    int signedCount;
    if (type.audience() == Audience.STAFF || type.audience() == Audience.COMMUNITY) {
      List<Person> staff = membersOfStaff();
      Set<String> signed =
          repository.signedBy(
              code, type.currentVersion(), staff.stream().map(Person::username).toList());
      concerned = staff.size();
      signedCount = signed.size();
      staff.stream()
          .filter(p -> !signed.contains(p.username()))
          .forEach(p -> missing.add(new Unsigned(p.username(), p.displayName())));
    } else {
      LocalDate today = ProcessVariables.today();
      List<Pupil> onRoll =
          pupils.search("", MAX_PUPILS).stream().filter(p -> !p.leftBy(today)).toList();
      Set<String> signed = repository.pupilsSignedFor(code, type.currentVersion());
      concerned = onRoll.size();
      signedCount = (int) onRoll.stream().filter(p -> signed.contains(p.reference())).count();
      onRoll.stream()
          .filter(p -> !signed.contains(p.reference()))
          .forEach(p -> missing.add(new Unsigned(p.reference(), p.yearGroup())));
    }
    audit.allowed(
        "read-not-signed",
        AGREEMENT,
        code + "/v" + type.currentVersion(),
        missing.size() + " not signed");
    return new NotSignedReport(
        code, type.title(), type.currentVersion(), type.signBy(), concerned, signedCount, missing);
  }

  /**
   * The DSL or the head binds an agreement to a policy of the register, or says whether staff may
   * skip it.
   */
  @Transactional
  public AgreementView configure(Caller caller, String code, AgreementSettings settings) {
    RecordsAccess.require(
        caller,
        audit,
        "configure",
        AGREEMENT,
        "Only the DSL and the head change agreements",
        RecordsAccess.OVERSEERS);
    AgreementType type =
        repository.type(code).orElseThrow(() -> BeaconProblem.notFound("No agreement " + code));
    if (settings == null || (settings.policyId() == null && settings.skippable() == null)) {
      throw BeaconProblem.invalid(
          "Nothing to change", Map.of("policyId", "give a policy id or skippable"));
    }
    if (settings.policyId() != null && settings.policyId() < 1) {
      throw BeaconProblem.invalid("No such policy", Map.of("policyId", "must be a policy's id"));
    }
    if (settings.policyId() != null) {
      type.bind(settings.policyId());
    }
    if (settings.skippable() != null) {
      type.setSkippable(settings.skippable());
    }
    audit.allowed("configure", AGREEMENT, code);
    return view(type);
  }

  /**
   * The governing body approved a version of a policy: every agreement bound to it now asks for
   * that version, and this says who signs what. Runs in the engine's transaction (message start).
   */
  @Transactional
  public Renewal versionApproved(long policyId, String policyKind, int version) {
    LocalDate signBy = ProcessVariables.today().plusDays(SIGN_WITHIN_DAYS);
    AgreementType staffAgreement = null;
    List<String> paper = new ArrayList<>();
    for (AgreementType type : repository.types()) {
      if (!type.boundTo(policyId, policyKind)) {
        continue;
      }
      if (!type.newVersion(policyId, version, signBy)) {
        continue;
      }
      if (type.audience().signsInBeacon()) {
        if (staffAgreement == null) {
          staffAgreement = type;
        }
      } else {
        paper.add(type.title());
      }
      audit.allowedInTransaction(
          "new-version", AGREEMENT, type.code() + "/v" + version, "policy " + policyId);
    }
    List<String> signers = staffAgreement == null ? List.of() : staffUsernames();
    return new Renewal(
        staffAgreement == null ? null : staffAgreement.code(),
        staffAgreement == null ? null : staffAgreement.title(),
        signers,
        String.join(", ", paper),
        signBy);
  }

  /** The usernames of every member of staff, sorted: who signs a staff agreement. */
  public List<String> staffUsernames() {
    return membersOfStaff().stream().map(Person::username).sorted().toList();
  }

  /** Everyone enabled who holds a staff role, once each, by name. */
  public List<Person> membersOfStaff() {
    Map<String, Person> byUsername = new HashMap<>();
    for (Role role : RecordsAccess.STAFF_ROLES) {
      for (Person person : people.holding(role)) {
        byUsername.putIfAbsent(person.username(), person);
      }
    }
    return byUsername.values().stream()
        .sorted(Comparator.comparing(Person::username))
        .collect(Collectors.toList());
  }

  static AgreementView view(AgreementType t) {
    return new AgreementView(
        t.code(),
        t.title(),
        t.audience().name().toLowerCase(java.util.Locale.ROOT),
        t.policyKind(),
        t.policyId(),
        t.currentVersion(),
        t.signBy(),
        t.skippable());
  }

  static SignatureView view(Signature s) {
    return new SignatureView(
        s.id() == null ? 0 : s.id(),
        s.agreementCode(),
        s.version(),
        s.signerUsername(),
        s.pupilReference(),
        s.parentName(),
        s.method().name().toLowerCase(java.util.Locale.ROOT),
        s.paperDate(),
        s.signedAt(),
        s.recordedBy());
  }
}
