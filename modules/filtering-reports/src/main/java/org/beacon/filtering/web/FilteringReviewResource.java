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
import org.beacon.filtering.application.Figures;
import org.beacon.filtering.application.FilteringCase;
import org.beacon.filtering.application.FilteringReviews;
import org.beacon.filtering.application.ReviewDetail;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseCreated;
import org.beacon.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/filtering/reviews}: reviews of the filtering provision, started by the timer or on
 * demand, signed off by a governor; and {@code /api/filtering/summary}, the counts since the last
 * one.
 */
@Path("filtering")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FilteringReviewResource {

  @Inject FilteringReviews reviews;
  @Inject Caller caller;
  @Context UriInfo uri;

  @APIResponse(
      responseCode = "201",
      description = "A filtering review has started: its id and reference; Location is its address",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CaseCreated.class)))
  @POST
  @Path("reviews")
  public Response request() {
    FilteringCase review = reviews.requestReview(caller);
    return CaseCreated.response(uri, review.reference(), review.id(), review.reference());
  }

  @GET
  @Path("reviews")
  public List<ReviewDetail> list(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    PageRequest paging = PageRequest.of(page, size);
    return reviews.list(caller, paging.page(), paging.size());
  }

  @GET
  @Path("reviews/{id}")
  public ReviewDetail get(@PathParam("id") String id) {
    return reviews.get(caller, id.toUpperCase(Locale.ROOT));
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
}
