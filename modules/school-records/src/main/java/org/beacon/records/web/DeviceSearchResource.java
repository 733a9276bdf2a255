package org.beacon.records.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.beacon.platform.api.Caller;
import org.beacon.records.application.DeviceSearches;
import org.beacon.records.application.DeviceSearches.NewSearch;
import org.beacon.records.application.DeviceSearches.SearchView;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/records/device-searches}: requests to search a pupil's device and their record. Read
 * by the member of staff who asked, the head and the DSL only.
 */
@Path("records/device-searches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeviceSearchResource {

  @Inject DeviceSearches searches;
  @Inject Caller caller;

  /** Any member of staff asks for a search; the head decides (a task). */
  @POST
  @APIResponse(
      responseCode = "201",
      description = "The search asked for; the head decides",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SearchView.class)))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response request(NewSearch request) {
    return Response.status(Response.Status.CREATED)
        .entity(searches.request(caller, request))
        .build();
  }

  /** Every search for the head and the DSL; one's own for anyone else. */
  @GET
  public List<SearchView> list() {
    return searches.list(caller);
  }

  @GET
  @Path("{id: [0-9]+}")
  public SearchView get(@PathParam("id") long id) {
    return searches.get(caller, id);
  }
}
