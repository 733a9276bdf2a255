package org.beacon.records.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.beacon.platform.api.Caller;
import org.beacon.records.application.Connections;
import org.beacon.records.application.Connections.ConnectionView;
import org.beacon.records.application.Connections.NewConnection;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/records/connections}: family or social connections staff declare with pupils. Staff
 * read their own; the head and the DSL everyone's, per pupil.
 */
@Path("records/connections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionResource {

  @Inject Connections connections;
  @Inject Caller caller;

  /** Any member of staff declares a connection; the head acknowledges it (a task). */
  @POST
  @APIResponse(
      responseCode = "201",
      description = "The declaration; the head acknowledges it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConnectionView.class)))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response declare(NewConnection declaration) {
    return Response.status(Response.Status.CREATED)
        .entity(connections.declare(caller, declaration))
        .build();
  }

  /** The caller's own declarations. */
  @GET
  @Path("mine")
  public List<ConnectionView> mine() {
    return connections.mine(caller);
  }

  /**
   * For the head and the DSL: every declaration, or those about one pupil (what the DSL checks
   * whenever a case involves the pupil).
   */
  @GET
  public List<ConnectionView> all(@QueryParam("pupil") String pupil) {
    return connections.all(caller, pupil);
  }
}
