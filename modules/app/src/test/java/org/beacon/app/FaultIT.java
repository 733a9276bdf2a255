package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.app.BeaconProcess.freePort;
import static org.beacon.app.BeaconProcess.json;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault tests against a whole Beacon process: kill -9 in the middle of a burst of incident reports,
 * and its PostgreSQL server stopped under load and started again.
 *
 * <p>Each runs once in the build; {@code -Dbeacon.fault.runs=10} runs each ten times in a row, each
 * time with a database of its own. The outage test needs PostgreSQL's server programs ({@code
 * /usr/lib/postgresql/<version>/bin}); it starts a cluster of its own on a free port, never the
 * shared server, and is skipped with a message where there are none.
 */
class FaultIT {

  // As LaunchIT: 20-40 s on an idle machine, minutes on a runner busy with the build.
  private static final Duration READY_WITHIN = Duration.ofSeconds(240);
  private static final String REPORT =
      "{\"occurredAt\":\"2026-11-20T10:15\",\"location\":\"Library\",\"device\":{\"ownership\":\"school\"},"
          + "\"description\":\"Burst\",\"incidentType\":\"other\",\"incidentTypeOther\":\"Test\",\"immediateRisk\":false}";

  @TempDir Path work;

  /**
   * After the restart every report that got a 201 exists with its process instance and first task,
   * and nothing half-written is left: as many incidents as process instances, each with its triage
   * task.
   */
  @TestFactory
  Stream<DynamicTest> killedDuringABurstOfReportsKeepsEveryAcknowledgedOneAndNoHalfWrittenOnes() {
    int runs = Integer.getInteger("beacon.fault.runs", 1);
    return IntStream.rangeClosed(1, runs)
        .mapToObj(
            run ->
                DynamicTest.dynamicTest(
                    "kill -9 during a burst, run " + run + " of " + runs,
                    () -> killDuringABurst(Files.createDirectories(work.resolve("burst-" + run)))));
  }

  private void killDuringABurst(Path data) throws Exception {
    int port = freePort();
    Map<String, String> env = Map.of("BEACON_DEMO", "true", "BEACON_DATA", data.toString());
    BeaconProcess first = BeaconProcess.start(data, "burst", port, env, READY_WITHIN);
    Burst burst = Burst.of(first);
    List<String> acknowledged = burst.acknowledged;
    // somewhere in the middle of the next requests, not at a request boundary
    Thread.sleep(ThreadLocalRandom.current().nextInt(1500));
    first.kill();
    burst.stop();
    assertThat(acknowledged).as("reports acknowledged before the kill").isNotEmpty();

    try (BeaconProcess second = BeaconProcess.start(data, "after-burst", port, env, READY_WITHIN)) {
      for (String reference : List.copyOf(acknowledged)) {
        assertThat(second.get("/api/incidents/" + reference, "dsl").statusCode())
            .as(reference)
            .isEqualTo(200);
        JsonObject tasks =
            json(second
                    .get(
                        "/api/tasks?processDefinitionKey=IncidentResponseProcess&businessKey="
                            + reference,
                        "dsl")
                    .body())
                .asJsonObject();
        assertThat(tasks.getJsonArray("items")).as("first task of " + reference).hasSize(1);
      }
      int incidents =
          json(second.get("/api/incidents?size=200", "dsl").body()).asJsonArray().size();
      int instances =
          json(second
                  .get(
                      "/engine-rest/history/process-instance/count?processDefinitionKey=IncidentResponseProcess",
                      "admin")
                  .body())
              .asJsonObject()
              .getInt("count");
      int openTasks =
          json(second
                  .get("/api/tasks?processDefinitionKey=IncidentResponseProcess&size=200", "dsl")
                  .body())
              .asJsonObject()
              .getJsonArray("items")
              .size();
      assertThat(incidents).as("incidents stored").isGreaterThanOrEqualTo(acknowledged.size());
      assertThat(instances)
          .as("one process instance per incident, no orphans")
          .isEqualTo(incidents);
      assertThat(openTasks).as("one triage task per incident").isEqualTo(incidents);
    }
  }

