package org.beacon.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/users/me/two-factor}: one's own two-factor sign-in. {@code GET} says where one
 * stands, {@code POST} starts enrolment (a new secret, its {@code otpauth://} URI and QR code),
 * {@code POST …/confirmation} with the first code finishes it and answers the ten recovery codes,
 * shown this once. Open to everyone signed in, including someone held back until they enrol.
 */
@Path("users/me/two-factor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TwoFactorResource {

  @Inject TwoFactorEnrolments enrolments;
  @Inject Directory directory;
  @Inject AuditLog audit;
  @Inject Caller caller;
  @Context HttpServletRequest request;

  @GET
  public TwoFactorEnrolments.Status status() {
    BeaconUser me = directory.find(caller.username()).orElseThrow(BeaconProblem::unauthenticated);
    TwoFactorEnrolments.Status status = enrolments.status(me);
    audit.allowed("read", TwoFactorEnrolments.RESOURCE, caller.username(), "own");
    return status;
  }

  @APIResponse(
      responseCode = "200",
      description = "A new secret to enrol in an authenticator app",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TwoFactorEnrolments.Started.class)))
  @POST
  public Response start() {
    return Response.ok(enrolments.start(caller.username()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @APIResponse(
      responseCode = "200",
      description =
          "Enrolled: {\"enrolled\": true, \"recoveryCodes\": [...]} (the recovery codes are shown once)")
  @POST
  @Path("confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response confirm(JsonObject body) {
    String code =
        body != null && body.get("code") instanceof JsonString s ? s.getString().trim() : "";
    if (code.isEmpty()) {
      throw BeaconProblem.invalid(
          "Enter the six-digit code your authenticator app shows", Map.of("code", "is required"));
    }
    List<String> recovery = enrolments.confirm(caller.username(), code);
    // The code just given proves the second factor for this session too.
    HttpSession session = request.getSession(false);
    if (session != null
        && caller
            .username()
            .equals(session.getAttribute(BeaconAuthenticationMechanism.SESSION_USER))) {
      session.setAttribute(TwoFactor.SESSION_SATISFIED, Boolean.TRUE);
    }
    JsonArrayBuilder codes = Json.createArrayBuilder();
    recovery.forEach(codes::add);
    JsonObject answer =
        Json.createObjectBuilder().add("enrolled", true).add("recoveryCodes", codes).build();
    return Response.ok(answer).header("Cache-Control", "no-store").build();
  }
}
