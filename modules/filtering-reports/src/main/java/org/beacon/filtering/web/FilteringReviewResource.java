package org.beacon.filtering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.beacon.filtering.application.FilteringReviews;
import org.beacon.filtering.domain.FilteringReview;
import org.beacon.platform.api.CaseHistory;
import org.beacon.platform.api.CaseCreated;
import org.beacon.platform.api.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/filtering/reviews}: reviews of the filtering provision, started by the timer or on
 * demand, signed off by a governor; and {@code /api/filtering/summary}, the counts since the last one.
 */
@Path("filtering")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FilteringReviewResource {

  @Inject FilteringReviews reviews;
  @Inject Caller caller;
  @Context UriInfo uri;

  /** A review: figures, checklists and sign-off; the chronology for those who work reviews. */
  public record ReviewDetail(
      long id,
      String reference,
      String status,
      Instant startedAt,
      String requestedBy,
      Instant periodFrom,
      Figures figures,
      Boolean rulesDocumented,
      String providerEffectiveness,
      String technicalNotes,
      Boolean checksReviewed,
      Boolean reportsReviewed,
      String findings,
      String actionsAgreed,
      String signedBy,
      Instant signedAt,
      String governorComments,
      List<CaseHistory.Step> chronology) {}

  @APIResponse(responseCode = "201", description = "A filtering review has started: its id and reference; Location is its address", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseCreated.class)))
  @POST
  @Path("reviews")
  public Response request() {
    FilteringReview review = reviews.requestReview(caller);
    return CaseCreated.response(uri, review.reference(), review.id(), review.reference());
  }

  @GET
  @Path("reviews")
  public List<ReviewDetail> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    Paging paging = Paging.of(page, size);
    return reviews.list(caller, paging.page(), paging.size()).stream().map(r -> detail(r, null)).toList();
  }

  @GET
  @Path("reviews/{id}")
  public ReviewDetail get(@PathParam("id") String id) {
    FilteringReviews.Seen seen = reviews.get(caller, id.toUpperCase(Locale.ROOT));
    return detail(seen.review(), seen.chronology().isEmpty() ? null : seen.chronology());
  }

  /**
   * The counts since the last signed review.
   *
   * @param since that review's sign-off; absent when there has been none
   * @param lastReview its reference
   */
  public record SummaryView(Instant since, String lastReview, Figures figures) {}

  @GET
  @Path("summary")
  public SummaryView summary() {
    FilteringReviews.Summary summary = reviews.summary(caller);
    return new SummaryView(summary.since(), summary.lastReview(), Figures.of(summary.figures()));
  }

  private static ReviewDetail detail(FilteringReview r, List<CaseHistory.Step> chronology) {
    return new ReviewDetail(
        r.id(), r.reference(), r.status().name().toLowerCase(Locale.ROOT), r.startedAt(), r.requestedBy(),
        r.periodFrom(), Figures.of(r.figures()), r.rulesDocumented(), r.providerEffectiveness(), r.technicalNotes(),
        r.checksReviewed(), r.reportsReviewed(), r.findings(), r.actionsAgreed(), r.signedBy(), r.signedAt(),
        r.governorComments(), chronology);
  }
}
