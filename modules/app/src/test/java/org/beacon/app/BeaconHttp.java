package org.beacon.app;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Beacon over HTTP, as a client outside the server sees it. Every request carries its own
 * credentials (HTTP Basic, a session cookie, or none): the client keeps no cookies, so no test
 * inherits another's sign-in.
 */
final class BeaconHttp {

  /** Password of every demo user (InitialUsers). */
  static final String DEMO_PASSWORD = "beacon-demo";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client;
  private final URI root;

  /**
   * @param client a client without a cookie handler
   * @param root the server's root, ending in {@code /} (the app's context root is {@code /})
   */
  BeaconHttp(HttpClient client, URI root) {
    this.client = client;
    this.root = root;
  }

  /** A demo user signing every request with HTTP Basic and the demo password. */
  Sender as(String username) {
    return basic(username, DEMO_PASSWORD);
  }

  Sender basic(String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Sender(Map.of("Authorization", "Basic " + token));
  }

  /** A browser that signed in: it sends the session cookie and nothing else. */
  Sender withCookie(String cookie) {
    return new Sender(Map.of("Cookie", cookie));
  }

  /** A browser page that signed in: the session cookie and the session's CSRF token. */
  Sender withSession(String cookie, String csrfToken) {
    return new Sender(Map.of("Cookie", cookie, "X-CSRF-Token", csrfToken));
  }

  /** Requests with one header of one's choosing, e.g. {@code Authorization: Bearer <token>}. */
  Sender withHeader(String name, String value) {
    return new Sender(Map.of(name, value));
  }

  Sender anonymous() {
    return new Sender(Map.of());
  }

  /** Sends requests with one set of credentials. */
  final class Sender {

    private final Map<String, String> headers;

    private Sender(Map<String, String> headers) {
      this.headers = Map.copyOf(headers);
    }

    Reply get(String path) {
      return send("GET", path, BodyPublishers.noBody(), null);
    }

    Reply delete(String path) {
      return send("DELETE", path, BodyPublishers.noBody(), null);
    }

    /** POST without a body. */
    Reply post(String path) {
      return send("POST", path, BodyPublishers.noBody(), null);
    }

    /** POST with a JSON body, sent as given (so malformed JSON can be sent too). */
    Reply postJson(String path, String json) {
      return send(
          "POST", path, BodyPublishers.ofString(json, StandardCharsets.UTF_8), "application/json");
    }

    /** GET asking for a representation other than JSON. */
    Reply get(String path, String accept) {
      return send("GET", path, BodyPublishers.noBody(), null, accept);
    }

    /** PUT with a JSON body. */
    Reply putJson(String path, String json) {
      return send(
          "PUT", path, BodyPublishers.ofString(json, StandardCharsets.UTF_8), "application/json");
    }

    /** POST with a body of the given type, e.g. a log file as text/plain. */
    Reply post(String path, String contentType, BodyPublisher body) {
      return send("POST", path, body, contentType);
    }

    /** POST as multipart/form-data: text fields, then one file part. */
    Reply postMultipart(
        String path, Map<String, String> fields, String fileName, String fileContent) {
      Multipart body = new Multipart();
      fields.forEach(body::field);
      body.file("data", fileName, fileContent);
      return send("POST", path, body.publisher(), body.contentType());
    }

    /** GET a document (CSV, PDF, an uploaded file) as bytes, accepting whatever type it has. */
    Download download(String path) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(root.resolve(path)).timeout(TIMEOUT).GET();
      headers.forEach(request::header);
      request.header("Accept", "*/*");
      try {
        var response = client.send(request.build(), BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers(), response.body());
      } catch (IOException e) {
        throw new UncheckedIOException("GET " + path + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("GET " + path + " interrupted", e);
      }
    }

    /** A request with extra headers, the answer read as bytes (a sealed package, a PDF). */
    Download exchange(
        String method,
        String path,
        BodyPublisher body,
        String contentType,
        Map<String, String> extraHeaders) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(root.resolve(path)).timeout(TIMEOUT).method(method, body);
      headers.forEach(request::header);
      extraHeaders.forEach(request::header);
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      request.header("Accept", "*/*");
      try {
        var response = client.send(request.build(), BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers(), response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(method + " " + path + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(method + " " + path + " interrupted", e);
      }
    }

    Reply send(String method, String path, BodyPublisher body, String contentType) {
      return send(method, path, body, contentType, "application/json");
    }

    Reply send(String method, String path, BodyPublisher body, String contentType, String accept) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(root.resolve(path)).timeout(TIMEOUT).method(method, body);
      headers.forEach(request::header);
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      request.header("Accept", accept);
      try {
        var response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.headers(), response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(method + " " + path + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(method + " " + path + " interrupted", e);
      }
    }
  }

  /** An HTTP response, read whole. */
  record Reply(int status, HttpHeaders headers, String body) {

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    JsonArray array() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** A downloaded document, read whole. */
  record Download(int status, HttpHeaders headers, byte[] body) {

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return status + " " + header("Content-Type").orElse("?") + ", " + body.length + " bytes";
    }
  }

  /** A multipart/form-data body built by hand: HttpClient has no builder for one. */
  private static final class Multipart {

    private final String boundary = "beacon-it-" + UUID.randomUUID();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    void field(String name, String value) {
      part("Content-Disposition: form-data; name=\"" + name + "\"\r\n", value);
    }

    void file(String name, String fileName, String content) {
      part(
          "Content-Disposition: form-data; name=\""
              + name
              + "\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: application/octet-stream\r\n",
          content);
    }

    private void part(String headers, String content) {
      write("--" + boundary + "\r\n" + headers + "\r\n" + content + "\r\n");
    }

    BodyPublisher publisher() {
      write("--" + boundary + "--\r\n");
      return BodyPublishers.ofByteArray(bytes.toByteArray());
    }

    String contentType() {
      return "multipart/form-data; boundary=" + boundary;
    }

    private void write(String text) {
      bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
