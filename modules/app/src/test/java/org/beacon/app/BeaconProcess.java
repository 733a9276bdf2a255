package org.beacon.app;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code beacon.jar} started the way the README says, as a separate process, for the tests that
 * need a whole Beacon they can kill, restart or cut off from its database. The process's output
 * goes to {@code <name>.log} in the given directory.
 */
final class BeaconProcess implements AutoCloseable {

  static final Path JAR = Path.of(System.getProperty("beacon.jar", "target/beacon.jar"));

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final int port;
  private final Path log;

  private BeaconProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts Beacon on {@code port} with these settings (BEACON_DB_URL and BEACON_DEMO of the shell
   * are dropped first, so a test runs on H2 unless it says otherwise; no demo cases unless
   * BEACON_DEMO_CASES says so) and waits until it is ready.
   */
  static BeaconProcess start(
      Path logs, String name, int port, Map<String, String> env, Duration readyWithin)
      throws IOException, InterruptedException {
    ProcessBuilder builder = command(port);
    builder.environment().remove("BEACON_DB_URL");
    builder.environment().remove("BEACON_DB_USER");
    builder.environment().remove("BEACON_DB_PASSWORD");
    builder.environment().remove("BEACON_DEMO");
    // The demo school's term of cases only where a test asks for it: the fault and browser tests
    // count what they made themselves.
    builder.environment().put("BEACON_DEMO_CASES", "false");
    builder.environment().putAll(env);
    Path log = logs.resolve(name + ".log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    BeaconProcess beacon = new BeaconProcess(builder.start(), port, log);
    long deadline = System.nanoTime() + readyWithin.toNanos();
    while (System.nanoTime() < deadline) {
      if (!beacon.process.isAlive()) {
        throw new AssertionError("Beacon exited during start-up:\n" + beacon.tail());
      }
      try {
        HttpResponse<String> ready =
            HTTP.send(
                HttpRequest.newBuilder(beacon.uri("/health/ready"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200 && ready.body().contains("UP")) {
          return beacon;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    beacon.kill();
    throw new AssertionError("Beacon was not ready within " + readyWithin + ":\n" + beacon.tail());
  }

  /** The java command that runs the jar; without a port, Beacon's own default applies. */
  static ProcessBuilder command(Integer port) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        port == null
            ? List.of(java, "-jar", JAR.toAbsolutePath().toString())
            : List.of(
                java, "-jar", JAR.toAbsolutePath().toString(), "--port", String.valueOf(port));
    return new ProcessBuilder(command);
  }

  int port() {
    return port;
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** {@code GET /health/ready}, as a load balancer asks: without credentials. */
  HttpResponse<String> readiness() throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
    return send("GET", path, user, null);
  }

  /** A request with HTTP Basic: {@code user} alone means the demo password. */
  HttpResponse<String> send(String method, String path, String user, String body)
      throws IOException, InterruptedException {
    String credentials = user.contains(":") ? user : user + ":beacon-demo";
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A request with the given headers only (a session cookie and CSRF token, or none), JSON body if
   * any.
   */
  HttpResponse<String> sendWith(
      String method, String path, java.util.Map<String, String> headers, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** kill -9: no shutdown hook, no last flush. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }

  /** The last 4,000 characters of the process's output. */
  String tail() throws IOException {
    return tail(log);
  }

  static String tail(Path log) throws IOException {
    try (InputStream in = Files.newInputStream(log)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }
  }

  static JsonStructure json(String text) {
    return Json.createReader(new StringReader(text)).read();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
