package org.beacon.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * One signed-in user: a browser session as the web UI has one (cookie and CSRF token), so that no
 * request pays for checking a password.
 */
final class Session {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private final String baseUrl;
  private final HttpClient http;
  private final String username;
  private String csrfToken;

  private Session(String baseUrl, String username) {
    this.baseUrl = baseUrl;
    this.username = username;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  static Session signIn(String baseUrl, String username, String password)
      throws IOException, InterruptedException {
    Session session = new Session(baseUrl, username);
    HttpResponse<String> answer =
        session.send(
            "POST",
            "/api/session",
            JSON.writeValueAsString(Map.of("username", username, "password", password)));
    if (answer.statusCode() != 200 && answer.statusCode() != 201) {
      throw new IllegalStateException(
          "Signing in as " + username + " failed: " + answer.statusCode() + " " + answer.body());
    }
    JsonNode body = JSON.readTree(answer.body());
    session.csrfToken = body.path("csrfToken").asText(null);
    return session;
  }

  String username() {
    return username;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send("GET", path, null);
  }

  HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
    return send("POST", path, body instanceof String text ? text : JSON.writeValueAsString(body));
  }

  /** The body of a successful answer as JSON; anything else is an error naming the request. */
  JsonNode ok(HttpResponse<String> answer) throws IOException {
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          answer.request().method()
              + " "
              + answer.request().uri()
              + " as "
              + username
              + ": "
              + answer.statusCode()
              + " "
              + answer.body());
    }
    return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
  }

  private HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(TIMEOUT)
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    if (csrfToken != null && !method.equals("GET")) {
      request.header("X-CSRF-Token", csrfToken);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
