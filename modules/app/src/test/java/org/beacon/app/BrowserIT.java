package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in a real browser: starts {@code beacon.jar} in demo mode once (as {@link LaunchIT}
 * does), then runs the Playwright scripts of the frontend in Debian's Chromium against it, one
 * after the other. {@code e2e/smoke.mjs}: a member of staff reports an incident and sees its
 * reference; the DSL finds the classification task for it, sees the error beside a required field
 * left empty, completes it. {@code e2e/roles.mjs}: staff raise an allegation; the admin imports a
 * two-task flow in the designer, deploys it with its deploy button and starts it; technical staff
 * import a filter log; a DSL at 375 px completes the flow's first task and submits a policy version;
 * the head approves a disciplinary action and completes the flow's second task; a governor sees
 * the dashboard's charts and is refused on case addresses. Screenshots and each script's log land
 * in {@code target/browser-it}.
 */
class BrowserIT {

  private static final Path JAR = Path.of(System.getProperty("beacon.jar", "target/beacon.jar"));
  private static final Path FRONTEND = Path.of(System.getProperty("beacon.frontend.dir", "src/main/frontend"));
  private static final Path OUT = Path.of(System.getProperty("beacon.browser.out", "target/browser-it"));
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  // LaunchIT's 90 s, doubled: this test runs after the others have loaded a 2-core machine.
  private static final Duration READY_WITHIN = Duration.ofSeconds(180);
  /** For all the scripts together. */
  private static final Duration BROWSER_WITHIN = Duration.ofMinutes(4);
  private static final List<String> SCRIPTS = List.of("smoke", "roles");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @TempDir Path data;

  @Test
  void everyRoleDoesItsWorkInTheBrowser() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      fail("The browser test needs Debian's Chromium at " + CHROMIUM + ": apt-get install -y chromium");
    }
    if (!Files.isDirectory(FRONTEND.resolve("node_modules/playwright-core"))) {
      fail("playwright-core is not installed in " + FRONTEND + ": the Maven build runs npm ci there (not with -Dfrontend.skip)");
    }
    Files.createDirectories(OUT);
    int port = freePort();
    Map<String, String> env = Map.of("BEACON_DEMO", "true", "BEACON_DATA", data.toString(), "BEACON_PORT", String.valueOf(port));
    Process beacon = start(env, port, "browser");
    try {
      long deadline = System.nanoTime() + BROWSER_WITHIN.toNanos();
      for (String script : SCRIPTS) {
        Path log = OUT.resolve(script + ".log");
        ProcessBuilder node = new ProcessBuilder("node", "e2e/" + script + ".mjs").directory(FRONTEND.toFile());
        node.environment().put("BEACON_URL", "http://localhost:" + port);
        node.environment().put("BEACON_SCREENSHOTS", OUT.toAbsolutePath().toString());
        node.environment().put("CHROMIUM", CHROMIUM.toString());
        node.redirectErrorStream(true).redirectOutput(log.toFile());
        Process browser = node.start();
        long left = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime()));
        if (!browser.waitFor(left, TimeUnit.SECONDS)) {
          browser.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
          fail("The browser scripts did not finish within " + BROWSER_WITHIN + "; e2e/" + script + ".mjs:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertThat(browser.exitValue())
            .as("e2e/%s.mjs (screenshots in %s):%n%s", script, OUT, output)
            .isZero();
      }
    } finally {
      beacon.destroy();
      beacon.waitFor(60, TimeUnit.SECONDS);
    }
  }

  // The process start below is LaunchIT's: the same jar, the same readiness wait.

  private Process start(Map<String, String> env, int port, String name) throws Exception {
    ProcessBuilder builder = command(null);
    builder.environment().remove("BEACON_DB_URL");
    builder.environment().remove("BEACON_DEMO");
    builder.environment().putAll(env);
    Path log = data.resolve(name + ".log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("Beacon exited during start-up:\n" + tail(log));
      }
      try {
        HttpResponse<String> ready =
            http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200 && ready.body().contains("UP")) {
          return process;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    process.destroyForcibly();
    throw new AssertionError("Beacon was not ready within " + READY_WITHIN + ":\n" + tail(log));
  }

  private static ProcessBuilder command(Integer port) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        port == null
            ? List.of(java, "-jar", JAR.toAbsolutePath().toString())
            : List.of(java, "-jar", JAR.toAbsolutePath().toString(), "--port", String.valueOf(port));
    return new ProcessBuilder(command);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String tail(Path log) throws IOException {
    try (InputStream in = Files.newInputStream(log)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }
  }
}
