package org.beacon.platform.pupils;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.beacon.platform.api.Pupil;

/** A row of the pupil register. Changed only by an import; never deleted. */
@Entity
@Table(name = "pf_pupil")
@NamedQuery(
    name = RegisteredPupil.BY_KEY,
    query = "select p from RegisteredPupil p where p.referenceKey = :key")
@NamedQuery(
    name = RegisteredPupil.ALL,
    query = "select p from RegisteredPupil p order by p.referenceKey")
@NamedQuery(
    name = RegisteredPupil.SEARCH,
    query =
        "select p from RegisteredPupil p where p.referenceKey like :pattern escape '!' order by p.referenceKey")
@NamedQuery(
    name = RegisteredPupil.SEARCH_WITH_YEAR,
    query =
        "select p from RegisteredPupil p where p.referenceKey like :pattern escape '!' or upper(p.yearGroup) = :year"
            + " order by p.referenceKey")
public class RegisteredPupil {

  static final String BY_KEY = "RegisteredPupil.byKey";
  static final String ALL = "RegisteredPupil.all";
  static final String SEARCH = "RegisteredPupil.search";
  static final String SEARCH_WITH_YEAR = "RegisteredPupil.searchWithYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 50)
  private String reference;

  @Column(name = "reference_key", nullable = false, length = 50)
  private String referenceKey;

  @Column(name = "year_group", nullable = false, length = 20)
  private String yearGroup;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Column(name = "leaving_date")
  private LocalDate leavingDate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected RegisteredPupil() {}

  RegisteredPupil(Pupil pupil, Instant now) {
    this.reference = pupil.reference();
    this.referenceKey = PupilImport.key(pupil.reference());
    this.createdAt = now;
    apply(pupil, now);
  }

  /** Takes the year group and dates of the file; the reference stays as first written. */
  void apply(Pupil pupil, Instant now) {
    this.yearGroup = pupil.yearGroup();
    this.dateOfBirth = pupil.dateOfBirth();
    this.leavingDate = pupil.leavingDate();
    this.updatedAt = now;
  }

  Pupil view() {
    return new Pupil(reference, yearGroup, dateOfBirth, leavingDate);
  }
}
