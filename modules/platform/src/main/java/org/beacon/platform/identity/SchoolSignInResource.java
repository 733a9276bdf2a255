package org.beacon.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.beacon.platform.api.AuditLog;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/session/oidc}: sign-in with the school's identity provider (OpenID Connect
 * authorization code flow), beside password sign-in.
 *
 * <ul>
 *   <li>{@code GET /api/session/oidc}: whether single sign-on is offered, and under what name (the
 *       sign-in page asks before anyone is signed in);
 *   <li>{@code GET /api/session/oidc/start}: sends the browser to the provider;
 *   <li>{@code GET /api/session/oidc/callback}: the provider sends it back here; a person the
 *       directory knows gets the session a password sign-in gives, anyone else a refusal page.
 * </ul>
 *
 * <p>All three are open to anyone (web.xml): signing in must be possible before one is signed in.
 */
@Path("session/oidc")
@RequestScoped
public class SchoolSignInResource {

  /** The cookie that ties a sign-in under way to the browser that started it. */
  static final String BROWSER_COOKIE = "BEACON_SSO";

  /**
   * Session attribute set when the provider's own sign-in used a second factor; the two-factor rule
   * counts it as Beacon's own second factor.
   */
  public static final String SECOND_FACTOR = TwoFactor.SESSION_SATISFIED;

  /**
   * Session attribute naming the person who signed in at the school's identity provider rather than
   * with a password.
   */
  static final String PROVIDER_SIGN_IN = "beacon.providerSignIn";

  private static final Logger LOG = Logger.getLogger(SchoolSignInResource.class.getName());

  @Inject PendingSignIns pending;
  @Inject SchoolIdentityProvider provider;
  @Inject SchoolAccounts accounts;
  @Inject AuditLog audit;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject options() {
    Optional<SchoolSignInSettings> settings = SchoolSignInSettings.current();
    audit.allowed(
        "read",
        "sign-in-options",
        null,
        settings.isPresent() ? "single sign-on offered" : "passwords only");
    JsonObjectBuilder json = Json.createObjectBuilder().add("enabled", settings.isPresent());
    settings.ifPresent(
        s -> json.add("name", s.providerName()).add("start", "api/session/oidc/start"));
    return json.build();
  }

  @APIResponse(responseCode = "303", description = "To the school's identity provider")
  @GET
  @Path("start")
  public Response start() {
    Optional<SchoolSignInSettings> configured = SchoolSignInSettings.current();
    if (configured.isEmpty()) {
      audit.denied("sign-in-start", "session", null, "single sign-on is not configured");
      return SignInRefusalPage.of(
          404,
          "Single sign-on is not set up",
          "This Beacon signs people in with a username and password only.");
    }
    SchoolSignInSettings settings = configured.get();
    URI redirectUri = settings.redirectUri().orElseGet(this::callbackAddress);
    Optional<PendingSignIns.Pending> started = pending.start(redirectUri);
    if (started.isEmpty()) {
      audit.denied(
          "sign-in-start",
          "session",
          null,
          "too many sign-ins under way (from " + request.getRemoteAddr() + ")");
      return SignInRefusalPage.of(
          503,
          "Too many sign-ins at once",
          "Beacon is busy with other sign-ins. Wait a minute and try again.");
    }
    try {
      URI destination = provider.authorizationRequest(settings, redirectUri, started.get());
      audit.allowed(
          "sign-in-start",
          "session",
          null,
          "sent to " + settings.providerName() + " (from " + request.getRemoteAddr() + ")");
      setBrowserCookie(started.get().browserKey(), 600);
      return Response.seeOther(destination).build();
    } catch (SchoolIdentityProvider.Unavailable e) {
      return unavailable(settings, e);
    }
  }

