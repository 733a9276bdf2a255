package org.beacon.filtering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.beacon.filtering.application.LogReviews;
import org.beacon.filtering.domain.FlaggedLine;
import org.beacon.filtering.domain.LogReview;
import org.beacon.platform.api.Caller;

/** {@code /api/filtering/log-reviews/{reference}}: a user's flagged web use on a day, for the DSL. */
@Path("filtering/log-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LogReviewResource {

  @Inject LogReviews reviews;
  @Inject Caller caller;

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
      List<Line> lines) {}

  /**
   * One flagged request.
   *
   * @param reason watched-domain, watched-category or repeated-blocks
   * @param matched the domain, category or threshold that flagged it
   */
  public record Line(
      long line, Instant at, String client, String url, boolean blocked, String category, String reason, String matched) {}

  @GET
  @Path("{id}")
  public LogReviewDetail get(@PathParam("id") String id) {
    LogReviews.Seen seen = reviews.get(caller, id.toUpperCase(Locale.ROOT));
    LogReview r = seen.review();
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
        seen.lines().stream().map(LogReviewResource::line).toList());
  }

  private static Line line(FlaggedLine l) {
    return new Line(
        l.lineNumber(), l.requestedAt(), l.client(), l.url(), l.blocked(), l.category(), l.reason().id(), l.matched());
  }
}
