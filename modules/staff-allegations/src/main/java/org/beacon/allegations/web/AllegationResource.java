package org.beacon.allegations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.beacon.allegations.application.AllegationDetail;
import org.beacon.allegations.application.AllegationRaising;
import org.beacon.allegations.application.AllegationRecords;
import org.beacon.allegations.application.AllegationSummary;
import org.beacon.allegations.application.RaiseAllegation;
import org.beacon.allegations.application.RaisedAllegation;
import org.beacon.allegations.domain.AllegationStatus;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseCreated;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.PageRequest;
import org.beacon.platform.api.SchoolTime;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/allegations}: raise an allegation against a member of staff (anyone signed in), and
 * read the allegations the caller needs to know about. The human tasks of each case are worked
 * through {@code /api/tasks}.
 */
@Path("allegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AllegationResource {

  @Inject AllegationRaising raising;
  @Inject AllegationRecords records;
  @Inject Caller caller;
  @Context UriInfo uri;

  @APIResponse(
      responseCode = "201",
      description =
          "Raised: its reference (ids of allegations are never shown); Location is its address",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CaseCreated.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response raise(RaiseAllegation request) {
    RaisedAllegation allegation = raising.raise(caller, request);
    return CaseCreated.response(uri, allegation.reference(), null, allegation.reference());
  }

  @GET
  public List<AllegationSummary> list(
      @QueryParam("status") String status,
      @QueryParam("accused") String accused,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    FieldErrors errors = new FieldErrors();
    AllegationStatus wantedStatus = errors.enumValue(status, AllegationStatus.class, "status");
    Instant fromDay = SchoolTime.startOfDay(from, "from", errors);
    Instant toDay = SchoolTime.endOfDay(to, "to", errors);
    PageRequest paging = PageRequest.of(page, size, errors);
    errors.throwIfAny("Invalid allegations query");
    AllegationRecords.Filter filter =
        new AllegationRecords.Filter(
            wantedStatus,
            accused == null || accused.isBlank() ? null : accused.trim(),
            fromDay,
            toDay);
    return records.list(caller, filter, paging.page(), paging.size());
  }

  @GET
  @Path("{id}")
  public AllegationDetail get(@PathParam("id") String id) {
    return records.get(caller, id);
  }
}
