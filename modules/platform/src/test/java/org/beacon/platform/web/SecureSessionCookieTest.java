package org.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecureSessionCookieTest {

  @Test
  void aCookieWithoutTheAttributeGetsIt() {
    assertThat(SecureSessionCookie.secured("BEACON_SESSION=abc; Path=/; HttpOnly; SameSite=Strict"))
        .isEqualTo("BEACON_SESSION=abc; Path=/; HttpOnly; SameSite=Strict; Secure");
  }

  @Test
  void aSecureCookieIsLeftAlone() {
    assertThat(SecureSessionCookie.secured("BEACON_SESSION=abc; Secure; HttpOnly"))
        .isEqualTo("BEACON_SESSION=abc; Secure; HttpOnly");
  }

  @Test
  void aValueThatMerelyContainsTheWordDoesNotCount() {
    assertThat(SecureSessionCookie.secured("BEACON_SESSION=Secure; Path=/")).endsWith("; Secure");
  }

  @Test
  void behindATrustedProxyTheContainersPlainCookieBecomesSecure() {
    List<String> cookies = new ArrayList<>(List.of("BEACON_SESSION=abc; Path=/; HttpOnly"));
    HttpServletRequest proxied =
        new ForwardedHeaders.ProxiedRequest(
            request(false), new ClientConnection("203.0.113.5", true));

    SecureSessionCookie.enforce(proxied, response(cookies));

    assertThat(cookies).containsExactly("BEACON_SESSION=abc; Path=/; HttpOnly; Secure");
  }

  @Test
  void overPlainHttpFromAnUntrustedPeerTheCookieIsLeftAsItIs() {
    List<String> cookies = new ArrayList<>(List.of("BEACON_SESSION=abc; Path=/; HttpOnly"));
    SecureSessionCookie.enforce(request(false), response(cookies));
    assertThat(cookies).containsExactly("BEACON_SESSION=abc; Path=/; HttpOnly");
  }

  private static HttpServletRequest request(boolean secure) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SecureSessionCookieTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isSecure" -> secure;
                  case "getRemoteAddr" -> "10.0.0.1";
                  case "getHeader" -> null;
                  default ->
                      throw new AssertionError("the test did not expect " + method.getName());
                });
  }

  private static HttpServletResponse response(List<String> cookies) {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            SecureSessionCookieTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getHeaders" -> List.copyOf(cookies);
                  case "setHeader" -> {
                    cookies.clear();
                    cookies.add((String) args[1]);
                    yield null;
                  }
                  case "addHeader" -> {
                    cookies.add((String) args[1]);
                    yield null;
                  }
                  default ->
                      throw new AssertionError("the test did not expect " + method.getName());
                });
  }
}
