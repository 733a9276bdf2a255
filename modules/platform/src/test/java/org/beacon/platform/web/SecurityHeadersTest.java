package org.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  private final Map<String, String> headers = new HashMap<>();

  @Test
  void aPageOverHttpGetsThePolicyButNoHstsAndMayBeCached() {
    SecurityHeaders.apply(request("/", false), response());

    assertThat(headers.get("Content-Security-Policy"))
        .contains(
            "default-src 'self'",
            "script-src 'self';",
            "frame-ancestors 'none'",
            "object-src 'none'")
        .doesNotContain("unsafe-eval")
        .doesNotContain("script-src 'self' 'unsafe-inline'");
    assertThat(headers)
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Referrer-Policy", "no-referrer");
    assertThat(headers).doesNotContainKeys("Strict-Transport-Security", "Cache-Control");
  }

  @Test
  void anApiAnswerIsNeverStored() {
    SecurityHeaders.apply(request("/api/tasks", false), response());
    assertThat(headers).containsEntry("Cache-Control", "no-store");
  }

  @Test
  void hstsOnlyOverHttps() {
    SecurityHeaders.apply(request("/api/session", true), response());
    assertThat(headers)
        .containsEntry("Strict-Transport-Security", SecurityHeaders.STRICT_TRANSPORT_SECURITY);
  }

  @Test
  void aClientClaimingHttpsWithoutBeingATrustedProxyGetsNoHsts() {
    // No BEACON_TRUSTED_PROXIES in the tests: the request's X-Forwarded-Proto: https is ignored.
    SecurityHeaders.apply(request("/", false), response());
    assertThat(headers).doesNotContainKey("Strict-Transport-Security");
  }

  @Test
  void aPathThatOnlyStartsLikeTheApiMayBeCached() {
    SecurityHeaders.apply(request("/apiary.html", false), response());
    assertThat(headers).doesNotContainKey("Cache-Control");
  }

  private static HttpServletRequest request(String uri, boolean secure) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SecurityHeadersTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRequestURI" -> uri;
                  case "getContextPath" -> "";
                  case "isSecure" -> secure;
                  case "getRemoteAddr" -> "203.0.113.9";
                  case "getHeader" ->
                      "X-Forwarded-Proto".equalsIgnoreCase((String) args[0]) ? "https" : null;
                  default ->
                      throw new AssertionError("the test did not expect " + method.getName());
                });
  }

  private HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            SecurityHeadersTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isCommitted" -> false;
                  case "setHeader" -> {
                    headers.put((String) args[0], (String) args[1]);
                    yield null;
                  }
                  default ->
                      throw new AssertionError("the test did not expect " + method.getName());
                });
  }
}
