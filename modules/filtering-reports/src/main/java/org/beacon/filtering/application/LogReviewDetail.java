package org.beacon.filtering.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.beacon.filtering.domain.FlaggedLine;
import org.beacon.filtering.domain.LogReview;

/** The review and the lines kept for it. */
public record LogReviewDetail(
    long id,
    String reference,
    String user,
    LocalDate day,
    String status,
    long flagged,
    int kept,
    String outcome,
    String actionTaken,
    String reviewedBy,
    Instant reviewedAt,
    List<Line> lines) {

  /**
   * One flagged request.
   *
   * @param reason watched-domain, watched-category or repeated-blocks
   * @param matched the domain, category or threshold that flagged it
   */
  public record Line(
      long line,
      Instant at,
      String client,
      String url,
      boolean blocked,
      String category,
      String reason,
      String matched) {}

  static LogReviewDetail of(LogReview r, List<FlaggedLine> lines) {
    return new LogReviewDetail(
        r.id(),
        r.reference(),
        r.userName(),
        r.day(),
        r.status(),
        r.flaggedCount(),
        r.storedCount(),
        r.outcome(),
        r.actionTaken(),
        r.reviewedBy(),
        r.reviewedAt(),
        lines.stream().map(LogReviewDetail::line).toList());
  }

  private static Line line(FlaggedLine l) {
    return new Line(
        l.lineNumber(),
        l.requestedAt(),
        l.client(),
        l.url(),
        l.blocked(),
        l.category(),
        l.reason().id(),
        l.matched());
  }
}
