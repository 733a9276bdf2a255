package org.beacon.platform.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.Role;
import org.beacon.platform.web.ApiError;

/**
 * Only administrators reach the engine's REST API: it can read and change every process and
 * variable, so it bypasses need-to-know. Every call, allowed or refused, is audited.
 */
@WebFilter(urlPatterns = "/engine-rest/*")
public class EngineRestGuard extends HttpFilter {

  @Inject AuditLog audit;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String target = request.getMethod() + " " + request.getRequestURI().substring(request.getContextPath().length());
    if (request.getUserPrincipal() == null) {
      ApiError.of(401, "Sign in as an administrator to use the engine API").writeTo(response);
      return;
    }
    if (!request.isUserInRole(Role.ADMIN.id())) {
      audit.denied("engine-rest", "engine", target, "requires admin");
      ApiError.of(403, "The engine API is for administrators only").writeTo(response);
      return;
    }
    if (!"GET".equals(request.getMethod())) {
      audit.allowed("engine-rest", "engine", target);
    }
    chain.doFilter(request, response);
  }
}
