package org.beacon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The session cookie is {@code Secure} whenever the sign-in came over HTTPS. Payara marks it so by
 * itself when its own connection is HTTPS ({@code cookieSecure=dynamic}); behind a trusted reverse
 * proxy that ends HTTPS, Payara's connection is plain HTTP, so the {@code Set-Cookie} the container
 * has just written is given the attribute here.
 */
public final class SecureSessionCookie {

  private SecureSessionCookie() {}

  /** Call right after the session was created or its id changed. */
  public static void enforce(HttpServletRequest request, HttpServletResponse response) {
    // Not request.isSecure(): the request may be ForwardedHeaders' wrapper, which already says
    // "secure" while the container wrote the cookie for its own plain connection.
    if (!ClientConnection.of(request).secure()) {
      return;
    }
    List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
    if (cookies.isEmpty()) {
      return;
    }
    if (cookies.stream().allMatch(cookie -> secured(cookie).equals(cookie))) {
      return;
    }
    boolean first = true;
    for (String cookie : cookies) {
      String value = secured(cookie);
      if (first) {
        response.setHeader("Set-Cookie", value);
        first = false;
      } else {
        response.addHeader("Set-Cookie", value);
      }
    }
  }

  static String secured(String cookie) {
    for (String attribute : cookie.split(";")) {
      if (attribute.trim().toLowerCase(Locale.ROOT).equals("secure")) {
        return cookie;
      }
    }
    return cookie + "; Secure";
  }
}
