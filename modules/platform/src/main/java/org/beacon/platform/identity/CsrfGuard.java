package org.beacon.platform.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.web.ApiError;

/**
 * Cross-site request forgery protection for browser sessions: every state-changing request that
 * rides on the session cookie must carry the session's token in {@code X-CSRF-Token}. The token
 * comes with the sign-in response and {@code GET /api/session}. Requests with their own credentials
 * (HTTP Basic) carry nothing a forged request could borrow, and signing in has no session yet.
 */
@WebFilter(urlPatterns = {"/api/*", "/engine-rest/*"})
public class CsrfGuard extends HttpFilter {

  /** Request header carrying the token. */
  public static final String HEADER = "X-CSRF-Token";

  static final String SESSION_TOKEN = "beacon.csrf";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject AuditLog audit;

  /** A new token for a new session. */
  static String issueToken(HttpSession session) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(SESSION_TOKEN, token);
    return token;
  }

  /** The session's token, if it has one. */
  public static String tokenOf(HttpSession session) {
    return session == null ? null : (String) session.getAttribute(SESSION_TOKEN);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (needsToken(request) && !matches(request)) {
      audit.denied(
          request.getMethod().toLowerCase(java.util.Locale.ROOT),
          "request",
          request.getRequestURI(),
          "missing or wrong CSRF token");
      ApiError.of(403, "This request needs the session's " + HEADER + " header").writeTo(response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean needsToken(HttpServletRequest request) {
    if (SAFE.contains(request.getMethod()) || request.getHeader("Authorization") != null) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // Signing in opens the session; it has nothing to forge yet.
    if (path.equals("/api/session") && "POST".equals(request.getMethod())) {
      return false;
    }
    HttpSession session = request.getSession(false);
    return session != null
        && session.getAttribute(BeaconAuthenticationMechanism.SESSION_USER) != null;
  }

  private static boolean matches(HttpServletRequest request) {
    String expected = tokenOf(request.getSession(false));
    String given = request.getHeader(HEADER);
    return expected != null
        && given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            given.getBytes(StandardCharsets.US_ASCII));
  }
}
