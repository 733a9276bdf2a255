package org.beacon.filtering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.beacon.filtering.application.CheckRow;
import org.beacon.filtering.application.FilteringChecks;
import org.beacon.filtering.application.RecordCheck;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.PageRequest;
import org.beacon.platform.api.SchoolTime;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/filtering/checks}: the log of filtering checks. */
@Path("filtering/checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FilteringCheckResource {

  @Inject FilteringChecks checks;
  @Inject Caller caller;
  @Context UriInfo uri;

  @APIResponse(
      responseCode = "201",
      description = "The check as recorded; Location is its address",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CheckRow.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(RecordCheck check) {
    CheckRow stored = checks.record(caller, check);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build())
        .entity(stored)
        .build();
  }

  /** Checks done from {@code from} to {@code to} (school days, both included), newest first. */
  @GET
  public List<CheckRow> list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    FieldErrors errors = new FieldErrors();
    Instant fromDay = SchoolTime.startOfDay(from, "from", errors);
    Instant toDay = SchoolTime.endOfDay(to, "to", errors);
    PageRequest paging = PageRequest.of(page, size, errors);
    errors.throwIfAny("Invalid checks query");
    return checks.list(caller, fromDay, toDay, paging.page(), paging.size());
  }
}
