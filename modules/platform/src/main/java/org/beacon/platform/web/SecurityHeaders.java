package org.beacon.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-hardening headers on every response: a Content-Security-Policy without inline or
 * evaluated script (the web UI and the flow designer load only their own files; bpmn-js and the
 * decision editors set inline styles and use data: images and fonts, so those are allowed), no
 * framing, {@code nosniff}, no referrer; {@code Cache-Control: no-store} on everything under {@code
 * /api} and {@code /engine-rest}; {@code Strict-Transport-Security} only on a request that came
 * over HTTPS, directly or through a {@linkplain TrustedProxies trusted proxy} (on plain HTTP the
 * header means nothing, and sent by mistake behind a proxy that does not speak HTTPS it would lock
 * browsers out).
 *
 * <p>Also applied by the authentication mechanism, whose refusals (401, 423, 429) are written
 * before any filter runs.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    })
public class SecurityHeaders extends HttpFilter {

  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** Two years, subdomains included: what the HSTS preload list asks for. */
  public static final String STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  /** Sets the headers on a response that has not been committed yet. */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    // Over HTTPS to Beacon itself, or to a trusted reverse proxy in front of it.
    if (ClientConnection.of(request).secure()) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/engine-rest")) {
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
