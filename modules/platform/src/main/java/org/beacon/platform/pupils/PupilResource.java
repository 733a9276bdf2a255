package org.beacon.platform.pupils;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code /api/pupils}: the pupil register. The DSL and the head import the school's export and see
 * the register whole. Staff who report (staff, chair, technical) search it as they type a pupil
 * into a form, and see only what the form needs: the reference, the year group and whether the
 * pupil has left, never a date of birth, for a search of at least {@value #LIMITED_MIN_SEARCH}
 * characters and at most {@value #LIMITED_MAX_FOUND} pupils. Governors (anonymised reports only)
 * and administrators (no case content) do not see it. Every read and import is audited as resource
 * type {@code pupil}.
 */
@Path("pupils")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PupilResource {

  static final int MAX_IMPORT_BYTES = 2 * 1024 * 1024;
  static final int FULL_MAX_FOUND = 100;
  static final int LIMITED_MAX_FOUND = 10;
  static final int LIMITED_MIN_SEARCH = 2;

  @Inject PupilRegister register;
  @Inject AuditLog audit;
  @Inject Caller caller;

  /**
   * A pupil as the caller may see them; the fields a reporter may not see are absent.
   *
   * @param dateOfBirth null (absent) for reporters
   * @param leavingDate null while on roll, and for reporters
   * @param left whether the pupil has left the school
   */
  public record PupilView(
      String reference,
      String yearGroup,
      LocalDate dateOfBirth,
      LocalDate leavingDate,
      boolean left) {
    static PupilView full(Pupil p, LocalDate today) {
      return new PupilView(
          p.reference(), p.yearGroup(), p.dateOfBirth(), p.leavingDate(), p.leftBy(today));
    }

    static PupilView limited(Pupil p, LocalDate today) {
      return new PupilView(p.reference(), p.yearGroup(), null, null, p.leftBy(today));
    }
  }

  /** A pupil an import changes, and which of their fields. */
  @Schema(name = "PupilImportChange")
  public record Changed(String reference, List<String> fields) {}

  /** What an import did, or would do on a dry run. */
  @Schema(name = "PupilImportResult")
  public record ImportResult(
      boolean dryRun,
      List<PupilView> added,
      List<Changed> changed,
      List<String> unchanged,
      List<String> missing) {}

  @GET
  public List<PupilView> search(@QueryParam("search") String search) {
    String text = search == null ? "" : search.trim();
    LocalDate today = register.today();
    if (keepsRegister()) {
      List<PupilView> found =
          register.search(text, true, FULL_MAX_FOUND).stream()
              .map(p -> PupilView.full(p, today))
              .toList();
      audit.allowed("search", PupilRegister.PUPIL, null, "full; " + found.size() + " found");
      return found;
    }
    if (!reports()) {
      audit.denied(
          "search",
          PupilRegister.PUPIL,
          null,
          "governors and administrators do not name pupils in cases");
      throw BeaconProblem.forbidden("Only staff who report concerns search the pupil register");
    }
    if (text.length() < LIMITED_MIN_SEARCH) {
      audit.denied(
          "search", PupilRegister.PUPIL, null, "search shorter than " + LIMITED_MIN_SEARCH);
      throw BeaconProblem.invalid(
          "Type more of the pupil reference",
          Map.of("search", "needs at least " + LIMITED_MIN_SEARCH + " characters"));
    }
    List<PupilView> found =
        register.search(text, false, LIMITED_MAX_FOUND).stream()
            .map(p -> PupilView.limited(p, today))
            .toList();
    audit.allowed(
        "search",
        PupilRegister.PUPIL,
        null,
        "reference and year group; " + found.size() + " found");
    return found;
  }

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public ImportResult importRegister(@QueryParam("dryRun") boolean dryRun, byte[] csv) {
    if (!keepsRegister()) {
      audit.denied(
          dryRun ? "import-preview" : "import", PupilRegister.PUPIL, null, "requires dsl or head");
      throw BeaconProblem.forbidden("Only the DSL and the head import the pupil register");
    }
    if (csv == null || csv.length == 0) {
      audit.denied(dryRun ? "import-preview" : "import", PupilRegister.PUPIL, null, "empty file");
      throw BeaconProblem.invalid(
          "Send the register file as the request body", Map.of("file", "is empty"));
    }
    if (csv.length > MAX_IMPORT_BYTES) {
      audit.denied(
          dryRun ? "import-preview" : "import", PupilRegister.PUPIL, null, "file too large");
      throw BeaconProblem.invalid("The file is too large", Map.of("file", "is larger than 2 MB"));
    }
    PupilImport.Plan plan = register.importFile(csv, dryRun);
    LocalDate today = register.today();
    return new ImportResult(
        dryRun,
        plan.added().stream().map(p -> PupilView.full(p, today)).toList(),
        plan.changed().stream().map(c -> new Changed(c.after().reference(), c.fields())).toList(),
        plan.unchanged(),
        plan.missing());
  }

  private boolean keepsRegister() {
    return caller.has(Role.DSL) || caller.has(Role.HEAD);
  }

  private boolean reports() {
    // The office records consents and agreements by pupil reference: the same limited view.
    return caller.has(Role.STAFF)
        || caller.has(Role.CHAIR)
        || caller.has(Role.TECHNICAL)
        || caller.has(Role.OFFICE);
  }
}
