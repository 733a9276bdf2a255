package org.beacon.filtering.domain;

import java.util.List;
import java.util.Optional;

/** The filtering reviews, kept for governor reporting. */
public interface FilteringReviewRepository {

  FilteringReview add(FilteringReview review);

  Optional<FilteringReview> find(long id);

  Optional<FilteringReview> findByReference(String reference);

  /** Reviews, newest first. */
  List<FilteringReview> list(int first, int max);

  /** The most recently signed review, if any. */
  Optional<FilteringReview> lastSigned();
}
