package org.beacon.platform.models;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.util.List;
import org.beacon.platform.api.Caller;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/models}: the designer's API, for administrators. Lists deployed processes and
 * decisions with their versions, hands out a version's XML, and validates and deploys models sent
 * as {@code {"name", "type": "bpmn"|"dmn", "xml"}}.
 */
@Path("models")
@RequestScoped
public class ModelsResource {

  @Inject ModelLibrary library;
  @Inject Caller caller;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<DeployedModel> list() {
    return library.list(caller);
  }

  /**
   * The model XML of one version ({@code version}: a number or {@code latest}). Always answered as
   * {@code application/xml}, whatever the client accepts; errors are JSON as everywhere.
   */
  @APIResponse(
      responseCode = "200",
      description = "The model's XML",
      content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
  @GET
  @Path("{type}/{key}/versions/{version}/xml")
  public Response xml(
      @PathParam("type") String type,
      @PathParam("key") String key,
      @PathParam("version") String version) {
    byte[] xml = library.xml(caller, type, key, version);
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(xml, MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
        .cacheControl(noStore)
        .build();
  }

  @POST
  @Path("validate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public ValidationReport validate(InputStream body) {
    return library.validate(caller, read(body, "validate"));
  }

  /** 201 with the new version, or 200 when the model was unchanged and no version was created. */
  @APIResponse(
      responseCode = "201",
      description = "Deployed: the new versions; Location is its address",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = DeployOutcome.class)))
  @APIResponse(
      responseCode = "200",
      description = "Nothing changed: the models were already deployed as they are",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = DeployOutcome.class)))
  @POST
  @Path("deploy")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response deploy(InputStream body) {
    DeployOutcome outcome = library.deploy(caller, read(body, "deploy"));
    if (!outcome.created()) {
      return Response.ok(outcome).build();
    }
    DeployedDefinition first = outcome.definitions().get(0);
    return Response.created(
            UriBuilder.fromResource(ModelsResource.class)
                .path("{type}/{key}/versions/{version}/xml")
                .build(first.type(), first.key(), first.version()))
        .entity(outcome)
        .build();
  }

  private ModelSubmission read(InputStream body, String action) {
    // Who may send a model is checked before the body is read.
    library.requireAdmin(caller, action, null);
    return ModelSubmission.read(body, library.rules().maxBytes());
  }
}
