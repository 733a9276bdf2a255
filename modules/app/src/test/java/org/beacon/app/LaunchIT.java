package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.app.BeaconProcess.freePort;
import static org.beacon.app.BeaconProcess.json;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.beacon.launcher.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code beacon.jar} the way the README says, as a separate process on the embedded H2
 * database, and checks what a new user relies on: it becomes ready, demo users sign in, a restart
 * (even after kill -9) keeps tasks, history and model versions, and a start without any way to
 * create the first administrator fails with a clear message; with a test certificate it serves
 * HTTPS (the issue's {@code curl -kI https://localhost:8443/} acceptance) and a key that is not the
 * certificate's stops the start. {@link FaultIT} kills it in the middle of a burst and cuts its
 * database off.
 */
class LaunchIT {

  // Beacon starts in 20-40 s on an idle machine; a CI runner busy with the build can take minutes.
  private static final Duration READY_WITHIN = Duration.ofSeconds(240);

  @TempDir Path data;

  @Test
  void demoSchoolStartsWithATermOfCasesAndAKilledRestartKeepsTasksHistoryAndModelVersions()
      throws Exception {
    int port = freePort();
    Map<String, String> env =
        Map.of("BEACON_DEMO", "true", "BEACON_DEMO_CASES", "true", "BEACON_DATA", data.toString());
    String taskId;
    String reference;
    int demoIncidents;
    BeaconProcess first = BeaconProcess.start(data, "first", port, env, READY_WITHIN);
    try {
      assertThat(first.get("/api/session", "dsl").statusCode()).isEqualTo(200);
      assertThat(first.get("/api/session", "governor").body()).contains("\"governor\"");

      // The demo school's term of cases: every lead has work waiting, the governors have figures.
      for (String user : new String[] {"dsl", "head", "chair", "technical", "governor"}) {
        var tasks = first.get("/api/tasks?size=50", user);
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        assertThat(json(tasks.body()).asJsonObject().getJsonArray("items"))
            .as("demo tasks of " + user)
            .isNotEmpty();
      }
      var incidents = first.get("/api/incidents?size=100", "dsl");
      assertThat(incidents.statusCode()).as(incidents.body()).isEqualTo(200);
      demoIncidents = json(incidents.body()).asJsonArray().size();
      assertThat(demoIncidents).isGreaterThanOrEqualTo(5);
      // Governors see whole months: the last three, as the dashboard asks for a term.
      java.time.YearMonth month = java.time.YearMonth.now(org.beacon.platform.api.SchoolTime.ZONE);
      String period = "from=" + month.minusMonths(2).atDay(1) + "&to=" + month.atEndOfMonth();
      var figures = first.get("/api/governance/statistics?" + period, "governor");
      assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
      assertThat(
              json(figures.body())
                  .asJsonObject()
                  .getJsonObject("figures")
                  .getJsonArray("modules")
                  .getValuesAs(JsonObject.class))
          .as("a module with 5 or more cases, shown as a number: " + figures.body())
          .anyMatch(
              module ->
                  // Not every module counts a total (the school records count signatures).
                  module.get("total") instanceof JsonObject total
                      && total.get("value") instanceof jakarta.json.JsonNumber n
                      && n.longValue() >= 5);

      var reported = first.send("POST", "/api/incidents", "staff", REPORT);
      assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
      reference = json(reported.body()).asJsonObject().getString("reference");
      taskId = firstTaskId(first, "dsl", reference);
      var completed =
          first.send(
              "POST",
              "/api/tasks/" + taskId + "/complete",
              "dsl",
              "{\"classification\":\"inappropriate\",\"involvesChild\":true}");
      assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
      assertThat(firstTaskId(first, "dsl", reference)).isNotEqualTo(taskId);
    } finally {
      // kill -9: nothing acknowledged may be lost
      first.kill();
    }

    try (BeaconProcess second = BeaconProcess.start(data, "second", port, env, READY_WITHIN)) {
      // The step after the classification is there, and only it: nothing acknowledged was lost or
      // done twice.
      JsonObject dslTasks = json(second.get(tasksOf(reference), "dsl").body()).asJsonObject();
      assertThat(dslTasks.getJsonArray("items")).hasSize(1);
      assertThat(dslTasks.getJsonArray("items").getJsonObject(0).getString("name"))
          .isEqualTo("Decide the actions for the pupil");

      // Who completed the task survives on the audit trail (the engine's task history is not open
      // to admins).
      String trail =
          second.get("/api/audit?resourceType=task&resourceId=" + taskId, "admin").body();
      assertThat(json(trail).asJsonArray().getValuesAs(JsonObject.class))
          .anySatisfy(
              e ->
                  assertThat(e.getString("actor") + " " + e.getString("action"))
                      .isEqualTo("dsl complete"));
      String versions =
          second.get("/engine-rest/process-definition?key=IncidentResponseProcess", "admin").body();
      assertThat(json(versions).asJsonArray()).hasSize(1);

      // The demo cases were made once: the restart added none (the one more is the test's own
      // report).
      assertThat(json(second.get("/api/incidents?size=100", "dsl").body()).asJsonArray())
          .hasSize(demoIncidents + 1);
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
    assertThat(process.waitFor(READY_WITHIN.toSeconds(), TimeUnit.SECONDS))
        .as("process ends by itself")
        .isTrue();
    assertThat(process.exitValue()).isNotZero();
    assertThat(Files.readString(log))
        .contains("BEACON_ADMIN_PASSWORD")
        .contains("BEACON_DEMO=true");
  }

  @Test
  void anAdminPasswordCreatesTheFirstAdministratorAndNoDemoUsers() throws Exception {
    Map<String, String> env =
        Map.of("BEACON_DATA", data.toString(), "BEACON_ADMIN_PASSWORD", "correct-horse-battery");
    try (BeaconProcess beacon = BeaconProcess.start(data, "admin", freePort(), env, READY_WITHIN)) {
      assertThat(beacon.get("/api/session", "dsl").statusCode()).isEqualTo(401);
      // Outside demo mode two-factor sign-in is required of administrators: a password alone
      // over HTTP Basic is refused, and a browser sign-in is held back until they enrol.
      var basic = beacon.get("/api/session", "admin:correct-horse-battery");
      assertThat(basic.statusCode()).isEqualTo(401);
      assertThat(basic.body()).contains("API token");
      var signedIn =
          beacon.sendWith(
              "POST",
              "/api/session",
              Map.of(),
              "{\"username\":\"admin\",\"password\":\"correct-horse-battery\"}");
      assertThat(signedIn.statusCode()).isEqualTo(200);
      JsonObject session = json(signedIn.body()).asJsonObject();
      assertThat(session.getJsonArray("roles").toString()).contains("\"admin\"");
      assertThat(session.getJsonObject("twoFactor").getBoolean("enrolmentRequired")).isTrue();
      String cookie =
          SchoolSignInFlow.session(signedIn.headers().allValues("Set-Cookie")).orElseThrow();
      Map<String, String> browser =
          Map.of("Cookie", cookie, "X-CSRF-Token", session.getString("csrfToken"));
      var held = beacon.sendWith("GET", "/api/users", browser, null);
      assertThat(held.statusCode()).isEqualTo(403);
      assertThat(held.body()).contains("two-factor-enrolment-required");

      String secret =
          json(beacon.sendWith("POST", "/api/users/me/two-factor", browser, null).body())
              .asJsonObject()
              .getString("secret");
      String code =
          new dev.samstevens.totp.code.DefaultCodeGenerator()
              .generate(secret, java.time.Instant.now().getEpochSecond() / 30);
      var confirmed =
          beacon.sendWith(
              "POST",
              "/api/users/me/two-factor/confirmation",
              browser,
              "{\"code\":\"" + code + "\"}");
      assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
      assertThat(beacon.sendWith("GET", "/api/users", browser, null).statusCode()).isEqualTo(200);
    }
  }

  /**
   * The acceptance: with a test certificate, HTTPS answers with the browser headers and a
   * {@code Secure} session cookie; plain HTTP only redirects there; a trusted proxy's {@code
   * X-Forwarded-Proto} and {@code X-Forwarded-For} count (HSTS, Secure cookie, the audited client
   * address); the keystore lives in an owner-only directory that is gone after the stop.
   */
  @Test
  void withATestCertificateBeaconServesHttpsAndRedirectsPlainHttp() throws Exception {
    var issued =
        TestCertificates.localhost(data, TestCertificates.rsa(), TestCertificates.KeyForm.PKCS8);
    int tlsPort = freePort();
    Path tmp = Files.createDirectory(data.resolve("tmp"));
    Map<String, String> env =
        Map.of(
            "BEACON_DEMO", "true",
            "BEACON_DATA", data.toString(),
            "BEACON_TLS_CERT", issued.certificateFile().toString(),
            "BEACON_TLS_KEY", issued.keyFile().toString(),
            "BEACON_TLS_PORT", Integer.toString(tlsPort),
            "BEACON_TRUSTED_PROXIES", "127.0.0.1, ::1",
            "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);
    HttpClient https = httpsClient(issued.certificate());
    URI base = URI.create("https://localhost:" + tlsPort);
    // A longer wait than the other starts: on a shared 2-core machine a start took 227 s once.
    try (BeaconProcess beacon =
        BeaconProcess.start(data, "https", freePort(), env, Duration.ofSeconds(360))) {
      HttpResponse<Void> head =
          https.send(
              HttpRequest.newBuilder(base.resolve("/"))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(head.statusCode()).isEqualTo(200);
      assertThat(head.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
      assertThat(head.headers().firstValue("Strict-Transport-Security"))
          .contains("max-age=63072000; includeSubDomains");
      assertThat(head.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(head.headers().firstValue("Referrer-Policy")).contains("no-referrer");

      HttpResponse<String> signIn =
          https.send(
              signIn(base, "dsl", "beacon-demo").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
      assertThat(sessionCookie(signIn)).contains("; Secure").containsIgnoringCase("HttpOnly");

      // Plain HTTP: a redirect, nothing else; an API client is not answered over it either.
      HttpResponse<String> plain = beacon.get("/api/tasks?page=2", "dsl");
      assertThat(plain.statusCode()).isEqualTo(308);
      assertThat(plain.headers().firstValue("Location"))
          .contains("https://localhost:" + tlsPort + "/api/tasks?page=2");
      assertThat(plain.body()).isEmpty();

      // Behind a trusted proxy (127.0.0.1 here) that ended HTTPS: no redirect, HSTS, Secure cookie.
      URI viaProxy = beacon.uri("/api/session");
      HttpResponse<String> proxied =
          HTTP.send(
              signIn(viaProxy, "dsl", "beacon-demo").header("X-Forwarded-Proto", "https").build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(proxied.statusCode()).as(proxied.body()).isEqualTo(200);
      assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
      assertThat(sessionCookie(proxied)).contains("; Secure");

      // The client address the proxy names is the one throttled and audited.
      String stranger = "nobody-" + System.nanoTime();
      HttpResponse<String> failed =
          HTTP.send(
              signIn(viaProxy, stranger, "wrong-password-1")
                  .header("X-Forwarded-Proto", "https")
                  .header("X-Forwarded-For", "203.0.113.5")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(failed.statusCode()).isEqualTo(401);
      HttpResponse<String> trail =
          https.send(
              HttpRequest.newBuilder(
                      base.resolve("/api/audit?resourceType=session&resourceId=" + stranger))
                  .header(
                      "Authorization",
                      "Basic "
                          + java.util.Base64.getEncoder()
                              .encodeToString("admin:beacon-demo".getBytes()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(trail.body()).contains("from 203.0.113.5");

      try (var dirs = Files.list(tmp)) {
        Path keystoreDir =
            dirs.filter(p -> p.getFileName().toString().startsWith("beacon-tls-"))
                .findFirst()
                .orElseThrow();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystoreDir)))
            .isEqualTo("rwx------");
      }
    }
    try (var dirs = Files.list(tmp)) {
      assertThat(dirs.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith("beacon-tls-"));
    }
  }

  @Test
  void aKeyThatDoesNotMatchTheCertificateStopsTheStartWithASentence() throws Exception {
    var issued =
        TestCertificates.localhost(data, TestCertificates.rsa(), TestCertificates.KeyForm.PKCS8);
    Path otherKey = data.resolve("other-key.pem");
    TestCertificates.writePem(otherKey, TestCertificates.rsa().getPrivate());
    ProcessBuilder builder = BeaconProcess.command(freePort());
    builder.environment().put("BEACON_DEMO", "true");
    builder.environment().put("BEACON_DATA", data.toString());
    builder.environment().put("BEACON_TLS_CERT", issued.certificateFile().toString());
    builder.environment().put("BEACON_TLS_KEY", otherKey.toString());
    Path log = data.resolve("mismatched-key.log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(READY_WITHIN.toSeconds(), TimeUnit.SECONDS))
        .as("process ends by itself")
        .isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(Files.readString(log))
        .contains("Beacon cannot start: BEACON_TLS_KEY (" + otherKey + ") is not the private key");
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpRequest.Builder signIn(URI uri, String username, String password) {
    URI target =
        uri.getPath().isEmpty() || uri.getPath().equals("/") ? uri.resolve("/api/session") : uri;
    return HttpRequest.newBuilder(target)
        .header("Content-Type", "application/json")
        .header("X-Requested-With", "fetch")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
  }

  private static String sessionCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("BEACON_SESSION="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
  }

  /** A client that trusts exactly the test certificate (and checks the host name against it). */
  private static HttpClient httpsClient(X509Certificate certificate) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("beacon-test", certificate);
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return HttpClient.newBuilder()
        .sslContext(context)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * A member of staff's report of a pupil on a non-educational site: the DSL classifies it next.
   */
  private static final String REPORT =
      "{\"occurredAt\":\"2026-11-20T10:15\",\"location\":\"Room 12\","
          + "\"device\":{\"ownership\":\"school\",\"identifier\":\"LAPTOP-22\"},"
          + "\"description\":\"Games site during the lesson\",\"urls\":[],"
          + "\"pupils\":[{\"reference\":\"P-LAUNCH-1\",\"yearGroup\":\"Year 8\"}],\"staff\":[],"
          + "\"incidentType\":\"Unauthorised use of non-educational sites during lessons\",\"immediateRisk\":false}";

  private static String tasksOf(String reference) {
    return "/api/tasks?processDefinitionKey=IncidentResponseProcess&businessKey=" + reference;
  }

  private static String firstTaskId(BeaconProcess beacon, String user, String reference)
      throws Exception {
    JsonObject page = json(beacon.get(tasksOf(reference), user).body()).asJsonObject();
    assertThat(page.getJsonArray("items")).as("tasks of " + user).isNotEmpty();
    return page.getJsonArray("items").getJsonObject(0).getString("id");
  }
}
