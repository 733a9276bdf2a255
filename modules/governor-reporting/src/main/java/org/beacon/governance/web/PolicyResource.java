package org.beacon.governance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.beacon.governance.application.PolicyRegister;
import org.beacon.governance.application.PolicyRegister.NewPolicy;
import org.beacon.governance.application.PolicyRegister.StoredFile;
import org.beacon.governance.application.PolicyRegister.SubmittedVersion;
import org.beacon.governance.application.PolicyView;
import org.beacon.platform.api.Caller;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/governance/policies}: the policy register, every version of every policy. */
@Path("governance/policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

  @Inject PolicyRegister register;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  public List<PolicyView> list() {
    return register.list(caller);
  }

  @APIResponse(
      responseCode = "201",
      description = "The policy, added to the register; Location is its address",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PolicyView.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewPolicy policy) {
    PolicyView created = register.create(caller, policy);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  public PolicyView get(@PathParam("id") long id) {
    return register.get(caller, id);
  }

  @GET
  @Path("{id}/versions")
  public List<PolicyView.Version> versions(@PathParam("id") long id) {
    return register.get(caller, id).versions();
  }

  /** A new version, text or file; it goes to the governing body for approval. */
  @APIResponse(
      responseCode = "201",
      description = "The version, waiting for approval; Location is its address",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PolicyView.Version.class)))
  @POST
  @Path("{id}/versions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(@PathParam("id") long id, SubmittedVersion version) {
    PolicyView.Version created = register.submit(caller, id, version);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.number())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}/versions/{number}")
  public PolicyView.Version version(@PathParam("id") long id, @PathParam("number") int number) {
    return register.version(caller, id, number);
  }

  /** The version's document: the uploaded file, or the text as a text file. */
  @APIResponse(
      responseCode = "200",
      description = "The version's file as uploaded, with its own content type",
      content =
          @Content(
              mediaType = "*/*",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @GET
  @Path("{id}/versions/{number}/file")
  @Produces(MediaType.WILDCARD)
  public Response file(@PathParam("id") long id, @PathParam("number") int number) {
    StoredFile file = register.file(caller, id, number);
    return Response.ok(file.bytes(), file.contentType())
        .header(
            "Content-Disposition", "attachment; filename=\"" + file.name().replace("\"", "") + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