  /**
   * {@code java -jar beacon.jar --backup FILE} while four clients report incidents: restored into a
   * fresh data directory ({@code --restore}), Beacon starts on it with every report acknowledged
   * before the backup was asked for, each with its triage task, and no half-written one.
   */
  @org.junit.jupiter.api.Test
  void aBackupTakenDuringABurstRestoresIntoAFreshDirectoryWithEveryAcknowledgedReport()
      throws Exception {
    Path data = Files.createDirectories(work.resolve("backed-up"));
    Map<String, String> env = Map.of("BEACON_DEMO", "true", "BEACON_DATA", data.toString());
    List<String> beforeTheBackup;
    Path backup = work.resolve("backups/during-the-burst.zip");
    try (BeaconProcess running =
        BeaconProcess.start(data, "backed-up", freePort(), env, READY_WITHIN)) {
      Burst burst = Burst.of(running);
      beforeTheBackup = List.copyOf(burst.acknowledged);
      assertThat(beaconCommand(data, "--backup", backup)).contains("running Beacon");
      burst.stop();
    }
    assertThat(beforeTheBackup).as("reports acknowledged before the backup").isNotEmpty();

    Path fresh = work.resolve("restored");
    assertThat(beaconCommand(fresh, "--restore", backup)).contains("Restored");

    Map<String, String> restoredEnv =
        Map.of("BEACON_DEMO", "true", "BEACON_DATA", fresh.toString());
    try (BeaconProcess restored =
        BeaconProcess.start(fresh, "restored", freePort(), restoredEnv, READY_WITHIN)) {
      for (String reference : beforeTheBackup) {
        assertThat(restored.get("/api/incidents/" + reference, "dsl").statusCode())
            .as(reference)
            .isEqualTo(200);
        JsonObject tasks =
            json(restored
                    .get(
                        "/api/tasks?processDefinitionKey=IncidentResponseProcess&businessKey="
                            + reference,
                        "dsl")
                    .body())
                .asJsonObject();
        assertThat(tasks.getJsonArray("items")).as("triage task of " + reference).hasSize(1);
      }
      int incidents =
          json(restored.get("/api/incidents?size=200", "dsl").body()).asJsonArray().size();
      int instances =
          json(restored
                  .get(
                      "/engine-rest/history/process-instance/count?processDefinitionKey=IncidentResponseProcess",
                      "admin")
                  .body())
              .asJsonObject()
              .getInt("count");
      assertThat(instances)
          .as("one process instance per incident in the backup")
          .isEqualTo(incidents);
    }
  }

  /**
   * {@code java -jar beacon.jar <command> FILE} on the embedded database in {@code data}: what it
   * said, once it succeeded.
   */
  private String beaconCommand(Path data, String command, Path file)
      throws IOException, InterruptedException {
    Path log = work.resolve(command.substring(2) + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                BeaconProcess.JAR.toAbsolutePath().toString(),
                command,
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("BEACON_DATA", data.toString());
    builder.environment().remove("BEACON_DB_URL");
    Process process = builder.start();
    assertThat(process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS))
        .as(command + " finished")
        .isTrue();
    String said = Files.readString(log);
    assertThat(process.exitValue()).as(said).isZero();
    return said;
  }

  /**
   * PostgreSQL stopped (immediate shutdown) while users work: every request is answered, quickly,
   * with 503 and a JSON error, readiness says DOWN; when the server is back Beacon serves again
   * without a restart and nothing acknowledged before the outage is lost.
   */
  @TestFactory
  Stream<DynamicTest> aDatabaseOutageAnswers503QuicklyAndBeaconServesAgainWhenTheDatabaseReturns() {
    int runs = Integer.getInteger("beacon.fault.runs", 1);
    return IntStream.rangeClosed(1, runs)
        .mapToObj(
            run ->
                DynamicTest.dynamicTest(
                    "PostgreSQL stopped and started, run " + run + " of " + runs,
                    () -> outage(Files.createDirectories(work.resolve("outage-" + run)))));
  }

