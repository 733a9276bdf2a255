package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.app.BeaconProcess.freePort;
import static org.beacon.app.BeaconProcess.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code beacon.jar} the way the README says, as a separate process on the embedded H2
 * database, and checks what a new user relies on: it becomes ready, demo users sign in, a
 * restart (even after kill -9) keeps tasks, history and model versions, and a start without any
 * way to create the first administrator fails with a clear message. {@link FaultIT} kills it in
 * the middle of a burst and cuts its database off.
 */
class LaunchIT {

  private static final Duration READY_WITHIN = Duration.ofSeconds(90);

  @TempDir Path data;

  @Test
  void demoSchoolStartsAndAKilledRestartKeepsTasksHistoryAndModelVersions() throws Exception {
    int port = freePort();
    Map<String, String> env = Map.of("BEACON_DEMO", "true", "BEACON_DATA", data.toString());
    String taskId;
    BeaconProcess first = BeaconProcess.start(data, "first", port, env, READY_WITHIN);
    try {
      assertThat(first.get("/api/session", "dsl").statusCode()).isEqualTo(200);
      assertThat(first.get("/api/session", "governor").body()).contains("\"governor\"");

      var started =
          first.send("POST", "/engine-rest/process-definition/key/PlatformSampleProcess/start", "admin",
              "{\"businessKey\":\"LAUNCH-1\"}");
      assertThat(started.statusCode()).isEqualTo(200);
      taskId = firstTaskId(first, "dsl");
      var completed = first.send("POST", "/api/tasks/" + taskId + "/complete", "dsl", "{\"summary\":\"Checked\",\"severity\":\"low\"}");
      assertThat(completed.statusCode()).isEqualTo(204);
      assertThat(firstTaskId(first, "head")).isNotNull();
    } finally {
      // kill -9: nothing acknowledged may be lost
      first.kill();
    }

    try (BeaconProcess second = BeaconProcess.start(data, "second", port, env, READY_WITHIN)) {
      JsonObject headTasks = json(second.get("/api/tasks?processDefinitionKey=PlatformSampleProcess", "head").body()).asJsonObject();
      assertThat(headTasks.getJsonArray("items")).hasSize(1);
      assertThat(headTasks.getJsonArray("items").getJsonObject(0).getString("businessKey")).isEqualTo("LAUNCH-1");

      // Who completed the task survives on the audit trail (the engine's task history is not open to admins).
      String trail = second.get("/api/audit?resourceType=task&resourceId=" + taskId, "admin").body();
      assertThat(json(trail).asJsonArray().getValuesAs(JsonObject.class))
          .anySatisfy(e -> assertThat(e.getString("actor") + " " + e.getString("action")).isEqualTo("dsl complete"));
      String versions = second.get("/engine-rest/process-definition?key=PlatformSampleProcess", "admin").body();
      assertThat(json(versions).asJsonArray()).hasSize(1);
    }
  }

  @Test
  void withoutDemoModeOrAnAdminPasswordTheStartFailsAndSaysWhatToSet() throws Exception {
    int port = freePort();
    ProcessBuilder builder = BeaconProcess.command(port);
    builder.environment().remove("BEACON_DEMO");
    builder.environment().remove("BEACON_ADMIN_PASSWORD");
    builder.environment().remove("BEACON_DB_URL");
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
    Map<String, String> env = Map.of("BEACON_DATA", data.toString(), "BEACON_ADMIN_PASSWORD", "correct-horse-battery");
    try (BeaconProcess beacon = BeaconProcess.start(data, "admin", freePort(), env, READY_WITHIN)) {
      assertThat(beacon.get("/api/session", "dsl").statusCode()).isEqualTo(401);
      // Outside demo mode two-factor sign-in is required of administrators: a password alone
      // over HTTP Basic is refused, and a browser sign-in is held back until they enrol.
      var basic = beacon.get("/api/session", "admin:correct-horse-battery");
      assertThat(basic.statusCode()).isEqualTo(401);
      assertThat(basic.body()).contains("API token");
      var signedIn = beacon.sendWith("POST", "/api/session", Map.of(), "{\"username\":\"admin\",\"password\":\"correct-horse-battery\"}");
      assertThat(signedIn.statusCode()).isEqualTo(200);
      JsonObject session = json(signedIn.body()).asJsonObject();
      assertThat(session.getJsonArray("roles").toString()).contains("\"admin\"");
      assertThat(session.getJsonObject("twoFactor").getBoolean("enrolmentRequired")).isTrue();
      String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
      Map<String, String> browser = Map.of("Cookie", cookie, "X-CSRF-Token", session.getString("csrfToken"));
      var held = beacon.sendWith("GET", "/api/users", browser, null);
      assertThat(held.statusCode()).isEqualTo(403);
      assertThat(held.body()).contains("two-factor-enrolment-required");

      String secret = json(beacon.sendWith("POST", "/api/users/me/two-factor", browser, null).body()).asJsonObject().getString("secret");
      String code = new dev.samstevens.totp.code.DefaultCodeGenerator().generate(secret, java.time.Instant.now().getEpochSecond() / 30);
      var confirmed = beacon.sendWith("POST", "/api/users/me/two-factor/confirmation", browser, "{\"code\":\"" + code + "\"}");
      assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
      assertThat(beacon.sendWith("GET", "/api/users", browser, null).statusCode()).isEqualTo(200);
    }
  }

  private static String firstTaskId(BeaconProcess beacon, String user) throws Exception {
    JsonObject page = json(beacon.get("/api/tasks?processDefinitionKey=PlatformSampleProcess", user).body()).asJsonObject();
    assertThat(page.getJsonArray("items")).as("tasks of " + user).isNotEmpty();
    return page.getJsonArray("items").getJsonObject(0).getString("id");
  }
}
