package org.beacon.platform.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.beacon.platform.web.ApiError;

/**
 * Someone whose password was reset (or who was added without one of their own) may do nothing but
 * choose a new one: every other request answers 403 with the error {@value #ERROR}, which the web
 * UI answers with its "choose a new password" page. Signing in and out, and reading who one is,
 * stay open.
 */
@WebFilter(urlPatterns = {"/api/*", "/engine-rest/*"})
public class PasswordChangeGuard extends HttpFilter {

  /** The {@code error} of the 403 answer: a machine-readable marker. */
  public static final String ERROR = "password-change-required";

  /** Request attribute set by {@link BeaconAuthenticationMechanism} for such a caller. */
  static final String MUST_CHANGE = "beacon.mustChangePassword";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // Someone who signed in at the school's identity provider used no Beacon password: the change
    // waits for their next password sign-in.
    if (request.getAttribute(MUST_CHANGE) != null
        && !SchoolSignInResource.signedInAtProvider(request)
        && !open(request)) {
      new ApiError(
              403,
              ERROR,
              "Choose a new password before carrying on: POST /api/users/me/password with oldPassword and newPassword",
              Map.of())
          .writeTo(response);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean open(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String method = request.getMethod();
    return path.equals("/api/session")
        || (path.equals("/api/users/me/password") && method.equals("POST"))
        || (path.equals("/api/users/me") && method.equals("GET"));
  }
}
