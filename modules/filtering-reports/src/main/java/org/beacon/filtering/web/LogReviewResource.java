package org.beacon.filtering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.beacon.filtering.application.LogReviewDetail;
import org.beacon.filtering.application.LogReviews;
import org.beacon.platform.api.Caller;

/**
 * {@code /api/filtering/log-reviews/{reference}}: a user's flagged web use on a day, for the DSL.
 */
@Path("filtering/log-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LogReviewResource {

  @Inject LogReviews reviews;
  @Inject Caller caller;

  @GET
  @Path("{id}")
  public LogReviewDetail get(@PathParam("id") String id) {
    return reviews.get(caller, id.toUpperCase(Locale.ROOT));
  }
}
