package org.beacon.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.web.ApiError;
import org.beacon.platform.web.ClientConnection;
import org.beacon.platform.web.ErrorMapper;
import org.beacon.platform.web.PlainHttpRedirect;
import org.beacon.platform.web.SecureSessionCookie;
import org.beacon.platform.web.SecurityHeaders;

/**
 * How people prove who they are: HTTP Basic on any request (API clients, the Camunda Modeler), or
 * a session that {@code POST /api/session} opened (the browser). Roles are re-read from the
 * database for session requests, so a removed role or a disabled user takes effect at once.
 */
@ApplicationScoped
public class BeaconAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Session attribute holding the signed-in username. */
  public static final String SESSION_USER = "beacon.user";

  /**
   * Request attribute holding the role ids this mechanism handed the container for the caller, so
   * the caller's roles are read once per request rather than asked of the container role by role.
   */
  public static final String CALLER_GROUPS = "beacon.callerGroups";

  /**
   * Request attribute holding the {@link Refusal} of a sign-in the throttle stopped, for {@link
   * SessionResource} to answer with.
   */
  static final String SIGN_IN_REFUSAL = "beacon.signInRefusal";

  /** A sign-in refused before its password was checked: 429 (wait) or 423 (locked). */
  record Refusal(ApiError error, long retryAfterSeconds) {}

  private static final Logger LOG = Logger.getLogger(BeaconAuthenticationMechanism.class.getName());

  @Inject IdentityStoreHandler identities;
  @Inject Directory directory;
  @Inject BeaconIdentityStore store;
  @Inject SignInThrottle throttle;
  @Inject AuditLog audit;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Refusals below are written before any filter runs: they get the browser headers here.
    SecurityHeaders.apply(request, response);
    try {
      if (PlainHttpRedirect.redirected(request, response)) {
        // Beacon serves HTTPS itself: nothing is checked or answered over plain HTTP.
        return AuthenticationStatus.SEND_FAILURE;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return authenticate(request, response, context);
    } catch (RuntimeException e) {
      if (!ErrorMapper.databaseUnavailable(e)) {
        throw e;
      }
      // Users and roles live in the database: while it is away nobody can be checked. Say so, as
      // every API answer does then, instead of the container's bare 500.
      LOG.warning(() -> "The database did not answer while checking who is calling: " + e);
      try {
        response.setHeader("Retry-After", "5");
        ApiError.of(503, "The database is not available at the moment; nothing was changed. Try again shortly")
            .writeTo(response);
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus authenticate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      Optional<UsernamePasswordCredential> credential = basicCredential(authorization);
      // The client behind a trusted reverse proxy, not the proxy (filters run after this mechanism).
      String address = ClientConnection.of(request).address();
      if (credential.isEmpty()) {
        audit.denied("sign-in", "session", null, "unreadable HTTP Basic credentials (from " + address + ")");
        return unauthorized(request, response, "Invalid username or password");
      }
      String username = credential.get().getCaller();
      SignInThrottle.Standing standing = throttle.check(username, address);
      if (!standing.allowed()) {
        throttle.refused(username, address, standing, "HTTP Basic");
        return refuse(response, refusal(standing));
      }
      // Checked against the database on every request: a disabled person's cached Basic
      // credentials stop working at once.
      Optional<BeaconUser> user = store.check(credential.get());
      if (user.isPresent()) {
        throttle.succeeded(username, standing);
        return loggedIn(request, context, user.get());
      }
      throttle.failed(username, address, "HTTP Basic");
      return unauthorized(request, response, "Invalid username or password");
    }

    if (context.isAuthenticationRequest()) {
      return signIn(request, context);
    }

    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
      Optional<BeaconUser> user = directory.find(username).filter(BeaconUser::enabled);
      if (user.isPresent()) {
        return loggedIn(request, context, user.get());
      }
      // Disabled (or removed) since signing in: the session ends here, and this request is a 401.
      session.invalidate();
    }

    if (context.isProtected()) {
      return unauthorized(request, response, "Sign in to use Beacon");
    }
    return context.doNothing();
  }

  private static AuthenticationStatus loggedIn(HttpServletRequest request, HttpMessageContext context, BeaconUser user) {
    Set<String> groups = BeaconIdentityStore.groups(user.roles());
    request.setAttribute(CALLER_GROUPS, groups);
    if (user.mustChangePassword()) {
      request.setAttribute(PasswordChangeGuard.MUST_CHANGE, Boolean.TRUE);
    }
    return context.notifyContainerAboutLogin(user.username(), groups);
  }

  private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (!(credential instanceof UsernamePasswordCredential password)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    String username = password.getCaller();
    String address = ClientConnection.of(request).address();
    SignInThrottle.Standing standing = throttle.check(username, address);
    if (!standing.allowed()) {
      // Refused without looking at the password: while locked, the right one fails too.
      throttle.refused(username, address, standing, "session sign-in");
      request.setAttribute(SIGN_IN_REFUSAL, refusal(standing));
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identities.validate(password);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username, address, "session sign-in");
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(username, standing);
    // A new session id at sign-in, so an id planted before sign-in is worth nothing after it.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession(true);
    SecureSessionCookie.enforce(request, context.getResponse());
    session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
    CsrfGuard.issueToken(session);
    request.setAttribute(CALLER_GROUPS, Set.copyOf(result.getCallerGroups()));
    return context.notifyContainerAboutLogin(result);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  static Optional<UsernamePasswordCredential> basicCredential(String header) {
    try {
      String decoded =
          new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(
          new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Refusal refusal(SignInThrottle.Standing standing) {
    java.time.Instant now = throttle.now();
    long seconds = standing.retryAfterSeconds(now);
    if (standing.verdict() instanceof SignInLimit.Verdict.Locked locked) {
      String until = java.time.format.DateTimeFormatter.ofPattern("HH:mm 'UTC'")
          .withZone(java.time.ZoneOffset.UTC)
          .format(locked.until().plusSeconds(59));
      String message =
          standing.byAddress()
              ? "Too many failed sign-ins from this network address: sign-in from it is locked until " + until
              : "This account is locked after too many failed sign-ins. Try again after " + until
                  + ", or ask an administrator to unlock it";
      return new Refusal(ApiError.of(423, message), seconds);
    }
    return new Refusal(
        ApiError.of(429, "Too many failed sign-ins. Wait " + seconds + " s before trying again"), seconds);
  }

  private static AuthenticationStatus refuse(HttpServletResponse response, Refusal refusal) {
    response.setHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
    try {
      refusal.error().writeTo(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, String message) {
    // No Basic challenge to browsers (their scripts send X-Requested-With; a page load accepts
    // HTML): no native login pop-up, and no cached Basic credentials a forged request could ride on.
    String accept = request.getHeader("Accept");
    boolean browser =
        request.getHeader("X-Requested-With") != null || (accept != null && accept.contains("text/html"));
    if (!browser) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Beacon\", charset=\"UTF-8\"");
    }
    try {
      ApiError.of(401, message).writeTo(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
