package org.beacon.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/users/me/tokens}: one's own personal API tokens. {@code POST {"name",
 * "expiresInDays"}} answers the token once; {@code GET} lists them (never the token); {@code DELETE
 * /{id}} revokes one. A token cannot make another token: a leaked one must not be able to outlive
 * its own expiry.
 */
@Path("users/me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiTokenResource {

  @Inject ApiTokens tokens;
  @Inject AuditLog audit;
  @Inject Caller caller;
  @Context HttpServletRequest request;

  @GET
  public List<ApiTokens.TokenView> list() {
    List<ApiTokens.TokenView> mine = tokens.list(caller.username());
    audit.allowed("list", ApiTokens.RESOURCE, null, "own, " + mine.size() + " found");
    return mine;
  }

  @APIResponse(
      responseCode = "201",
      description = "The token (shown once) and its details; Location is its address",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiTokens.Created.class)))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObject body) {
    if (request.getAttribute(BeaconAuthenticationMechanism.BY_API_TOKEN) != null) {
      audit.denied("create", ApiTokens.RESOURCE, null, "asked with an API token");
      throw BeaconProblem.forbidden(
          "An API token cannot make another one: sign in to Beacon to make a token");
    }
    JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    String name = b.get("name") instanceof JsonString s ? s.getString() : null;
    Object days =
        b.get("expiresInDays") instanceof JsonNumber n
                && n.isIntegral()
                && n.bigIntegerValue().bitLength() < 31
            ? (Object) n.intValue()
            : b.get("expiresInDays");
    ApiTokens.Created created = tokens.create(caller.username(), name, days);
    return Response.status(201).header("Cache-Control", "no-store").entity(created).build();
  }

  @APIResponse(responseCode = "204", description = "Revoked")
  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") String id) {
    long tokenId;
    try {
      tokenId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      audit.denied(
          "revoke",
          ApiTokens.RESOURCE,
          id.length() > 40 ? id.substring(0, 40) : id,
          "not a token id");
      throw BeaconProblem.notFound("You have no such token");
    }
    tokens.revoke(caller.username(), tokenId);
    return Response.noContent().build();
  }
}
