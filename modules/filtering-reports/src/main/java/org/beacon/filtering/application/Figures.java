package org.beacon.filtering.application;

import org.beacon.filtering.domain.ReviewFigures;

/** Counts of the filtering work over a period: no report's content, no name. */
public record Figures(
    long reportsUnderblocking,
    long reportsOverblocking,
    long reportsToAuthorities,
    long changesApplied,
    long changesRejected,
    long rulesBlocking,
    long rulesAllowing,
    long checksPassed,
    long checksFailed,
    long logReviews) {

  public static Figures of(ReviewFigures f) {
    return new Figures(
        f.reportsUnderblocking(),
        f.reportsOverblocking(),
        f.reportsToAuthorities(),
        f.changesApplied(),
        f.changesRejected(),
        f.rulesBlocking(),
        f.rulesAllowing(),
        f.checksPassed(),
        f.checksFailed(),
        f.logReviews());
  }
}
