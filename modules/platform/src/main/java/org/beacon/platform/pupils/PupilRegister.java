package org.beacon.platform.pupils;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Pupil;
import org.beacon.platform.api.Pupils;
import org.beacon.platform.calendar.BankHolidayCalendar;
import org.beacon.platform.csv.CsvFile;

/**
 * The pupil register in the platform's tables: what modules ask through {@link Pupils}, and the
 * import that keeps it, planned and applied in one transaction with its audit entries, so a refused
 * file leaves the register as it was. Lookups here are not audited: the caller (a resource, a
 * module's use case) audits the read it serves.
 */
@ApplicationScoped
public class PupilRegister implements Pupils {

  static final String PUPIL = "pupil";

  @PersistenceContext(unitName = "beacon")
  EntityManager em;

  @Inject AuditLog audit;

  @Override
  public Optional<Pupil> find(String reference) {
    if (reference == null || reference.isBlank()) {
      return Optional.empty();
    }
    return managed(PupilImport.key(reference)).map(RegisteredPupil::view);
  }

  @Override
  public List<Pupil> search(String text, int max) {
    return search(text, false, max);
  }

  /**
   * As {@link #search(String, int)}; with {@code byYearGroup}, text that is a year group ({@code
   * 8}, {@code Y8}, {@code Year 8}) also finds everyone in that year.
   */
  List<Pupil> search(String text, boolean byYearGroup, int max) {
    String typed = text == null ? "" : text.trim();
    String pattern =
        "%" + PupilImport.key(typed).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    Optional<String> year = byYearGroup ? YearGroup.canonical(typed) : Optional.empty();
    var query =
        year.isPresent()
            ? em.createNamedQuery(RegisteredPupil.SEARCH_WITH_YEAR, RegisteredPupil.class)
                .setParameter("year", year.get().toUpperCase(java.util.Locale.ROOT))
            : em.createNamedQuery(RegisteredPupil.SEARCH, RegisteredPupil.class);
    return query.setParameter("pattern", pattern).setMaxResults(max).getResultList().stream()
        .map(RegisteredPupil::view)
        .toList();
  }

  /** The school's date, which decides who has left. */
  LocalDate today() {
    return LocalDate.now(BankHolidayCalendar.SCHOOL_ZONE);
  }

  /** Plans a register file and, unless a dry run, applies the plan. */
  @Transactional
  public PupilImport.Plan importFile(byte[] csv, boolean dryRun) {
    String action = dryRun ? "import-preview" : "import";
    PupilImport.Plan plan;
    try {
      List<Pupil> register =
          em.createNamedQuery(RegisteredPupil.ALL, RegisteredPupil.class).getResultList().stream()
              .map(RegisteredPupil::view)
              .toList();
      plan = PupilImport.plan(PupilCsv.parse(csv), register, today());
    } catch (CsvFile.Unreadable e) {
      audit.denied(action, PUPIL, null, e.problems().size() + " problem(s)");
      throw BeaconProblem.invalid(e.getMessage(), e.problems());
    }
    if (!dryRun) {
      Instant now = Instant.now();
      for (Pupil added : plan.added()) {
        em.persist(new RegisteredPupil(added, now));
      }
      for (PupilImport.Change change : plan.changed()) {
        managed(PupilImport.key(change.after().reference()))
            .orElseThrow()
            .apply(change.after(), now);
      }
    }
    audit.allowed(
        action,
        PUPIL,
        null,
        plan.added().size()
            + " added, "
            + plan.changed().size()
            + " changed, "
            + plan.unchanged().size()
            + " unchanged, "
            + plan.missing().size()
            + " on roll but not in the file");
    return plan;
  }

  private Optional<RegisteredPupil> managed(String key) {
    return em.createNamedQuery(RegisteredPupil.BY_KEY, RegisteredPupil.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }
}