  @APIResponse(responseCode = "303", description = "Signed in: to the web UI")
  @GET
  @Path("callback")
  public Response callback(
      @QueryParam("code") String code,
      @QueryParam("state") String state,
      @QueryParam("error") String error,
      @QueryParam("error_description") String errorDescription,
      @CookieParam(BROWSER_COOKIE) String browserKey) {
    Optional<SchoolSignInSettings> configured = SchoolSignInSettings.current();
    if (configured.isEmpty()) {
      audit.denied(
          "sign-in",
          "session",
          null,
          "single sign-on callback, but single sign-on is not configured");
      return SignInRefusalPage.of(
          404,
          "Single sign-on is not set up",
          "This Beacon signs people in with a username and password only.");
    }
    SchoolSignInSettings settings = configured.get();
    Optional<PendingSignIns.Pending> flow = pending.finish(state, browserKey);
    if (error != null) {
      audit.denied("sign-in", "session", null, settings.providerName() + " answered " + error);
      return ended(
          SignInRefusalPage.of(
              400,
              "Not signed in",
              settings.providerName()
                  + " did not sign you in"
                  + (errorDescription == null || errorDescription.isBlank()
                      ? "."
                      : ": " + errorDescription)));
    }
    if (flow.isEmpty() || code == null || code.isBlank()) {
      audit.denied(
          "sign-in",
          "session",
          null,
          "single sign-on callback without a sign-in under way in this browser");
      return ended(
          SignInRefusalPage.of(
              400,
              "Sign-in expired",
              "This sign-in was not started in this browser, was already used, or took longer than ten minutes."
                  + " Go back to the sign-in page and try again."));
    }
    Map<String, Object> claims;
    try {
      claims = provider.redeem(settings, code, flow.get());
    } catch (SchoolIdentityProvider.Unavailable e) {
      return ended(unavailable(settings, e));
    } catch (SchoolIdentityProvider.Rejected e) {
      audit.denied("sign-in", "session", null, "single sign-on: " + e.getMessage());
      return ended(
          SignInRefusalPage.of(
              403,
              "Not signed in",
              settings.providerName()
                  + "'s answer could not be verified, so Beacon did not sign you in."));
    }
    SchoolAccounts.Outcome outcome =
        accounts.match(claims, settings.claims(), settings.providerName());
    if (outcome instanceof SchoolAccounts.Refused refused) {
      audit.denied(
          "sign-in",
          "session",
          refused.named(),
          "single sign-on with " + settings.providerName() + ": " + refused.reason());
      return ended(SignInRefusalPage.of(403, "Not signed in", refused.message()));
    }
    SchoolAccounts.Matched matched = (SchoolAccounts.Matched) outcome;
    boolean multiFactor = SchoolIdentity.multiFactor(claims.get("amr"));
    openSession(matched.user().username(), multiFactor);
    audit.allowed(
        "sign-in",
        "session",
        matched.user().username(),
        "single sign-on with "
            + settings.providerName()
            + ", matched by "
            + matched.claimed().claim()
            + (multiFactor ? "; provider used multi-factor sign-in" : ""));
    return ended(Response.seeOther(URI.create(request.getContextPath() + "/")).build());
  }

  /**
   * Whether this request's caller signed in at the school's identity provider (in this session),
   * not with a password: a pending password change does not stop them.
   */
  static boolean signedInAtProvider(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String caller = request.getRemoteUser();
    return session != null
        && caller != null
        && caller.equals(session.getAttribute(PROVIDER_SIGN_IN));
  }

  /** The session a password sign-in opens (see {@link BeaconAuthenticationMechanism}). */
  private void openSession(String username, boolean multiFactor) {
    // A fresh session at sign-in, holding nothing of the one before (as a password sign-in): an id
    // planted before sign-in is worth nothing after it. Secure whenever the sign-in came over
    // HTTPS.
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    org.beacon.platform.web.SecureSessionCookie.enforce(request, response);
    session.setAttribute(BeaconAuthenticationMechanism.SESSION_USER, username);
    session.setAttribute(PROVIDER_SIGN_IN, username);
    CsrfGuard.issueToken(session);
    if (multiFactor) {
      session.setAttribute(SECOND_FACTOR, Boolean.TRUE);
    } else {
      session.removeAttribute(SECOND_FACTOR);
    }
  }

  private Response unavailable(
      SchoolSignInSettings settings, SchoolIdentityProvider.Unavailable e) {
    LOG.warning(() -> "Single sign-on with " + settings.issuer() + ": " + e.getMessage());
    audit.denied(
        "sign-in", "session", null, "single sign-on provider unavailable: " + e.getMessage());
    return SignInRefusalPage.of(
        502,
        "Sign-in service not reachable",
        "Beacon could not reach "
            + settings.providerName()
            + " to sign you in. Try again in a few minutes,"
            + " or sign in with your Beacon username and password.");
  }

  /** The callback's answer, with the sign-in's browser cookie removed: it is used once. */
  private Response ended(Response answer) {
    setBrowserCookie("", 0);
    return answer;
  }

  /**
   * {@code SameSite=Lax}, unlike the session cookie: it must travel on the provider's redirect
   * back, a top-level navigation from another site. Added to the servlet response, not the JAX-RS
   * one: Jersey sets a header's first value, which would replace the session cookie the container
   * added when the session was opened.
   */
  private void setBrowserCookie(String value, int maxAgeSeconds) {
    response.addHeader(
        "Set-Cookie",
        BROWSER_COOKIE
            + "="
            + value
            + "; Path="
            + request.getContextPath()
            + "/api/session/oidc; Max-Age="
            + maxAgeSeconds
            + "; HttpOnly; SameSite=Lax"
            + (request.isSecure() ? "; Secure" : ""));
  }

  /** Where the provider sends the browser back, on the address the browser used to reach Beacon. */
  private URI callbackAddress() {
    String url = request.getRequestURL().toString();
    return URI.create(url.substring(0, url.length() - "/start".length()) + "/callback");
  }
}
