package org.beacon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * When Beacon serves HTTPS itself, plain HTTP only says where to go: every request over it is
 * answered {@code 308 Permanent Redirect} to the same path on the HTTPS port, before anyone is
 * signed in or anything is read or changed (308 keeps the method, so an API client's POST is not
 * turned into a GET). Behind a reverse proxy (no certificate given to Beacon) nothing is
 * redirected: the proxy decides that. Only the {@linkplain #healthCheck health checks} answer over
 * plain HTTP.
 *
 * <p>Applied by the authentication mechanism, which runs before any filter: a sign-in or a request
 * with a session cookie over HTTP never gets as far as being checked.
 */
public final class PlainHttpRedirect {

  /** Set by {@code beacon.jar}'s launcher when it serves HTTPS itself: the HTTPS port. */
  public static final String PORT_PROPERTY = "beacon.tls.redirect-port";

  private static volatile Optional<Integer> httpsPort;

  private PlainHttpRedirect() {}

  /** Answers the redirect and returns true if the request came over plain HTTP and HTTPS is on. */
  public static boolean redirected(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Integer> port = httpsPort;
    if (port == null) {
      port = port(System.getProperty(PORT_PROPERTY));
      httpsPort = port;
    }
    if (port.isEmpty()
        || healthCheck(request.getRequestURI())
        || ClientConnection.of(request).secure()) {
      return false;
    }
    response.setStatus(308);
    response.setHeader(
        "Location",
        location(
            request.getServerName(),
            port.get(),
            request.getRequestURI(),
            request.getQueryString()));
    response.setContentLength(0);
    // Committed here, so the container adds no error page of its own to the refused authentication.
    response.flushBuffer();
    return true;
  }

  /**
   * Payara's {@code /health} endpoints (served inside Beacon's context) stay on plain HTTP: load
   * balancers and container platforms probe over it, and they tell nothing but UP or DOWN.
   */
  static boolean healthCheck(String path) {
    return path.equals("/health") || path.startsWith("/health/");
  }

  static Optional<Integer> port(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static String location(String host, int port, String path, String query) {
    String authority = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    return "https://"
        + authority
        + (port == 443 ? "" : ":" + port)
        + path
        + (query == null ? "" : "?" + query);
  }
}
