package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.app.BeaconProcess.freePort;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.beacon.app.BeaconHttp.Reply;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production layout of the README's "More than one node": two Beacon nodes ({@code beacon.jar},
 * each its own process) on one fresh PostgreSQL database, clustered for their sessions with {@code
 * BEACON_CLUSTER_MEMBERS}. They start together and deploy the models once; a browser session opened
 * on one node works on the other, and a sign-out on one ends it on both; 100 timers started through
 * both nodes fire exactly once each; and a SIGKILL of one node in the middle of a burst of reports
 * through both loses no acknowledged report and leaves no half-written one, while a person signed
 * in on the killed node carries on through the other. Both nodes send e-mail alerts from the one
 * outbox (to a GreenMail server of the test's own), and each alert arrives once.
 *
 * <p>Runs where PostgreSQL answers on 127.0.0.1:5432 (user {@code postgres}, or {@code
 * BEACON_DB_USER} / {@code BEACON_DB_PASSWORD}), in a database of its own ({@value #DATABASE}, made
 * afresh each run); skipped with a message elsewhere.
 */
class TwoNodeIT {

  static final String DATABASE = "beacon_twonode";

  private static final Duration READY_WITHIN = Duration.ofSeconds(600);
  private static final int TIMERS = 100;
  private static final String REPORT =
      "{\"occurredAt\":\"2026-11-20T10:15\",\"location\":\"Library\",\"device\":{\"ownership\":\"school\"},"
          + "\"description\":\"Burst\",\"incidentType\":\"other\",\"incidentTypeOther\":\"Test\",\"immediateRisk\":false}";

  private static final String AT_RISK =
      "{\"occurredAt\":\"2026-11-20T10:15\",\"location\":\"Room 12\","
          + "\"device\":{\"ownership\":\"school\",\"identifier\":\"LAPTOP-22\"},"
          + "\"description\":\"Watched a violent extremist video during the lesson\",\"urls\":[],"
          + "\"pupils\":[{\"reference\":\"P-TWONODE\",\"yearGroup\":\"Year 8\"}],\"staff\":[],"
          + "\"incidentType\":\"Unauthorised use of non-educational sites during lessons\",\"immediateRisk\":true}";

  @TempDir Path work;

  private int smtpPort;

  @Test
  void twoNodesOnOneDatabaseShareSessionsFireEachTimerOnceAndSurviveTheLossOfOne()
      throws Exception {
    Assumptions.assumeTrue(
        postgresAnswers(),
        "PostgreSQL does not answer on 127.0.0.1:5432: the two-node test (TwoNodeIT) is skipped");
    freshDatabase();

    int hazelcastA = freePort();
    int hazelcastB = freePort();
    String members = "127.0.0.1:" + hazelcastA + ",127.0.0.1:" + hazelcastB;
    String cluster = "twonode-" + UUID.randomUUID().toString().substring(0, 8);
    int portA = freePort();
    int portB = freePort();
    // The mail server both nodes send their alerts to.
    GreenMail smtp =
        new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    smtp.start();
    smtpPort = smtp.getSmtp().getPort();
    // Started together: the start-up lock and the engine's deployment lock let one deploy.
    CompletableFuture<BeaconProcess> startingA =
        CompletableFuture.supplyAsync(() -> start("node-a", portA, hazelcastA, members, cluster));
    CompletableFuture<BeaconProcess> startingB =
        CompletableFuture.supplyAsync(() -> start("node-b", portB, hazelcastB, members, cluster));
    BeaconProcess a = null;
    BeaconProcess b = null;
    try {
      a = startingA.join();
      b = startingB.join();
      BeaconHttp httpA = http(a);
      BeaconHttp httpB = http(b);

      modelsWereDeployedOnce();
      sessionsAreSharedAndASignOutEndsThemEverywhere(httpA, httpB);
      eachTimerFiresOnceAcrossTheNodes(httpA, httpB);
      eachAlertIsSentOnceByTheTwoNodes(httpA, httpB, smtp);
      killingANodeInABurstLosesNothingAcknowledged(a, httpA, httpB);
    } catch (RuntimeException | AssertionError e) {
      printLogs();
      throw e;
    } finally {
      for (BeaconProcess node : new BeaconProcess[] {a, b}) {
        if (node != null) {
          node.close();
        }
      }
      if (a == null) {
        startingA.thenAccept(TwoNodeIT::closeQuietly);
      }
      if (b == null) {
        startingB.thenAccept(TwoNodeIT::closeQuietly);
      }
      smtp.stop();
    }
  }

  /** Every packaged model exists in one version, in one deployment per folder. */
  private void modelsWereDeployedOnce() throws SQLException {
    try (Connection db = beaconDatabase()) {
      assertThat(
              rows(
                  db,
                  "select key_, count(*) from act_re_procdef group by key_ having count(*) > 1"))
          .as("process definitions deployed more than once by nodes starting together")
          .isEmpty();
      assertThat(
              rows(
                  db,
                  "select key_, count(*) from act_re_decision_def group by key_ having count(*) > 1"))
          .as("decision definitions deployed more than once")
          .isEmpty();
      assertThat(
              rows(
                  db,
                  "select name_, count(*) from act_re_deployment group by name_ having count(*) > 1"))
          .as("deployments made twice")
          .isEmpty();
      assertThat(
              count(
                  db, "select count(*) from act_re_procdef where key_ = 'IncidentResponseProcess'"))
          .isEqualTo(1);
    }
  }

  private void sessionsAreSharedAndASignOutEndsThemEverywhere(BeaconHttp a, BeaconHttp b)
      throws Exception {
    Browser head = Browser.signIn(a, "head");
    Reply onB = eventually(() -> head.get(b, "api/session"), 200);
    assertThat(onB.status())
        .as("the session opened on node A, used on node B: %s", onB.body())
        .isEqualTo(200);
    assertThat(onB.json().getString("username")).isEqualTo("head");
    assertThat(onB.json().getString("csrfToken"))
        .as("the same CSRF token on both nodes")
        .isEqualTo(head.csrf);
    assertThat(head.get(a, "api/tasks").status()).as("back on node A").isEqualTo(200);

    // The cookies as they are before the sign-out: another tab, or whoever copied them.
    String before = head.cookieHeader();
    Reply signOut = head.delete(b, "api/session");
    assertThat(signOut.status()).as("sign-out on node B: %s", signOut).isEqualTo(204);
    Reply onA = a.withCookie(before).get("api/tasks");
    assertThat(onA.status())
        .as("node A, which holds its own copy of the session, after the sign-out on node B")
        .isEqualTo(401);
    assertThat(b.withCookie(before).get("api/tasks").status())
        .as("node B after its sign-out")
        .isEqualTo(401);
  }

  private void eachTimerFiresOnceAcrossTheNodes(BeaconHttp a, BeaconHttp b) throws Exception {
    String key = TestModels.uniqueKey("TwoNodeTimer");
    Reply deployed =
        a.as("admin")
            .postMultipart(
                "engine-rest/deployment/create",
                Map.of(
                    "deployment-name",
                    key,
                    "deploy-changed-only",
                    "true",
                    "deployment-source",
                    "beacon-it"),
                key + ".bpmn",
                TestModels.timerBeforeDslTask(key));
    assertThat(deployed.status()).as("deploy %s: %s", key, deployed).isEqualTo(200);

    List<CompletableFuture<Void>> starts = new ArrayList<>();
    for (int sender = 0; sender < 4; sender++) {
      BeaconHttp node = sender % 2 == 0 ? a : b;
      starts.add(
          CompletableFuture.runAsync(
              () -> {
                for (int i = 0; i < TIMERS / 4; i++) {
                  Reply started =
                      node.as("admin")
                          .postJson("engine-rest/process-definition/key/" + key + "/start", "{}");
                  assertThat(started.status()).as("start %s: %s", key, started).isEqualTo(200);
                }
              }));
    }
    CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();

    try (Connection db = beaconDatabase()) {
      String tasksOfKey =
          "select count(*) from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_ where d.key_ = '"
              + key
              + "'";
      long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (System.nanoTime() < until && count(db, tasksOfKey) < TIMERS) {
        Thread.sleep(500);
      }
      // A second chance for a timer that fired twice to show itself.
      Thread.sleep(2000);
      assertThat(count(db, tasksOfKey)).as("one task after each timer").isEqualTo(TIMERS);
      assertThat(
              count(db, "select count(*) from act_ru_job where process_def_key_ = '" + key + "'"))
          .as("timers left waiting")
          .isZero();
      Map<String, Long> firedPerJob =
          rows(
              db,
              "select job_id_, count(*) from act_hi_job_log where process_def_key_ = '"
                  + key
                  + "' and job_state_ = 2 group by job_id_");
      assertThat(firedPerJob).as("timer jobs that ran successfully").hasSize(TIMERS);
      assertThat(firedPerJob.values()).as("runs of each timer").containsOnly(1L);
      assertThat(
              count(
                  db,
                  "select count(*) from act_hi_actinst where act_id_ = '"
                      + TestModels.ONE_SECOND_TIMER
                      + "' and proc_def_key_ = '"
                      + key
                      + "' and end_time_ is not null"))
          .as("timer events passed")
          .isEqualTo(TIMERS);
      Map<String, Long> byNode =
          rows(
              db,
              "select hostname_, count(*) from act_hi_job_log where process_def_key_ = '"
                  + key
                  + "' and job_state_ = 2 group by hostname_");
      System.out.println("TwoNodeIT: " + TIMERS + " timers fired once each; by node: " + byNode);
    }
  }

  /**
   * Both nodes send from the one outbox: each message about a child at immediate risk reaches each
   * of the demo school's leads once, never once per node.
   */
  private void eachAlertIsSentOnceByTheTwoNodes(BeaconHttp a, BeaconHttp b, GreenMail smtp)
      throws Exception {
    List<String> leads = List.of("dsl", "dsl2", "head");
    for (String user : leads) {
      Reply reply =
          a.as("admin")
              .send(
                  "PATCH",
                  "api/users/" + user,
                  java.net.http.HttpRequest.BodyPublishers.ofString(
                      "{\"email\":\"" + user + "@demo.school\"}"),
                  "application/json");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
    List<String> references = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Reply reported = (i % 2 == 0 ? a : b).as("staff").postJson("api/incidents", AT_RISK);
      assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
      references.add(reported.json().getString("reference"));
    }
    int expected = references.size() * leads.size();
    long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < until && atRiskMails(smtp, references).size() < expected) {
      Thread.sleep(500);
    }
    // Several rounds of both senders: a message sent twice would be here by now.
    Thread.sleep(6000);
    Map<String, Long> perMessage =
        atRiskMails(smtp, references).stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    m -> m, java.util.stream.Collectors.counting()));
    assertThat(perMessage).as("alerts (reference -> recipient) received").hasSize(expected);
    assertThat(perMessage.values()).as("copies of each alert").containsOnly(1L);
  }

  /** "reference -> recipient" of each message about one of these references' immediate risk. */
  private static List<String> atRiskMails(GreenMail smtp, List<String> references)
      throws Exception {
    List<String> found = new ArrayList<>();
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      String subject = mail.getSubject() == null ? "" : mail.getSubject();
      if (!subject.contains("immediate risk")) {
        continue;
      }
      for (String reference : references) {
        if (subject.contains("(" + reference + ")")) {
          for (var recipient : mail.getAllRecipients()) {
            found.add(reference + " -> " + recipient);
          }
        }
      }
    }
    return found;
  }

  private void killingANodeInABurstLosesNothingAcknowledged(
      BeaconProcess killed, BeaconHttp a, BeaconHttp b) throws Exception {
    // Signed in on the node that is about to die, as a browser behind the load balancer would be.
    long[] before = incidentFigures();
    Browser staff = Browser.signIn(a, "staff");
    assertThat(staff.get(a, "api/tasks").status()).isEqualTo(200);
    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> senders = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      BeaconHttp node = i % 2 == 0 ? a : b;
      Thread sender =
          new Thread(
              () -> {
                while (running.get()) {
                  try {
                    Reply created = node.as("staff").postJson("api/incidents", REPORT);
                    if (created.status() == 201) {
                      acknowledged.add(created.json().getString("reference"));
                    }
                  } catch (RuntimeException killedNode) {
                    if (node == a) {
                      return;
                    }
                  }
                }
              });
      sender.start();
      senders.add(sender);
    }
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until && acknowledged.size() < 10) {
      Thread.sleep(20);
    }
    // somewhere in the middle of the next requests, not at a request boundary
    Thread.sleep(ThreadLocalRandom.current().nextInt(1500));
    killed.kill();
    Thread.sleep(1500);
    running.set(false);
    for (Thread sender : senders) {
      sender.join(60_000);
    }
    assertThat(acknowledged)
        .as("reports acknowledged around the kill")
        .hasSizeGreaterThanOrEqualTo(10);

    Reply stillSignedIn = staff.get(b, "api/session");
    assertThat(stillSignedIn.status())
        .as("signed in on the killed node, now on the other: %s", stillSignedIn.body())
        .isEqualTo(200);
    assertThat(stillSignedIn.json().getString("username")).isEqualTo("staff");
    Reply reported = staff.post(b, "api/incidents", REPORT);
    assertThat(reported.status())
        .as("a report through the surviving node with the same session: %s", reported.body())
        .isEqualTo(201);
    acknowledged.add(reported.json().getString("reference"));

    for (String reference : List.copyOf(acknowledged)) {
      assertThat(b.as("dsl").get("api/incidents/" + reference).status())
          .as(reference)
          .isEqualTo(200);
      Reply tasks =
          b.as("dsl")
              .get(
                  "api/tasks?processDefinitionKey=IncidentResponseProcess&businessKey="
                      + reference);
      assertThat(tasks.json().getJsonArray("items")).as("first task of " + reference).hasSize(1);
    }
    long[] after = incidentFigures();
    long incidents = after[0] - before[0];
    long instances = after[1] - before[1];
    long triageTasks = after[2] - before[2];
    System.out.println(
        "TwoNodeIT: " + acknowledged.size() + " reports acknowledged, " + incidents + " stored");
    assertThat(incidents).as("incidents stored").isGreaterThanOrEqualTo(acknowledged.size());
    assertThat(instances).as("one process instance per incident, no orphans").isEqualTo(incidents);
    assertThat(triageTasks).as("one triage task per incident").isEqualTo(incidents);
  }

  /** Incidents, their process instances and their open tasks, all of them. */
  private static long[] incidentFigures() throws SQLException {
    try (Connection db = beaconDatabase()) {
      return new long[] {
        count(db, "select count(*) from inc_incident"),
        count(
            db,
            "select count(*) from act_hi_procinst where proc_def_key_ = 'IncidentResponseProcess'"),
        count(
            db,
            "select count(*) from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_"
                + " where d.key_ = 'IncidentResponseProcess'")
      };
    }
  }

  /**
   * A browser's cookie jar and CSRF token: it sends back every cookie it was given (the session's,
   * and the version cookie Payara's replicated sessions add), as a browser behind the load
   * balancer.
   */
  private static final class Browser {

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    static Browser signIn(BeaconHttp node, String username) {
      Browser browser = new Browser();
      Reply reply =
          browser.keep(
              node.anonymous()
                  .postJson(
                      "api/session",
                      "{\"username\":\""
                          + username
                          + "\",\"password\":\""
                          + BeaconHttp.DEMO_PASSWORD
                          + "\"}"));
      assertThat(reply.status()).as("sign-in of %s: %s", username, reply.body()).isEqualTo(200);
      assertThat(browser.cookies).as("cookies after the sign-in").containsKey("BEACON_SESSION");
      browser.csrf = reply.json().getString("csrfToken");
      return browser;
    }

    String cookieHeader() {
      return String.join(
          "; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList());
    }

    Reply get(BeaconHttp node, String path) {
      return keep(node.withSession(cookieHeader(), csrf).get(path));
    }

    Reply post(BeaconHttp node, String path, String json) {
      return keep(node.withSession(cookieHeader(), csrf).postJson(path, json));
    }

    Reply delete(BeaconHttp node, String path) {
      return keep(node.withSession(cookieHeader(), csrf).delete(path));
    }

    private Reply keep(Reply reply) {
      for (String setCookie : reply.headers().allValues("Set-Cookie")) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals > 0) {
          cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
      }
      return reply;
    }
  }

  /**
   * The reply once it has {@code status}, or the last one after five seconds: a session is written
   * to the cluster as its request ends, a moment after the answer left.
   */
  private static Reply eventually(java.util.function.Supplier<Reply> request, int status)
      throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    Reply reply = request.get();
    while (reply.status() != status && System.nanoTime() < until) {
      Thread.sleep(200);
      reply = request.get();
    }
    return reply;
  }

  private BeaconProcess start(
      String name, int port, int hazelcastPort, String members, String cluster) {
    try {
      Path data = Files.createDirectories(work.resolve(name));
      Map<String, String> env = new LinkedHashMap<>();
      env.put("BEACON_DEMO", "true");
      env.put("BEACON_DATA", data.toString());
      env.put("BEACON_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE);
      env.put("BEACON_DB_USER", user());
      env.put("BEACON_DB_PASSWORD", password());
      env.put("BEACON_CLUSTER_MEMBERS", members);
      env.put("BEACON_CLUSTER_PORT", Integer.toString(hazelcastPort));
      env.put("BEACON_CLUSTER_NAME", cluster);
      env.put("BEACON_SMTP_HOST", "127.0.0.1");
      env.put("BEACON_SMTP_PORT", Integer.toString(smtpPort));
      env.put("BEACON_SMTP_TLS", "none");
      env.put("BEACON_MAIL_FROM", "beacon@demo.school");
      return BeaconProcess.start(work, name, port, env, READY_WITHIN);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static BeaconHttp http(BeaconProcess node) {
    return new BeaconHttp(
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), node.uri("/"));
  }

  private void printLogs() {
    for (String name : List.of("node-a", "node-b")) {
      Path log = work.resolve(name + ".log");
      if (Files.exists(log)) {
        try {
          System.out.println("---- " + name + " ----\n" + BeaconProcess.tail(log));
        } catch (IOException ignored) {
          // nothing more to show
        }
      }
    }
  }

  private static void closeQuietly(BeaconProcess node) {
    try {
      node.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static boolean postgresAnswers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Drops and makes {@value #DATABASE} on the server, so that no earlier run's data decides
   * anything.
   */
  private static void freshDatabase() throws SQLException {
    SQLException last = null;
    for (String maintenance : List.of("postgres", "test")) {
      try (Connection server =
              DriverManager.getConnection(
                  "jdbc:postgresql://127.0.0.1:5432/" + maintenance, user(), password());
          Statement sql = server.createStatement()) {
        sql.execute("drop database if exists " + DATABASE);
        sql.execute("create database " + DATABASE);
        return;
      } catch (SQLException e) {
        last = e;
      }
    }
    throw last;
  }

  private static Connection beaconDatabase() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:5432/" + DATABASE, user(), password());
  }

  private static String user() {
    String user = System.getenv("BEACON_DB_USER");
    return user == null || user.isBlank() ? "postgres" : user;
  }

  private static String password() {
    String password = System.getenv("BEACON_DB_PASSWORD");
    return password == null ? "" : password;
  }

  private static long count(Connection db, String query) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(query);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  private static Map<String, Long> rows(Connection db, String query) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (PreparedStatement statement = db.prepareStatement(query);
        ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        rows.put(result.getString(1), result.getLong(2));
      }
    }
    return rows;
  }
}
