package org.beacon.filtering.domain;

import java.time.Instant;
import java.util.List;

/** The log of filtering checks. */
public interface FilteringCheckRepository {

  FilteringCheck add(FilteringCheck check);

  /** Checks done in [from, to), newest first; null bounds are open. */
  List<FilteringCheck> list(Instant from, Instant to, int first, int max);

  /**
   * How many checks done at or after {@code since} (null: ever) passed ({@code true}) and failed.
   */
  long count(Instant since, boolean passed);
}
