package org.beacon.filtering.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The change requests' storage; the applied ones are the school's filtering rules. */
public interface FilteringChangeRequestRepository {

  /** Stores a new change request and gives it its number (and so its reference). */
  FilteringChangeRequest add(FilteringChangeRequest request);

  Optional<FilteringChangeRequest> find(long id);

  Optional<FilteringChangeRequest> findByReference(String reference);

  /** Change requests, newest first; {@code status} null for all. */
  List<FilteringChangeRequest> list(ChangeStatus status, int first, int max);

  /** Every change in force (applied or verified), oldest application first. */
  List<FilteringChangeRequest> inForce();

  /**
   * How many change requests reached each status since {@code since} (null: ever), by decision
   * time.
   */
  Map<ChangeStatus, Long> countDecidedSince(Instant since);
}
