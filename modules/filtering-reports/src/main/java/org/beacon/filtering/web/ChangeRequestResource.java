package org.beacon.filtering.web;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.beacon.filtering.application.ChangeRequestDetail;
import org.beacon.filtering.application.ChangeRequests;
import org.beacon.filtering.application.FilteringCase;
import org.beacon.filtering.application.ProposeChange;
import org.beacon.filtering.domain.ChangeStatus;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.CaseCreated;
import org.beacon.platform.api.FieldErrors;
import org.beacon.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/filtering/change-requests}: technical staff propose a block or allow change; the
 * approval by a second person, the application and the verification are tasks under {@code
 * /api/tasks}.
 */
@Path("filtering/change-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChangeRequestResource {

  @Inject ChangeRequests requests;
  @Inject Caller caller;
  @Context UriInfo uri;

  @APIResponse(
      responseCode = "201",
      description =
          "Proposed: its id and reference; it waits for a DSL's approval; Location is its address",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CaseCreated.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(ProposeChange change) {
    FilteringCase request = requests.propose(caller, change);
    return CaseCreated.response(uri, request.reference(), request.id(), request.reference());
  }

  @GET
  public List<ChangeRequestDetail> list(
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    FieldErrors errors = new FieldErrors();
    ChangeStatus wanted =
        errors.lookup(
            status,
            "status",
            s ->
                Arrays.stream(ChangeStatus.values())
                    .filter(v -> v.id().equals(s.toLowerCase(Locale.ROOT)))
                    .findFirst(),
            "proposed, approved, rejected, applied or verified");
    PageRequest paging = PageRequest.of(page, size, errors);
    errors.throwIfAny("Invalid change request query");
    return requests.list(caller, wanted, paging.page(), paging.size());
  }

  @GET
  @Path("{id}")
  public ChangeRequestDetail get(@PathParam("id") String id) {
    return requests.get(caller, id.toUpperCase(Locale.ROOT));
  }
}
