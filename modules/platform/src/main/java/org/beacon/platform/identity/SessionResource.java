package org.beacon.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Role;
import org.beacon.platform.web.ApiError;
import org.beacon.platform.web.ErrorMapper;

/**
 * {@code /api/session}: the browser's sign-in. {@code POST} with username and password opens a
 * session, {@code GET} says who is signed in, {@code DELETE} signs out.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject SecurityContext security;
  @Inject AuditLog audit;
  @Inject Directory directory;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response signIn(JsonObject body) {
    String username = text(body, "username");
    String password = raw(body, "password");
    Map<String, String> missing = new LinkedHashMap<>();
    if (username.isEmpty()) {
      missing.put("username", "is required");
    }
    if (password.isEmpty()) {
      missing.put("password", "is required");
    }
    if (!missing.isEmpty()) {
      throw BeaconProblem.invalid("Enter your username and password", missing);
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, password))
                .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      // The throttle has audited the failure (and counted it, unless it refused the attempt).
      if (request.getAttribute(BeaconAuthenticationMechanism.SIGN_IN_REFUSAL)
          instanceof BeaconAuthenticationMechanism.Refusal refusal) {
        return Response.fromResponse(ErrorMapper.respond(refusal.error()))
            .header("Retry-After", refusal.retryAfterSeconds())
            .build();
      }
      return ErrorMapper.respond(ApiError.of(401, "Invalid username or password"));
    }
    audit.allowed("sign-in", "session", username);
    return Response.ok(whoAmI()).build();
  }

  @GET
  public JsonObject current() {
    if (security.getCallerPrincipal() == null) {
      throw BeaconProblem.unauthenticated();
    }
    return whoAmI();
  }

  @DELETE
  public Response signOut() throws ServletException {
    if (security.getCallerPrincipal() != null) {
      audit.allowed("sign-out", "session", security.getCallerPrincipal().getName());
    }
    request.logout();
    if (request.getSession(false) != null) {
      request.getSession(false).invalidate();
    }
    return Response.noContent().build();
  }

  private JsonObject whoAmI() {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    for (Role role : Role.values()) {
      if (security.isCallerInRole(role.id())) {
        roles.add(role.id());
      }
    }
    var json =
        Json.createObjectBuilder()
            .add("username", security.getCallerPrincipal().getName())
            .add("roles", roles);
    directory.find(security.getCallerPrincipal().getName()).ifPresent(user -> json
        .add("displayName", user.displayName())
        .add("mustChangePassword", user.mustChangePassword() && !SchoolSignInResource.signedInAtProvider(request)));
    if (request.getSession(false) != null
        && Boolean.TRUE.equals(request.getSession(false).getAttribute(SchoolSignInResource.SECOND_FACTOR))) {
      // The school's identity provider asked for a second factor at this sign-in.
      json.add("secondFactor", true);
    }
    String token = CsrfGuard.tokenOf(request.getSession(false));
    if (token != null) {
      json.add("csrfToken", token);
    }
    return json.build();
  }

  private static String text(JsonObject body, String key) {
    return raw(body, key).trim();
  }

  private static String raw(JsonObject body, String key) {
    if (body == null) {
      return "";
    }
    JsonValue value = body.get(key);
    return value instanceof JsonString s ? s.getString() : "";
  }
}
