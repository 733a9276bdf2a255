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
 * Someone who must sign in with a second factor and has not enrolled yet may do nothing but enrol:
 * every other request answers 403 with the error {@value TwoFactor#ENROLMENT_REQUIRED}, which the
 * web UI answers with its enrolment screen. Signing in and out, reading who one is, and choosing a
 * new password (which comes first, see {@link PasswordChangeGuard}) stay open.
 */
@WebFilter(urlPatterns = {"/api/*", "/engine-rest/*"})
public class TwoFactorGuard extends HttpFilter {

  /** Request attribute set by {@link BeaconAuthenticationMechanism} for such a caller. */
  static final String MUST_ENROL = "beacon.mustEnrolTwoFactor";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // A password to choose comes first: that guard answers everything else meanwhile.
    if (request.getAttribute(MUST_ENROL) != null
        && request.getAttribute(PasswordChangeGuard.MUST_CHANGE) == null
        && !open(request)) {
      new ApiError(
              403,
              TwoFactor.ENROLMENT_REQUIRED,
              "Set up two-factor sign-in before carrying on: POST /api/users/me/two-factor, then confirm a code"
                  + " at POST /api/users/me/two-factor/confirmation",
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
        || path.equals("/api/session/second-factor")
        || path.equals("/api/users/me/two-factor")
        || (path.equals("/api/users/me/two-factor/confirmation") && method.equals("POST"))
        || (path.equals("/api/users/me/password") && method.equals("POST"))
        || (path.equals("/api/users/me") && method.equals("GET"));
  }
}
