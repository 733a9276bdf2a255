package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;

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
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code beacon.jar} the way the README says, as a separate process on the embedded H2
 * database, and checks what a new user relies on: it becomes ready, demo users sign in, a
 * restart (even after kill -9) keeps tasks, history and model versions, and a start without any
 * way to create the first administrator fails with a clear message.
 */
class LaunchIT {

  private static final Path JAR = Path.of(System.getProperty("beacon.jar", "target/beacon.jar"));
  private static final Duration READY_WITHIN = Duration.ofSeconds(90);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @TempDir Path data;

  @Test
  void demoSchoolStartsAndAKilledRestartKeepsTasksHistoryAndModelVersions() throws Exception {
    int port = freePort();
    Map<String, String> env = Map.of("BEACON_DEMO", "true", "BEACON_DATA", data.toString(), "BEACON_PORT", String.valueOf(port));
    String taskId;
    Process first = start(env, port, "first");
    try {
      assertThat(get(port, "/api/session", "dsl").statusCode()).isEqualTo(200);
      assertThat(get(port, "/api/session", "governor").body()).contains("\"governor\"");

      HttpResponse<String> started =
          send(port, "POST", "/engine-rest/process-definition/key/PlatformSampleProcess/start", "admin",
              "{\"businessKey\":\"LAUNCH-1\"}");
      assertThat(started.statusCode()).isEqualTo(200);
      taskId = firstTaskId(port, "dsl");
      HttpResponse<String> completed =
          send(port, "POST", "/api/tasks/" + taskId + "/complete", "dsl", "{\"summary\":\"Checked\",\"severity\":\"low\"}");
      assertThat(completed.statusCode()).isEqualTo(204);
      assertThat(firstTaskId(port, "head")).isNotNull();
    } finally {
      // kill -9: nothing acknowledged may be lost
      first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    Process second = start(env, port, "second");
    try {
      JsonObject headTasks = json(get(port, "/api/tasks?processDefinitionKey=PlatformSampleProcess", "head").body()).asJsonObject();
      assertThat(headTasks.getJsonArray("items")).hasSize(1);
      assertThat(headTasks.getJsonArray("items").getJsonObject(0).getString("businessKey")).isEqualTo("LAUNCH-1");

      String history = get(port, "/engine-rest/history/task?taskId=" + taskId, "admin").body();
      assertThat(json(history).asJsonArray().getJsonObject(0).getString("assignee")).isEqualTo("dsl");
      String versions = get(port, "/engine-rest/process-definition?key=PlatformSampleProcess", "admin").body();
      assertThat(json(versions).asJsonArray()).hasSize(1);
    } finally {
      second.destroy();
      second.waitFor(60, TimeUnit.SECONDS);
    }
  }

  /**
   * A fault test (tag {@code fault}), left out of the default build while it fails now and then:
   * see the README's "Known defect". Run it with {@code -Dit.excludedGroups=none}.
   *
   * <p>kill -9 in the middle of a burst of reports: after the restart every report that got a 201
   * exists with its process instance and first task, and nothing half-written is left: as many
   * incidents as process instances, each with its triage task.
   */
  @Test
  @Tag("fault")
  void killedDuringABurstOfReportsKeepsEveryAcknowledgedOneAndNoHalfWrittenOnes() throws Exception {
    int port = freePort();
    Map<String, String> env = Map.of("BEACON_DEMO", "true", "BEACON_DATA", data.toString(), "BEACON_PORT", String.valueOf(port));
    List<String> acknowledged = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    Process first = start(env, port, "burst");
    String report =
        "{\"occurredAt\":\"2026-11-20T10:15\",\"location\":\"Library\",\"device\":{\"ownership\":\"school\"},"
            + "\"description\":\"Burst\",\"incidentType\":\"other\",\"incidentTypeOther\":\"Test\",\"immediateRisk\":false}";
    java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
    List<Thread> senders = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread sender =
          new Thread(
              () -> {
                while (running.get()) {
                  try {
                    HttpResponse<String> created = send(port, "POST", "/api/incidents", "staff", report);
                    if (created.statusCode() == 201) {
                      acknowledged.add(json(created.body()).asJsonObject().getString("reference"));
                    }
                  } catch (Exception killed) {
                    return;
                  }
                }
              });
      sender.start();
      senders.add(sender);
    }
    long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
    while (System.nanoTime() < until && acknowledged.size() < 20) {
      Thread.sleep(50);
    }
    Thread.sleep(300);
    first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    running.set(false);
    for (Thread sender : senders) {
      sender.join(30_000);
    }
    assertThat(acknowledged).as("reports acknowledged before the kill").isNotEmpty();

    Process second = start(env, port, "after-burst");
    try {
      for (String reference : acknowledged) {
        HttpResponse<String> incident = get(port, "/api/incidents/" + reference, "dsl");
        assertThat(incident.statusCode()).as(reference).isEqualTo(200);
        JsonObject tasks = json(get(port, "/api/tasks?processDefinitionKey=IncidentResponseProcess&businessKey=" + reference, "dsl").body()).asJsonObject();
        assertThat(tasks.getJsonArray("items")).as("first task of " + reference).hasSize(1);
      }
      int incidents = json(get(port, "/api/incidents?size=200", "dsl").body()).asJsonArray().size();
      int instances =
          json(get(port, "/engine-rest/history/process-instance/count?processDefinitionKey=IncidentResponseProcess", "admin").body())
              .asJsonObject()
              .getInt("count");
      int openTasks =
          json(get(port, "/api/tasks?processDefinitionKey=IncidentResponseProcess&size=200", "dsl").body())
              .asJsonObject()
              .getJsonArray("items")
              .size();
      assertThat(incidents).as("incidents stored").isGreaterThanOrEqualTo(acknowledged.size());
      assertThat(instances).as("one process instance per incident, no orphans").isEqualTo(incidents);
      assertThat(openTasks).as("one triage task per incident").isEqualTo(incidents);
    } finally {
      second.destroy();
      second.waitFor(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void withoutDemoModeOrAnAdminPasswordTheStartFailsAndSaysWhatToSet() throws Exception {
    int port = freePort();
    ProcessBuilder builder = command(port);
    builder.environment().remove("BEACON_DEMO");
    builder.environment().remove("BEACON_ADMIN_PASSWORD");
    builder.environment().put("BEACON_DATA", data.toString());
    Path log = data.resolve("failed-start.log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(READY_WITHIN.toSeconds(), TimeUnit.SECONDS)).as("process ends by itself").isTrue();
    assertThat(process.exitValue()).isNotZero();
    assertThat(Files.readString(log)).contains("BEACON_ADMIN_PASSWORD").contains("BEACON_DEMO=true");
  }

  @Test
  void anAdminPasswordCreatesTheFirstAdministratorAndNoDemoUsers() throws Exception {
    int port = freePort();
    Map<String, String> env =
        Map.of("BEACON_DATA", data.toString(), "BEACON_PORT", String.valueOf(port), "BEACON_ADMIN_PASSWORD", "correct-horse-battery");
    Process process = start(env, port, "admin");
    try {
      HttpResponse<String> admin = send(port, "GET", "/api/session", "admin:correct-horse-battery", null);
      assertThat(admin.statusCode()).isEqualTo(200);
      assertThat(admin.body()).contains("\"admin\"");
      assertThat(get(port, "/api/session", "dsl").statusCode()).isEqualTo(401);
    } finally {
      process.destroy();
      process.waitFor(60, TimeUnit.SECONDS);
    }
  }

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

  private String firstTaskId(int port, String user) throws Exception {
    JsonObject page = json(get(port, "/api/tasks?processDefinitionKey=PlatformSampleProcess", user).body()).asJsonObject();
    assertThat(page.getJsonArray("items")).as("tasks of " + user).isNotEmpty();
    return page.getJsonArray("items").getJsonObject(0).getString("id");
  }

  private HttpResponse<String> get(int port, String path, String user) throws Exception {
    return send(port, "GET", path, user, null);
  }

  private HttpResponse<String> send(int port, String method, String path, String user, String body) throws Exception {
    String credentials = user.contains(":") ? user : user + ":beacon-demo";
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonStructure json(String text) {
    return Json.createReader(new StringReader(text)).read();
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
