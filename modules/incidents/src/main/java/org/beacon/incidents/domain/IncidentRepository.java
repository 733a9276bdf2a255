package org.beacon.incidents.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The incident log's storage. */
public interface IncidentRepository {

  /** Stores a new incident and gives it its number (and so its reference). */
  Incident add(Incident incident);

  Optional<Incident> find(long id);

  /**
   * Makes a change that may move the governor figures (classification, involvement, status,
   * immediate risk, triage, close). Storage that keeps the figures per day moves them in the
   * transaction of the change; every such change goes through here.
   */
  default void change(Incident incident, Consumer<Incident> change) {
    change.accept(incident);
  }

  Optional<Incident> findByReference(String reference);

  /** Incidents matching the query, newest first. */
  List<Incident> search(IncidentQuery query, int first, int max);

  /** Incidents involving the pupil, oldest first. */
  List<Incident> involvingPupil(String pupilReference);

  /** Incidents involving the member of staff (username or name), oldest first. */
  List<Incident> involvingStaff(String staffReference);

  /**
   * What the incident log is asked for; null means any.
   *
   * @param reportedBy only incidents this user reported
   * @param status only this status
   * @param classification only this classification
   * @param incidentType only this type
   * @param from reported at or after
   * @param to reported before
   * @param excludeStaffUsername leave out incidents naming this user as staff involved
   * @param excludeIds leave out these incidents (those naming the reader by any name that may mean
   *     them)
   */
  record IncidentQuery(
      String reportedBy,
      IncidentStatus status,
      Classification classification,
      String incidentType,
      Instant from,
      Instant to,
      String excludeStaffUsername,
      Set<Long> excludeIds) {

    public IncidentQuery {
      excludeIds = excludeIds == null ? Set.of() : Set.copyOf(excludeIds);
    }
  }
}
