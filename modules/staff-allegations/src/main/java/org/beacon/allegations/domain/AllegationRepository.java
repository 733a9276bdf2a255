package org.beacon.allegations.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where allegations are kept. */
public interface AllegationRepository {

  /** Stores a new allegation and gives it its id, and so its reference. */
  Allegation add(Allegation allegation);

  Optional<Allegation> find(long id);

  Optional<Allegation> findByReference(String reference);

  /** Every closed allegation, for the retention schedule's disposal review. */
  List<Allegation> closed();

  /** Deletes the allegation and the children it names (disposal under the retention schedule). */
  void remove(Allegation allegation);

  /** Allegations matching the query, newest first. */
  List<Allegation> search(AllegationQuery query, int first, int max);

  /**
   * Low-level concerns about the person with this staff reference (see {@link
   * AccusedStaff#referenceOf(String)}) raised at or after {@code since}.
   */
  long countLowLevelConcerns(String accusedReference, Instant since);

  /**
   * What is asked for. An allegation matches when it is in one of the scopes the caller may read
   * (cases the caller manages, or their own reports) and passes every filter; a null filter means
   * any.
   *
   * @param staffCases cases about staff other than the headteacher (case manager: the head)
   * @param headCases cases about the headteacher (case manager: the chair of governors)
   * @param raisedBy also allegations this user recorded
   * @param status only this status
   * @param accusedReference only allegations about this staff reference
   * @param from raised at or after
   * @param to raised before
   * @param excludeAccusedUsername never allegations against this user
   */
  record AllegationQuery(
      boolean staffCases,
      boolean headCases,
      String raisedBy,
      AllegationStatus status,
      String accusedReference,
      Instant from,
      Instant to,
      Set<String> excludeCodes) {

    public AllegationQuery {
      excludeCodes = excludeCodes == null ? Set.of() : Set.copyOf(excludeCodes);
    }
  }
}
