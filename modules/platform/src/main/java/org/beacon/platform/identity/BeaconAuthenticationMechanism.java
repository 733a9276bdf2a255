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
 * How people prove who they are: HTTP Basic on any request (API clients, the Camunda Modeler), or a
 * session that {@code POST /api/session} opened (the browser). A session's person is kept in memory
 * between requests and checked against the directory's stamp on each ({@link SignedInPeople}), so a
 * removed role or a disabled user takes effect at once, on every node.
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

  /**
   * Request attribute: the password of a session sign-in was right and the person is enrolled in
   * two-factor sign-in, so {@link SessionResource} asks for a code instead of signing them in.
   */
  static final String SECOND_FACTOR_PENDING = "beacon.secondFactorPending";

  /**
   * Session attributes of a sign-in waiting for its code: who gave the right password, and when.
   * Such a session is not signed in; {@code POST /api/session/second-factor} completes it.
   */
  static final String PENDING_USER = "beacon.pendingUser";

  static final String PENDING_SINCE = "beacon.pendingSince";

  /** Request attribute: this request was signed in by a personal API token. */
  static final String BY_API_TOKEN = "beacon.byApiToken";

  /** A sign-in refused before its password was checked: 429 (wait) or 423 (locked). */
  record Refusal(ApiError error, long retryAfterSeconds) {}

  private static final Logger LOG = Logger.getLogger(BeaconAuthenticationMechanism.class.getName());

  @Inject IdentityStoreHandler identities;
  @Inject Directory directory;
  @Inject BeaconIdentityStore store;
  @Inject SignInThrottle throttle;
  @Inject AuditLog audit;
  @Inject TwoFactorEnrolments twoFactor;
  @Inject ApiTokens tokens;
  @Inject SignOuts signOuts;
  @Inject SignedInPeople signedIn;

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
        ApiError.of(
                503,
                "The database is not available at the moment; nothing was changed. Try again shortly")
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
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(request, response, context, authorization.substring(7).trim());
    }
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      Optional<UsernamePasswordCredential> credential = basicCredential(authorization);
      // The client behind a trusted reverse proxy, not the proxy (filters run after this
      // mechanism).
      String address = ClientConnection.of(request).address();
      if (credential.isEmpty()) {
        audit.denied(
            "sign-in", "session", null, "unreadable HTTP Basic credentials (from " + address + ")");
        return unauthorized(request, response, "Invalid username or password");
      }
      String username = credential.get().getCaller();
      SignInThrottle.Standing standing = throttle.check(username, address);
      if (!standing.allowed()) {
        throttle.refused(username, address, standing, "HTTP Basic");
        return refuse(response, refusal(standing));
      }
      // A password alone does not sign in someone enrolled in two-factor sign-in, or who must be:
      // refused before the password is looked at, so Basic cannot be used to test guesses at it.
      Optional<BeaconUser> named = directory.find(username).filter(BeaconUser::enabled);
      if (named.isPresent() && twoFactor.passwordAloneRefused(named.get())) {
        audit.denied(
            "sign-in",
            "session",
            username,
            "HTTP Basic refused: two-factor sign-in applies, a personal API token is needed (from "
                + address
                + ")");
        return passwordAloneRefused(response);
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
      // Signed out on another node (whose invalidation does not reach this node's copy): over.
      Optional<BeaconUser> user =
          signOuts.signedOutElsewhere(session) ? Optional.empty() : signedIn.find(username);
      if (user.isPresent()) {
        if (!TwoFactor.satisfied(session) && twoFactor.enrolmentOutstanding(user.get())) {
          request.setAttribute(TwoFactorGuard.MUST_ENROL, Boolean.TRUE);
        }
        return loggedIn(request, context, user.get());
      }
      // Disabled (or removed) since signing in, or signed out on another node: the session ends
      // here, and this request is a 401.
      session.invalidate();
    }

    if (context.isProtected()) {
      return unauthorized(request, response, "Sign in to use Beacon");
    }
    return context.doNothing();
  }

  private static AuthenticationStatus loggedIn(
      HttpServletRequest request, HttpMessageContext context, BeaconUser user) {
    Set<String> groups = BeaconIdentityStore.groups(user.roles());
    request.setAttribute(CALLER_GROUPS, groups);
    if (user.mustChangePassword()) {
      request.setAttribute(PasswordChangeGuard.MUST_CHANGE, Boolean.TRUE);
    }
    return context.notifyContainerAboutLogin(user.username(), groups);
  }

  /**
   * A personal API token: its owner, while it is neither expired nor revoked and they are enabled.
   */
  private AuthenticationStatus bearer(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String token) {
    ApiTokens.Check check = tokens.check(token);
    if (check instanceof ApiTokens.Check.Valid valid) {
      request.setAttribute(BY_API_TOKEN, valid.tokenId());
      if (twoFactor.enrolmentOutstanding(valid.owner())) {
        request.setAttribute(TwoFactorGuard.MUST_ENROL, Boolean.TRUE);
      }
      return loggedIn(request, context, valid.owner());
    }
    String reason = ((ApiTokens.Check.Refused) check).reason();
    audit.denied(
        "sign-in",
        "session",
        null,
        reason + " (bearer token from " + request.getRemoteAddr() + ")");
    response.setHeader("WWW-Authenticate", "Bearer realm=\"Beacon\", error=\"invalid_token\"");
    try {
      ApiError.of(
              401,
              "This API token is not valid (unknown, expired or revoked, or its owner is disabled)")
          .writeTo(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof SecondFactorProof proof) {
      // SessionResource checked the code (and the throttle) before making this.
      Optional<BeaconUser> user = directory.find(proof.username()).filter(BeaconUser::enabled);
      if (user.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      HttpSession session = openSession(request, context.getResponse());
      session.setAttribute(SESSION_USER, user.get().username());
      session.setAttribute(TwoFactor.SESSION_SATISFIED, Boolean.TRUE);
      CsrfGuard.issueToken(session);
      return loggedIn(request, context, user.get());
    }
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
    Optional<BeaconUser> user = directory.find(result.getCallerPrincipal().getName());
    if (user.isPresent() && twoFactor.enrolled(user.get())) {
      // The password was right; the code comes next. The account's failures are not cleared
      // until it does, so guesses at the code keep counting towards the lock.
      HttpSession session = openSession(request, context.getResponse());
      session.setAttribute(PENDING_USER, user.get().username());
      session.setAttribute(PENDING_SINCE, throttle.now());
      request.setAttribute(SECOND_FACTOR_PENDING, Boolean.TRUE);
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(username, standing);
    HttpSession session = openSession(request, context.getResponse());
    session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
    CsrfGuard.issueToken(session);
    if (user.isPresent() && twoFactor.enrolmentOutstanding(user.get())) {
      request.setAttribute(TwoFactorGuard.MUST_ENROL, Boolean.TRUE);
    }
    request.setAttribute(CALLER_GROUPS, Set.copyOf(result.getCallerGroups()));
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * A fresh session for a sign-in step, holding nothing of the one before: an id planted before
   * sign-in is worth nothing after it, and no earlier sign-in (or half sign-in) carries over. Its
   * cookie is {@code Secure} whenever the sign-in came over HTTPS, through a trusted proxy too.
   */
  private static HttpSession openSession(HttpServletRequest request, HttpServletResponse response) {
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    SecureSessionCookie.enforce(request, response);
    return session;
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
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(
          new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Refusal refusal(SignInThrottle.Standing standing) {
    java.time.Instant now = throttle.now();
    long seconds = standing.retryAfterSeconds(now);
    if (standing.verdict() instanceof SignInLimit.Verdict.Locked locked) {
      String until =
          java.time.format.DateTimeFormatter.ofPattern("HH:mm 'UTC'")
              .withZone(java.time.ZoneOffset.UTC)
              .format(locked.until().plusSeconds(59));
      String message =
          standing.byAddress()
              ? "Too many failed sign-ins from this network address: sign-in from it is locked until "
                  + until
              : "This account is locked after too many failed sign-ins. Try again after "
                  + until
                  + ", or ask an administrator to unlock it";
      return new Refusal(ApiError.of(423, message), seconds);
    }
    return new Refusal(
        ApiError.of(429, "Too many failed sign-ins. Wait " + seconds + " s before trying again"),
        seconds);
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

  private static AuthenticationStatus passwordAloneRefused(HttpServletResponse response) {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"Beacon\"");
    try {
      ApiError.of(
              401,
              "Two-factor sign-in applies to this account: a password alone does not sign it in. Use a personal API token"
                  + " (make one under My account, or POST /api/users/me/tokens) as Authorization: Bearer <token>")
          .writeTo(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, String message) {
    // No Basic challenge to browsers (their scripts send X-Requested-With; a page load accepts
    // HTML): no native login pop-up, and no cached Basic credentials a forged request could ride
    // on.
    String accept = request.getHeader("Accept");
    boolean browser =
        request.getHeader("X-Requested-With") != null
            || (accept != null && accept.contains("text/html"));
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
