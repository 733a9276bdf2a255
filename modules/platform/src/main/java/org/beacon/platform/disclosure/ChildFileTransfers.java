package org.beacon.platform.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.PersonRecords.Item;
import org.beacon.platform.api.PersonRecords.Subject;
import org.beacon.platform.api.PersonRecords.SubjectKind;
import org.beacon.platform.api.ProcessVariables;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Pupils;
import org.beacon.platform.api.Role;
import org.beacon.platform.api.SchoolTime;
import org.beacon.platform.disclosure.SubjectAccessRequests.FieldView;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A child's safeguarding file moving school (KCSIE: within 5 school days, separately from the main
 * pupil file, with confirmation of receipt). The old school's DSL opens a transfer for a leaver,
 * exports the file as one sealed package and enters the new school's confirmation code; the new
 * school's DSL imports the package as a read-only file. DSLs only; every step audited as resource
 * type {@value #RESOURCE}.
 */
@ApplicationScoped
public class ChildFileTransfers {

  static final String RESOURCE = "child-file-transfer";
  static final String PROCESS = "ChildFileTransferProcess";
  static final String TASK_EXPORT = "Task_ExportFile";
  static final String TASK_RECEIPT = "Task_RecordReceipt";
  static final int MAX_PACKAGE_BYTES = 64 * 1024 * 1024;

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Inject PersonFile file;
  @Inject Pupils pupils;
  @Inject AuditLog audit;
  @Inject RuntimeService runtime;
  @Inject TaskService tasks;

  /** A transfer to open: the leaver. */
  @Schema(name = "TransferOpening")
  public record OpenTransfer(String pupilReference) {}

  /** What an export needs: the passphrase agreed with the new school, and this school's name. */
  @Schema(name = "TransferExport")
  public record ExportRequest(String passphrase, String fromSchool) {}

  /** The code the new school read back. */
  @Schema(name = "TransferReceipt")
  public record Receipt(String confirmationCode) {}

  /** A file leaving. */
  @Schema(name = "OutgoingTransferView")
  public record OutgoingView(
      long id,
      String reference,
      String pupilReference,
      LocalDate leavingDate,
      String status,
      Instant exportedAt,
      Integer items,
      Instant receivedAt) {}

  /** A file received, in a list. */
  @Schema(name = "IncomingTransferSummary")
  public record IncomingSummary(
      long id,
      String reference,
      String pupilReference,
      String fromSchool,
      Instant exportedAt,
      Instant importedAt,
      int items,
      String confirmationCode) {}

  /** An item of a received file, read-only. */
  @Schema(name = "IncomingTransferItem")
  public record IncomingItem(
      int number,
      String recordClass,
      String reference,
      Instant date,
      String title,
      List<FieldView> fields) {}

  /** A file received, whole. */
  @Schema(name = "IncomingTransferDetail")
  public record IncomingDetail(IncomingSummary file, List<IncomingItem> items) {}

  @Transactional
  public OutgoingView open(Caller caller, OpenTransfer input) {
    requireDsl(caller, "open", null);
    String reference =
        input == null || input.pupilReference() == null ? "" : input.pupilReference().trim();
    Pupil pupil = reference.isEmpty() ? null : pupils.find(reference).orElse(null);
    if (pupil == null) {
      audit.denied("open", RESOURCE, null, "pupil not on the register");
      throw FieldErrors.invalid(
          "The transfer was not opened", "pupilReference", "is not a pupil on the register");
    }
    if (pupil.leavingDate() == null) {
      audit.denied("open", RESOURCE, pupil.reference(), "no leaving date");
      throw FieldErrors.invalid(
          "The transfer was not opened", "pupilReference", "has no leaving date on the register");
    }
    OutgoingTransfer transfer =
        new OutgoingTransfer(
            pupil.reference(), pupil.leavingDate(), caller.username(), ProcessVariables.now());
    em.persist(transfer);
    em.flush();
    transfer.startedAs(
        runtime
            .startProcessInstanceByKey(
                PROCESS,
                transfer.reference(),
                Map.of("leftAt", Date.from(SchoolTime.startOf(pupil.leavingDate()))))
            .getId());
    audit.allowed("open", RESOURCE, transfer.reference(), "pupil " + pupil.reference());
    return view(transfer);
  }

  @Transactional
  public List<OutgoingView> outgoing(Caller caller) {
    requireDsl(caller, "list", null);
    List<OutgoingView> found =
        em
            .createQuery(
                "select t from OutgoingTransfer t order by t.id desc", OutgoingTransfer.class)
            .setMaxResults(200)
            .getResultList()
            .stream()
            .map(ChildFileTransfers::view)
            .toList();
    audit.allowed("list", RESOURCE, null, "outgoing; " + found.size());
    return found;
  }

  /** Seals the pupil's whole file into one package; the flow then waits for receipt. */
  @Transactional
  public byte[] export(Caller caller, long id, ExportRequest input) {
    requireDsl(caller, "export", "TRF-" + id);
    OutgoingTransfer transfer = outgoingTransfer(id);
    if (transfer.exportedAt() != null) {
      audit.denied("export", RESOURCE, transfer.reference(), "already exported");
      throw BeaconProblem.conflict("The file was already exported; its confirmation code stands");
    }
    FieldErrors errors = new FieldErrors();
    String passphrase = input == null ? null : input.passphrase();
    String from = input == null || input.fromSchool() == null ? "" : input.fromSchool().trim();
    if (passphrase == null || passphrase.length() < TransferPackage.MIN_PASSPHRASE) {
      errors.put("passphrase", "needs at least " + TransferPackage.MIN_PASSPHRASE + " characters");
    }
    if (from.isEmpty() || from.length() > 200) {
      errors.put("fromSchool", from.isEmpty() ? "is required" : "is longer than 200 characters");
    }
    if (!errors.isEmpty()) {
      audit.denied("export", RESOURCE, transfer.reference(), "invalid: " + errors.fields());
      throw errors.problem("The file was not exported");
    }
    Instant now = ProcessVariables.now();
    List<Item> items = file.gather(new Subject(SubjectKind.PUPIL, transfer.pupilRef()));
    byte[] sealed =
        TransferPackage.seal(
            ChildFile.write(from, transfer.pupilRef(), now, items), passphrase.toCharArray());
    transfer.exported(
        caller.username(), now, items.size(), TransferPackage.confirmationCode(sealed));
    complete(transfer.processInstanceId(), TASK_EXPORT, Map.of("exportedAt", Date.from(now)));
    audit.allowed("export", RESOURCE, transfer.reference(), items.size() + " item(s)");
    return sealed;
  }

  /** The new school's confirmation code, read back: the file is received. */
  @Transactional
  public OutgoingView receipt(Caller caller, long id, Receipt input) {
    requireDsl(caller, "receipt", "TRF-" + id);
    OutgoingTransfer transfer = outgoingTransfer(id);
    if (transfer.exportedAt() == null || transfer.receivedAt() != null) {
      audit.denied("receipt", RESOURCE, transfer.reference(), transfer.status());
      throw BeaconProblem.conflict("The file is " + transfer.status() + ": no receipt is expected");
    }
    String typed = TransferPackage.normalisedCode(input == null ? null : input.confirmationCode());
    if (!typed.equals(TransferPackage.normalisedCode(transfer.confirmationCode()))) {
      audit.denied("receipt", RESOURCE, transfer.reference(), "wrong confirmation code");
      throw FieldErrors.invalid(
          "The code does not match the package sent",
          "confirmationCode",
          "is not the code of the package sent");
    }
    transfer.received(caller.username(), ProcessVariables.now());
    complete(transfer.processInstanceId(), TASK_RECEIPT, Map.of());
    audit.allowed("receipt", RESOURCE, transfer.reference(), "received");
    return view(transfer);
  }

  /** Opens a package from another school and keeps it as a read-only file. */
  @Transactional
  public IncomingSummary importPackage(Caller caller, String passphrase, byte[] sealed) {
    requireDsl(caller, "import", null);
    if (sealed == null || sealed.length == 0 || sealed.length > MAX_PACKAGE_BYTES) {
      audit.denied("import", RESOURCE, null, "no package or too large");
      throw FieldErrors.invalid(
          "The package was not imported", "package", "must be sent as the body, at most 64 MB");
    }
    if (passphrase == null || passphrase.isEmpty()) {
      audit.denied("import", RESOURCE, null, "no passphrase");
      throw FieldErrors.invalid(
          "The package was not imported", "passphrase", "is required (header X-Beacon-Passphrase)");
    }
    ChildFile.Contents contents;
    byte[] opened;
    try {
      opened = TransferPackage.open(sealed, passphrase.toCharArray());
      contents = ChildFile.read(opened);
    } catch (TransferPackage.Refused e) {
      audit.denied("import", RESOURCE, null, e.getMessage());
      throw FieldErrors.invalid("The package was refused", "package", e.getMessage());
    } catch (IllegalArgumentException e) {
      audit.denied("import", RESOURCE, null, "unreadable contents");
      throw FieldErrors.invalid("The package was refused", "package", e.getMessage());
    }
    String pupil = contents.pupilReference();
    if (pupil == null
        || pupil.isBlank()
        || pupil.length() > 100
        || contents.fromSchool().length() > 200) {
      audit.denied("import", RESOURCE, null, "bad pupil or school");
      throw FieldErrors.invalid("The package was refused", "package", "names no valid pupil");
    }
    IncomingTransfer file =
        new IncomingTransfer(
            pupil,
            contents.fromSchool(),
            contents.exportedAt(),
            caller.username(),
            ProcessVariables.now(),
            TransferPackage.confirmationCode(sealed),
            contents.items().size(),
            opened);
    em.persist(file);
    em.flush();
    audit.allowed(
        "import",
        RESOURCE,
        file.reference(),
        "pupil " + pupil + ", " + file.itemCount() + " item(s)");
    return summary(file);
  }

  @Transactional
  public List<IncomingSummary> incoming(Caller caller) {
    requireDsl(caller, "list", null);
    List<IncomingSummary> found =
        em
            .createQuery(
                "select t from IncomingTransfer t order by t.id desc", IncomingTransfer.class)
            .setMaxResults(200)
            .getResultList()
            .stream()
            .map(ChildFileTransfers::summary)
            .toList();
    audit.allowed("list", RESOURCE, null, "incoming; " + found.size());
    return found;
  }

  @Transactional
  public IncomingDetail incoming(Caller caller, long id) {
    requireDsl(caller, "read", "TRI-" + id);
    IncomingTransfer file = incomingFile(id);
    ChildFile.Contents contents = ChildFile.read(file.contents());
    List<IncomingItem> items =
        java.util.stream.IntStream.range(0, contents.items().size())
            .mapToObj(
                i -> {
                  Item item = contents.items().get(i);
                  return new IncomingItem(
                      i + 1,
                      item.recordClass(),
                      item.reference(),
                      item.date(),
                      item.title(),
                      item.fields().stream().map(f -> new FieldView(f.label(), f.text())).toList());
                })
            .toList();
    audit.allowed("read", RESOURCE, file.reference(), "pupil " + file.pupilRef());
    return new IncomingDetail(summary(file), items);
  }

  @Transactional
  public byte[] incomingPdf(Caller caller, long id, int number) {
    requireDsl(caller, "read", "TRI-" + id);
    IncomingTransfer file = incomingFile(id);
    byte[] pdf = ChildFile.read(file.contents()).pdfs().get("items/" + number + ".pdf");
    if (pdf == null) {
      throw BeaconProblem.notFound("The file has no item " + number);
    }
    audit.allowed("read", RESOURCE, file.reference(), "item " + number + " pdf");
    return pdf;
  }

  private void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw BeaconProblem.conflict("The transfer's flow is not at this step");
    }
    tasks.complete(task.getId(), variables);
  }

  private OutgoingTransfer outgoingTransfer(long id) {
    OutgoingTransfer transfer = em.find(OutgoingTransfer.class, id);
    if (transfer == null) {
      throw BeaconProblem.notFound("No such transfer");
    }
    return transfer;
  }

  private IncomingTransfer incomingFile(long id) {
    IncomingTransfer file = em.find(IncomingTransfer.class, id);
    if (file == null) {
      throw BeaconProblem.notFound("No such transferred file");
    }
    return file;
  }

  private void requireDsl(Caller caller, String action, String reference) {
    if (!caller.has(Role.DSL)) {
      audit.denied(action, RESOURCE, reference, "requires dsl");
      throw BeaconProblem.forbidden("Only the DSL sees and moves a child's safeguarding file");
    }
  }

  private static OutgoingView view(OutgoingTransfer t) {
    return new OutgoingView(
        t.id(),
        t.reference(),
        t.pupilRef(),
        t.leavingDate(),
        t.status(),
        t.exportedAt(),
        t.itemCount(),
        t.receivedAt());
  }

  private static IncomingSummary summary(IncomingTransfer f) {
    return new IncomingSummary(
        f.id(),
        f.reference(),
        f.pupilRef(),
        f.fromSchool(),
        f.exportedAt(),
        f.importedAt(),
        f.itemCount(),
        f.confirmationCode());
  }
}