  private void outage(Path work) throws Exception {
    try (PrivatePostgres postgres = PrivatePostgres.create(freePort())) {
      postgres.start();
      postgres.createDatabase("beacon");
      Map<String, String> env =
          Map.of(
              "BEACON_DEMO",
              "true",
              "BEACON_DATA",
              work.toString(),
              "BEACON_DB_URL",
              "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/beacon",
              "BEACON_DB_USER",
              "postgres");
      try (BeaconProcess beacon =
          BeaconProcess.start(work, "outage", freePort(), env, READY_WITHIN)) {
        String before = reportAs(beacon, 201);
        assertThat(beacon.get("/api/tasks", "dsl").statusCode()).isEqualTo(200);

        postgres.stopImmediately();
        List<String> answers = new ArrayList<>();
        long outageUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < outageUntil) {
          for (String[] request :
              new String[][] {{"GET", "/api/tasks", "dsl"}, {"POST", "/api/incidents", "staff"}}) {
            long started = System.nanoTime();
            HttpResponse<String> response =
                beacon.send(
                    request[0], request[1], request[2], "POST".equals(request[0]) ? REPORT : null);
            long millis = (System.nanoTime() - started) / 1_000_000;
            answers.add(
                request[0]
                    + " "
                    + request[1]
                    + " -> "
                    + response.statusCode()
                    + " in "
                    + millis
                    + " ms");
            assertThat(response.statusCode())
                .as(
                    "%s %s during the outage: %s%nBeacon's log:%n%s",
                    request[0], request[1], response.body(), beacon.tail())
                .isEqualTo(503);
            assertThat(millis).as("answered quickly, not hung: %s", answers).isLessThan(15_000);
            JsonObject problem = json(response.body()).asJsonObject();
            assertThat(problem.getInt("status")).isEqualTo(503);
            assertThat(problem.getString("message")).isNotBlank();
          }
        }
        HttpResponse<String> ready = beacon.readiness();
        assertThat(ready.statusCode()).as("readiness during the outage").isEqualTo(503);
        assertThat(ready.body()).contains("DOWN");

        postgres.start();
        long backWithin = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < backWithin && status != 200) {
          Thread.sleep(500);
          status = beacon.readiness().statusCode();
        }
        assertThat(status)
            .as("ready again within a minute of the database's return")
            .isEqualTo(200);
        String after = reportAs(beacon, 201);
        assertThat(beacon.get("/api/incidents/" + before, "dsl").statusCode())
            .as("reported before the outage")
            .isEqualTo(200);
        JsonObject tasks =
            json(beacon
                    .get(
                        "/api/tasks?processDefinitionKey=IncidentResponseProcess&businessKey="
                            + after,
                        "dsl")
                    .body())
                .asJsonObject();
        assertThat(tasks.getJsonArray("items"))
            .as("first task of the report after the outage")
            .hasSize(1);
        assertThat(answers).as("requests tried during the outage").isNotEmpty();
        System.out.println(
            "During the outage: " + answers.size() + " requests, e.g. " + answers.get(0));
      }
    }
  }

  private static String reportAs(BeaconProcess beacon, int expected)
      throws IOException, InterruptedException {
    HttpResponse<String> created = beacon.send("POST", "/api/incidents", "staff", REPORT);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(expected);
    return json(created.body()).asJsonObject().getString("reference");
  }

  /** Four clients reporting incidents until stopped, keeping the references Beacon acknowledged. */
  private static final class Burst {
    final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> senders = new ArrayList<>();

    /** Starts the clients and returns after the fifth acknowledgement (or a minute). */
    static Burst of(BeaconProcess beacon) throws InterruptedException {
      Burst burst = new Burst();
      for (int i = 0; i < 4; i++) {
        Thread sender =
            new Thread(
                () -> {
                  while (burst.running.get()) {
                    try {
                      HttpResponse<String> created =
                          beacon.send("POST", "/api/incidents", "staff", REPORT);
                      if (created.statusCode() == 201) {
                        burst.acknowledged.add(
                            json(created.body()).asJsonObject().getString("reference"));
                      }
                    } catch (Exception killedOrStopped) {
                      return;
                    }
                  }
                });
        sender.start();
        burst.senders.add(sender);
      }
      long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < until && burst.acknowledged.size() < 5) {
        Thread.sleep(20);
      }
      return burst;
    }

    void stop() throws InterruptedException {
      running.set(false);
      for (Thread sender : senders) {
        sender.join(30_000);
      }
    }
  }
}
