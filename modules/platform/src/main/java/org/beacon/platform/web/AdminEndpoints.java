package org.beacon.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.beacon.platform.api.Role;

/**
 * Payara Micro serves MicroProfile Metrics at {@code /metrics} and OpenAPI at {@code /openapi}
 * inside the application at the context root, which is Beacon's: they answer to administrators only
 * (401 without credentials, 403 to anyone else). They tell an attacker the pool sizes, the versions
 * and every endpoint.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*", "/openapi", "/openapi/*"})
public class AdminEndpoints extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Beacon\", charset=\"UTF-8\"");
      ApiError.of(401, "Sign in as an administrator to read this").writeTo(response);
      return;
    }
    if (!request.isUserInRole(Role.ADMIN.id())) {
      ApiError.of(403, "Only an administrator can read this").writeTo(response);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, response);
  }
}
