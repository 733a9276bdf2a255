package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.beacon.app.BeaconHttp.Reply;

/**
 * A browser signing in at the school's identity provider, one redirect at a time, with its cookies:
 * Beacon's start address, the provider's sign-in form (filled in with a subject and the ID token's
 * claims), and Beacon's callback.
 */
final class SchoolSignInFlow {

  /** The cookie that ties a sign-in under way to its browser. */
  static final String SSO_COOKIE = "BEACON_SSO";

  static final String SESSION_COOKIE = "BEACON_SESSION";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client;
  private final URI root;

  /**
   * @param client a client that follows no redirects and keeps no cookies
   * @param root Beacon's root, ending in {@code /}
   */
  SchoolSignInFlow(HttpClient client, URI root) {
    this.client = client;
    this.root = root;
  }

  /** Where the provider sent the browser back, with the cookie the start set. */
  record Returned(URI callback, String browserCookie) {}

  /** Beacon's start and the provider's form: the browser is on its way back to Beacon. */
  Returned atProvider(String subject, String claimsJson) {
    HttpResponse<String> start =
        send(HttpRequest.newBuilder(root.resolve("api/session/oidc/start")).GET());
    assertThat(start.statusCode()).as("start: " + start.body()).isEqualTo(303);
    URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
    assertThat(authorize.getQuery()).contains("code_challenge_method=S256", "nonce=", "state=");
    String browserCookie = cookie(start, SSO_COOKIE).orElseThrow();

    String form =
        "username="
            + URLEncoder.encode(subject, StandardCharsets.UTF_8)
            + "&claims="
            + URLEncoder.encode(claimsJson, StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        send(
            HttpRequest.newBuilder(authorize)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(signedIn.statusCode()).as("provider form: " + signedIn.body()).isEqualTo(302);
    URI callback = URI.create(signedIn.headers().firstValue("Location").orElseThrow());
    assertThat(callback.getPath()).isEqualTo("/api/session/oidc/callback");
    return new Returned(callback, browserCookie);
  }

  /**
   * The whole way: Beacon's answer to the provider's redirect back, in the browser that started.
   */
  Reply signIn(String subject, String claimsJson) {
    Returned returned = atProvider(subject, claimsJson);
    return back(returned.callback(), Optional.of(returned.browserCookie()));
  }

  /** The provider's redirect back to Beacon, with or without the start's cookie. */
  Reply back(URI callback, Optional<String> browserCookie) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(callback).header("Accept", "text/html").GET();
    browserCookie.ifPresent(c -> request.header("Cookie", c));
    HttpResponse<String> response = send(request);
    return new Reply(response.statusCode(), response.headers(), response.body());
  }

  /** The {@code name=value} of a cookie the response sets. */
  static Optional<String> cookie(HttpResponse<?> response, String name) {
    return cookie(response.headers().allValues("Set-Cookie"), name);
  }

  /**
   * The cookies of a signed-in session as a browser sends them back: Beacon's session cookie and,
   * since sessions are kept replicable for a second node, Payara's {@code JSESSIONIDVERSION},
   * without which the session is not found.
   */
  static Optional<String> session(java.util.List<String> setCookies) {
    return cookie(setCookies, SESSION_COOKIE)
        .map(s -> cookie(setCookies, "JSESSIONIDVERSION").map(v -> s + "; " + v).orElse(s));
  }

  static Optional<String> cookie(java.util.List<String> setCookies, String name) {
    return setCookies.stream()
        .filter(c -> c.startsWith(name + "=") && !c.startsWith(name + "=;"))
        .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(TIMEOUT).build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
