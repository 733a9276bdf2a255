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
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Role;
import org.beacon.platform.web.ApiError;
import org.beacon.platform.web.ErrorMapper;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/session}: the browser's sign-in. {@code POST} with username and password opens a
 * session, {@code GET} says who is signed in, {@code DELETE} signs out. For someone enrolled in
 * two-factor sign-in the password answers {@code {"secondFactorRequired": true}} and signs nobody
 * in yet; {@code POST /api/session/second-factor} with a code completes the sign-in.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject SecurityContext security;
  @Inject AuditLog audit;
  @Inject Directory directory;
  @Inject TwoFactorEnrolments twoFactor;
  @Inject SignInThrottle throttle;
  @Inject SignOuts signOuts;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @APIResponse(
      responseCode = "200",
      description =
          "Signed in: the session (username, display name, roles), or {\"secondFactorRequired\": true} when a two-factor code must follow")
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
    if (status != AuthenticationStatus.SUCCESS
        && request.getAttribute(BeaconAuthenticationMechanism.SECOND_FACTOR_PENDING) != null) {
      audit.allowed(
          "sign-in-password",
          "session",
          username,
          "password accepted; waiting for the second factor");
      return Response.ok(Json.createObjectBuilder().add("secondFactorRequired", true).build())
          .build();
    }
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

  /**
   * The second step of a sign-in whose password was accepted: a six-digit code from the
   * authenticator app or a recovery code. A wrong code counts as a failed sign-in (throttled and
   * audited like a wrong password); the waiting sign-in lasts {@link #PENDING_FOR}.
   */
  @APIResponse(
      responseCode = "200",
      description = "Signed in: the session (username, display name, roles)")
  @POST
  @Path("second-factor")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response secondFactor(JsonObject body) {
    String code = text(body, "code");
    if (code.isEmpty()) {
      throw BeaconProblem.invalid(
          "Enter the code from your authenticator app, or a recovery code",
          Map.of("code", "is required"));
    }
    HttpSession session = request.getSession(false);
    String username = pendingUser(session);
    if (username == null) {
      audit.denied(
          "sign-in",
          "session",
          null,
          "second factor without a password accepted first (from " + request.getRemoteAddr() + ")");
      return ErrorMapper.respond(
          ApiError.of(401, "Sign in with your username and password first; then enter the code"));
    }
    String address = request.getRemoteAddr();
    SignInThrottle.Standing standing = throttle.check(username, address);
    if (!standing.allowed()) {
      throttle.refused(username, address, standing, "second factor");
      long wait = standing.retryAfterSeconds(throttle.now());
      int status = standing.verdict() instanceof SignInLimit.Verdict.Locked ? 423 : 429;
      return Response.fromResponse(
              ErrorMapper.respond(
                  ApiError.of(
                      status,
                      status == 423
                          ? "This account is locked after too many failed sign-ins. Try again later, or ask an administrator to unlock it"
                          : "Too many failed sign-ins. Wait " + wait + " s before trying again")))
          .header("Retry-After", wait)
          .build();
    }
    Optional<BeaconUser> user = directory.find(username).filter(BeaconUser::enabled);
    TwoFactorEnrolments.Proof proof =
        user.map(u -> twoFactor.verify(u, code)).orElse(TwoFactorEnrolments.Proof.NONE);
    if (proof == TwoFactorEnrolments.Proof.NONE) {
      throttle.failed(username, address, "second factor");
      return ErrorMapper.respond(
          new ApiError(
              401,
              ApiError.reason(401),
              "That code is not right",
              Map.of(
                  "code",
                  "is not a current code from your authenticator app, or an unused recovery code")));
    }
    throttle.succeeded(username, standing);
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new SecondFactorProof(username))
                .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      return ErrorMapper.respond(
          ApiError.of(401, "Sign in with your username and password first; then enter the code"));
    }
    audit.allowed(
        "sign-in",
        "session",
        username,
        proof == TwoFactorEnrolments.Proof.TOTP ? "with a one-time code" : "with a recovery code");
    return Response.ok(whoAmI()).build();
  }

  /** How long a sign-in whose password was accepted waits for its code. */
  static final Duration PENDING_FOR = Duration.ofMinutes(5);

  private String pendingUser(HttpSession session) {
    if (session == null
        || !(session.getAttribute(BeaconAuthenticationMechanism.PENDING_USER)
            instanceof String username)
        || !(session.getAttribute(BeaconAuthenticationMechanism.PENDING_SINCE)
            instanceof Instant since)) {
      return null;
    }
    if (since.plus(PENDING_FOR).isBefore(throttle.now())) {
      session.invalidate();
      return null;
    }
    return username;
  }

  @GET
  public JsonObject current() {
    if (security.getCallerPrincipal() == null) {
      throw BeaconProblem.unauthenticated();
    }
    return whoAmI();
  }

  @APIResponse(responseCode = "204", description = "Signed out")
  @DELETE
  public Response signOut() throws ServletException {
    if (security.getCallerPrincipal() != null) {
      audit.allowed("sign-out", "session", security.getCallerPrincipal().getName());
    }
    if (request.getSession(false) != null) {
      // Every node's copy of the session ends too, not only this node's.
      signOuts.signedOut(request.getSession(false));
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
    directory
        .find(security.getCallerPrincipal().getName())
        .ifPresent(
            user -> {
              json.add("displayName", user.displayName())
                  .add(
                      "mustChangePassword",
                      user.mustChangePassword()
                          && !SchoolSignInResource.signedInAtProvider(request));
              boolean enrolled = twoFactor.enrolled(user);
              boolean required = TwoFactorRule.required(user.roles());
              json.add(
                  "twoFactor",
                  Json.createObjectBuilder()
                      .add("enrolled", enrolled)
                      .add("required", required)
                      .add(
                          "enrolmentRequired",
                          required
                              && !enrolled
                              && !TwoFactor.satisfied(request.getSession(false))));
            });
    if (TwoFactor.satisfied(request.getSession(false))) {
      // A code at this sign-in, or the school's identity provider asked for a second factor.
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
