package org.beacon.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client behind a request: its address and whether it reached Beacon over HTTPS, with the
 * headers of a {@linkplain TrustedProxies trusted reverse proxy} taken into account.
 *
 * <p>Read through here by the authentication mechanism (sign-in throttling and audit) and by {@link
 * SecurityHeaders}: the mechanism runs before any servlet filter, so the request wrapping of {@link
 * ForwardedHeaders} comes too late for it.
 *
 * @param address the client's IP address
 * @param secure whether the client's connection is HTTPS
 */
public record ClientConnection(String address, boolean secure) {

  public static ClientConnection of(HttpServletRequest request) {
    if (request instanceof ForwardedHeaders.ProxiedRequest proxied) {
      return proxied.connection();
    }
    return TrustedProxies.configured()
        .resolve(
            request.getRemoteAddr(),
            request.isSecure(),
            request.getHeader("X-Forwarded-Proto"),
            request.getHeader("X-Forwarded-For"));
  }
}
