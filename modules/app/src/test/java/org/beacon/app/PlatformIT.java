package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.beacon.app.BeaconHttp.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform as a client sees it, on Payara Micro with the built WAR: identity, the task API, the
 * engine's REST API, audit, the job executor and health. One class, so the server boots once.
 *
 * <p>Every test builds its own data: models under keys of their own, process instances with
 * business keys of their own. The database may hold earlier runs' data (PostgreSQL keeps it).
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  /** The one piece of state tests share: it holds no cookies, so no credentials leak across. */
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static final Duration TIMER_DEADLINE = Duration.ofSeconds(30);

  @ArquillianResource URL base;

  private BeaconHttp beacon;

  @Deployment(testable = false)
  static WebArchive beacon() {
    // The WAR Maven built, unchanged; named ROOT.war, it answers at the context root "/".
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("beacon.war")));
  }

  @BeforeEach
  void connect() throws URISyntaxException {
    URI uri = base.toURI();
    beacon =
        new BeaconHttp(
            CLIENT, new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), "/", null, null));
  }

  // --- the task API over a model an administrator deployed -----------------------------------

  @Test
  void fiftyConcurrentClaimsLeaveTheTaskWithExactlyOnePerson() throws Exception {
    String key = deployTwoStepReview();
    startProcess(key);
    String taskId = tasks("dsl", key).getJsonObject(0).getString("id");

    var pool = java.util.concurrent.Executors.newFixedThreadPool(50);
    var start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String user = i % 2 == 0 ? "dsl" : "dsl2";
      outcomes.add(
          pool.submit(
              () -> {
                start.await();
                return user + " " + beacon.as(user).post("api/tasks/" + taskId + "/claim").status();
              }));
    }
    start.countDown();
    List<String> results = new java.util.ArrayList<>();
    for (var outcome : outcomes) {
      results.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(results).allMatch(r -> r.endsWith(" 200") || r.endsWith(" 409"));
    List<String> winners =
        results.stream()
            .filter(r -> r.endsWith(" 200"))
            .map(r -> r.split(" ")[0])
            .distinct()
            .toList();
    assertThat(winners).as("one person holds the task: %s", results).hasSize(1);
    String holder = winners.get(0);
    assertThat(results.stream().filter(r -> !r.startsWith(holder + " ")))
        .allMatch(r -> r.endsWith(" 409"));
    assertThat(
            beacon
                .as(holder)
                .get("api/tasks/" + taskId)
                .json()
                .getJsonObject("task")
                .getString("assignee"))
        .isEqualTo(holder);
  }

  @Test
  void deployedModelsFirstTaskIsOfferedOnlyToItsCandidateGroup() {
    String key = deployTwoStepReview();
    String businessKey = startProcess(key);

    JsonArray forDsl = tasks("dsl", key);
    assertThat(forDsl).hasSize(1);
    JsonObject task = forDsl.getJsonObject(0);
    assertThat(task.getString("name")).isEqualTo("Triage");
    assertThat(task.getString("processDefinitionKey")).isEqualTo(key);
    assertThat(task.getString("businessKey")).isEqualTo(businessKey);
    assertThat(!task.containsKey("assignee") || task.isNull("assignee")).as("unclaimed").isTrue();

    for (String outsider : List.of("staff", "head", "governor")) {
      assertThat(tasks(outsider, key)).as("tasks offered to %s", outsider).isEmpty();
    }
  }

  @Test
  void taskFormListsTheFieldsTheModelDeclares() {
    String key = deployTwoStepReview();
    startProcess(key);
    String taskId = onlyTask("dsl", key);

    Reply detail = beacon.as("dsl").get("api/tasks/" + taskId);

    assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
    JsonObject json = detail.json();
    assertThat(strings(json.getJsonArray("candidateGroups"))).containsExactly("dsl");
    JsonArray form = json.getJsonArray("form");
    assertThat(form.getValuesAs(JsonObject.class))
        .extracting(
            f -> f.getString("id"),
            f -> f.getString("label"),
            f -> f.getString("type"),
            f -> f.getBoolean("required"))
        .containsExactly(
            tuple("summary", "Summary", "string", true), tuple("urgency", "Urgency", "enum", true));
    JsonArray urgencies = form.getJsonObject(1).getJsonArray("values");
    assertThat(urgencies.getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("id"), v -> v.getString("label"))
        .containsExactly(tuple("routine", "Routine"), tuple("urgent", "Urgent"));
  }

  @Test
  void onlyACandidateMayWorkATaskAndTheFirstClaimWins() {
    String key = deployTwoStepReview();
    startProcess(key);
    String taskId = onlyTask("dsl", key);

    assertError(
        beacon.as("head").postJson("api/tasks/" + taskId + "/complete", validTriage()), 403);
    assertError(beacon.as("head").get("api/tasks/" + taskId), 403);

    Reply claimed = beacon.as("dsl").post("api/tasks/" + taskId + "/claim");
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
    assertThat(claimed.json().getString("assignee")).isEqualTo("dsl");

    assertError(beacon.as("dsl2").post("api/tasks/" + taskId + "/claim"), 409);
    assertError(
        beacon.as("dsl2").postJson("api/tasks/" + taskId + "/complete", validTriage()), 409);
    assertThat(tasks("dsl", key).getJsonObject(0).getString("assignee")).isEqualTo("dsl");
  }

  @Test
  void completionIsCheckedAgainstTheModelsForm() {
    String key = deployTwoStepReview();
    startProcess(key);
    String taskId = onlyTask("dsl", key);
    claim("dsl", taskId);

    JsonObject missingAndInvalid =
        assertError(
            beacon
                .as("dsl")
                .postJson("api/tasks/" + taskId + "/complete", "{\"urgency\":\"whenever\"}"),
            400);
    assertThat(missingAndInvalid.getJsonObject("fields").keySet())
        .containsExactlyInAnyOrder("summary", "urgency");

    JsonObject unknownField =
        assertError(
            beacon
                .as("dsl")
                .postJson(
                    "api/tasks/" + taskId + "/complete",
                    "{\"summary\":\"Seen\",\"urgency\":\"routine\",\"verdict\":\"guilty\"}"),
            400);
    assertThat(unknownField.getJsonObject("fields").keySet()).containsExactly("verdict");

    assertThat(ids(tasks("dsl", key))).as("the refused task stays open").containsExactly(taskId);
  }

  @Test
  void completingTheTriageHandsTheCaseToTheHeadAndHistoryRecordsWhoDidIt() {
    String key = deployTwoStepReview();
    String businessKey = startProcess(key);
    String processInstanceId = processInstanceId(key, businessKey);
    String taskId = onlyTask("dsl", key);
    claim("dsl", taskId);

    Reply completed =
        beacon
            .as("dsl")
            .postJson(
                "api/tasks/" + taskId + "/complete",
                "{\"summary\":\"Pupil upset after chat\",\"urgency\":\"urgent\"}");

    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
    JsonArray forHead = tasks("head", key);
    assertThat(forHead).hasSize(1);
    assertThat(forHead.getJsonObject(0).getString("name")).isEqualTo("Sign off");
    assertThat(forHead.getJsonObject(0).getString("businessKey")).isEqualTo(businessKey);
    assertThat(tasks("dsl", key)).isEmpty();

    // The engine's history of the case is not open to the administrator (/engine-rest answers 403);
    // Beacon's own audit trail says who did what to the task.
    assertError(
        beacon
            .as("admin")
            .get("engine-rest/history/variable-instance?processInstanceId=" + processInstanceId),
        403);
    Reply trail = beacon.as("admin").get("api/audit?resourceType=task&resourceId=" + taskId);
    assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
    assertThat(trail.array().getValuesAs(JsonObject.class))
        .extracting(
            e -> e.getString("actor"), e -> e.getString("action"), e -> e.getString("outcome"))
        .contains(tuple("dsl", "claim", "ALLOWED"), tuple("dsl", "complete", "ALLOWED"));
    assertThat(trail.array().getValuesAs(JsonObject.class))
        .filteredOn(e -> "complete".equals(e.getString("action")))
        .extracting(e -> e.getString("detail", ""))
        .anySatisfy(detail -> assertThat(detail).contains("summary", "urgency"));
  }

  // --- identity -----------------------------------------------------------------------------

  @Test
  void requestWithoutCredentialsIsChallengedForBasic() {
    Reply reply = beacon.anonymous().get("api/tasks");

    assertError(reply, 401);
    assertThat(reply.header("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic "));
  }

  @Test
  void wrongPasswordOrUnknownUserIsRefused() {
    assertError(beacon.basic("dsl", "not-the-password").get("api/tasks"), 401);
    assertError(
        beacon
            .basic("nobody-" + TestModels.uniqueKey("x"), BeaconHttp.DEMO_PASSWORD)
            .get("api/tasks"),
        401);
  }

  @Test
  void engineRestApiIsForAdministratorsOnly() {
    assertError(beacon.anonymous().get("engine-rest/engine"), 401);
    assertError(beacon.as("dsl").get("engine-rest/engine"), 403);
    assertError(beacon.as("dsl").get("engine-rest/process-definition"), 403);

    Reply asAdmin = beacon.as("admin").get("engine-rest/engine");
    assertThat(asAdmin.status()).as(asAdmin.toString()).isEqualTo(200);
    assertThat(asAdmin.array().getJsonObject(0).getString("name")).isEqualTo("default");
  }

  @Test
  void theAdministratorIsRefusedCaseDataThroughTheEngineApiAndTheRefusalIsAudited() {
    String key = deployTwoStepReview();
    startProcess(key);

    Reply variables = beacon.as("admin").get("engine-rest/history/variable-instance");
    assertError(variables, 403);
    assertError(beacon.as("admin").postJson("engine-rest/task", "{}"), 403);
    assertError(beacon.as("admin").get("engine-rest/task?candidateGroup=dsl"), 403);
    assertError(beacon.as("admin").postJson("engine-rest/message", "{\"messageName\":\"x\"}"), 403);
    assertError(beacon.as("admin").get("engine-rest/no-such-resource"), 403);
    assertError(beacon.as("admin").get("engine-rest/process-instance?variables=summary_eq_x"), 403);

    Reply trail = beacon.as("admin").get("api/audit?actor=admin&resourceType=engine&size=200");
    assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
    assertThat(trail.array().getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("resourceId"), e -> e.getString("outcome"))
        .contains(
            tuple("GET /engine-rest/history/variable-instance", "DENIED"),
            tuple("GET /engine-rest/no-such-resource", "DENIED"));
  }

  @Test
  void everyAllowedEngineCallIsAuditedGetIncluded() {
    String marker = TestModels.uniqueKey("Audited");
    Reply definitions = beacon.as("admin").get("engine-rest/process-definition?key=" + marker);
    assertThat(definitions.status()).as(definitions.toString()).isEqualTo(200);

    Reply trail = beacon.as("admin").get("api/audit?actor=admin&resourceType=engine&size=200");
    assertThat(trail.array().getValuesAs(JsonObject.class))
        .extracting(
            e -> e.getString("action"), e -> e.getString("resourceId"), e -> e.getString("outcome"))
        .contains(
            tuple("engine-rest", "GET /engine-rest/process-definition?key=" + marker, "ALLOWED"));
  }

  @Test
  void aDeploymentWithRunningInstancesIsNotDeletedAndNeverCascades() {
    String key = deployTwoStepReview();
    startProcess(key);
    String deploymentId =
        engineGet("process-definition/key/" + key).json().getString("deploymentId");

    assertError(
        beacon.as("admin").delete("engine-rest/deployment/" + deploymentId + "?cascade=true"), 400);
    assertError(beacon.as("admin").delete("engine-rest/deployment/" + deploymentId), 409);
    assertThat(engineGet("process-definition?key=" + key).array()).hasSize(1);

    String idle = TestModels.uniqueKey("ItIdle");
    deploy(idle, TestModels.twoStepReview(idle));
    String idleDeployment =
        engineGet("process-definition/key/" + idle).json().getString("deploymentId");
    Reply deleted = beacon.as("admin").delete("engine-rest/deployment/" + idleDeployment);
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
  }

  @Test
  void aModelDeployedThroughTheEngineApiPassesTheModelRules() {
    String key = TestModels.uniqueKey("ItEngineCall");
    String model =
        TestModels.twoStepReview(key)
            .replace(
                "<bpmn:userTask id=\"Task_SignOff\"",
                "<bpmn:serviceTask id=\"Task_ReachTheEngine\" camunda:expression=\"${execution.getProcessEngineServices().getRuntimeService()}\"/>"
                    + "<bpmn:userTask id=\"Task_SignOff\"");

    Reply refused = deployReply(key, model);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getJsonObject("fields").getString("Task_ReachTheEngine"))
        .contains("camunda:expression", "execution");
    assertThat(engineGet("process-definition?key=" + key).array()).isEmpty();

    Reply script =
        beacon
            .as("admin")
            .postMultipart(
                "engine-rest/deployment/create",
                Map.of("deployment-name", key),
                key + ".js",
                "java.lang.Runtime.getRuntime()");
    assertThat(script.status()).as(script.toString()).isEqualTo(400);
    assertThat(script.json().getJsonObject("fields").getString(key + ".js"))
        .contains("not a kind of resource");
  }

  @Test
  void browserSignsInWithASessionCookieAndOutAgain() {
    Reply signedIn =
        beacon
            .anonymous()
            .postJson("api/session", "{\"username\":\"dsl\",\"password\":\"beacon-demo\"}");

    assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
    String setCookie =
        signedIn.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("BEACON_SESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    String sessionCookies =
        SchoolSignInFlow.session(signedIn.headers().allValues("Set-Cookie")).orElseThrow();
    BeaconHttp.Sender browser = beacon.withCookie(sessionCookies);

    Reply whoAmI = browser.get("api/session");
    assertThat(whoAmI.status()).as(whoAmI.toString()).isEqualTo(200);
    assertThat(whoAmI.json().getString("username")).isEqualTo("dsl");
    assertThat(strings(whoAmI.json().getJsonArray("roles"))).containsExactly("dsl");
    Reply taskList = browser.get("api/tasks");
    assertThat(taskList.status()).as(taskList.toString()).isEqualTo(200);
    assertThat(taskList.json().containsKey("items")).isTrue();

    String csrfToken = signedIn.json().getString("csrfToken");
    assertThat(whoAmI.json().getString("csrfToken")).isEqualTo(csrfToken);
    // A state-changing request on the session cookie alone is what a forged cross-site request
    // looks like: refused without the token.
    assertError(browser.delete("api/session"), 403);
    assertThat(browser.get("api/session").status()).isEqualTo(200);

    Reply signedOut = beacon.withSession(sessionCookies, csrfToken).delete("api/session");
    assertThat(signedOut.status()).as(signedOut.toString()).isEqualTo(204);
    assertError(browser.get("api/session"), 401);
    assertError(browser.get("api/tasks"), 401);
  }

  @Test
  void signInWithABadPasswordIsRefused() {
    Reply reply =
        beacon.anonymous().postJson("api/session", "{\"username\":\"dsl\",\"password\":\"guess\"}");

    assertError(reply, 401);
    assertThat(reply.header("Set-Cookie")).isEmpty();
  }

  @Test
  void elevenWrongPasswordsLockTheAccountUntilAnAdministratorLiftsIt() throws InterruptedException {
    // Whatever an earlier run on this database left behind.
    assertThat(beacon.as("admin").delete("api/sign-in-locks/head").status()).isEqualTo(204);
    long before = newestAuditId();
    String wrong = "{\"username\":\"head\",\"password\":\"not-the-password\"}";
    String right = "{\"username\":\"head\",\"password\":\"beacon-demo\"}";

    int failures = 0;
    int backOffs = 0;
    while (failures < 10) {
      Reply reply = beacon.anonymous().postJson("api/session", wrong);
      if (reply.status() == 429) {
        // From the third failure on, each attempt waits a little longer: do as told.
        backOffs++;
        assertThat(reply.json().getString("message")).contains("Wait");
        Thread.sleep(1000L * Long.parseLong(reply.header("Retry-After").orElseThrow()));
        continue;
      }
      assertError(reply, 401);
      failures++;
    }
    assertThat(backOffs).as("attempts asked to wait").isPositive();

    // The eleventh is refused without its password being checked: the right one is refused too.
    Reply eleventh = beacon.anonymous().postJson("api/session", wrong);
    JsonObject locked = assertError(eleventh, 423);
    assertThat(locked.getString("message")).contains("locked", "administrator");
    assertThat(Long.parseLong(eleventh.header("Retry-After").orElseThrow())).isBetween(800L, 900L);
    assertError(beacon.anonymous().postJson("api/session", right), 423);
    assertError(beacon.as("head").get("api/tasks"), 423);

    List<JsonObject> trail = auditSince(before, "session", "head");
    assertThat(trail)
        .filteredOn(
            e ->
                e.getString("action").equals("sign-in")
                    && e.getString("detail", "").startsWith("invalid credentials"))
        .hasSize(10)
        .allSatisfy(e -> assertThat(e.getString("outcome")).isEqualTo("DENIED"));
    assertThat(trail)
        .filteredOn(e -> e.getString("detail", "").contains("password not checked"))
        .hasSizeGreaterThanOrEqualTo(backOffs + 3);
    assertThat(auditSince(before, "session", "account:head"))
        .extracting(e -> e.getString("action"))
        .containsExactly("sign-in-lock");

    assertThat(beacon.as("admin").get("api/sign-in-locks").array().getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("key"))
        .contains("account:head");
    assertError(beacon.as("dsl").delete("api/sign-in-locks/head"), 403);
    assertThat(beacon.as("admin").delete("api/sign-in-locks/head").status()).isEqualTo(204);
    assertThat(auditSince(before, "sign-in-lock", "head"))
        .extracting(
            e -> e.getString("action") + " " + e.getString("outcome") + " " + e.getString("actor"))
        .containsExactlyInAnyOrder("unlock ALLOWED admin", "unlock DENIED dsl");

    Reply signedIn = beacon.anonymous().postJson("api/session", right);
    assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
    assertThat(signedIn.json().getString("username")).isEqualTo("head");
  }

  @Test
  void failedBasicSignInIsAuditedLikeAFailedSessionSignIn() {
    String nobody = "nobody-" + TestModels.uniqueKey("basic");
    long before = newestAuditId();

    assertError(beacon.basic(nobody, "not-the-password").get("api/tasks"), 401);

    assertThat(auditSince(before, "session", nobody))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("action")).isEqualTo("sign-in");
              assertThat(e.getString("outcome")).isEqualTo("DENIED");
              assertThat(e.getString("detail")).contains("invalid credentials", "HTTP Basic");
            });
  }

  @Test
  void everyResponseCarriesTheBrowserHardeningHeaders() {
    for (Reply reply :
        List.of(
            beacon.anonymous().get(""),
            beacon.as("dsl").get("api/session"),
            beacon.anonymous().get("api/tasks"),
            beacon.anonymous().get("no-such-page"))) {
      assertThat(reply.header("Content-Security-Policy"))
          .as(reply.toString())
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("script-src 'self';", "frame-ancestors 'none'")
                      .doesNotContain("unsafe-eval"));
      assertThat(reply.header("X-Content-Type-Options")).as(reply.toString()).contains("nosniff");
      assertThat(reply.header("Referrer-Policy")).as(reply.toString()).contains("no-referrer");
      // Plain HTTP here: HSTS would mean nothing, and the session cookie is not Secure.
      assertThat(reply.header("Strict-Transport-Security")).as(reply.toString()).isEmpty();
    }
    assertThat(beacon.as("dsl").get("api/session").header("Cache-Control")).contains("no-store");
    assertThat(beacon.anonymous().get("api/tasks").header("Cache-Control")).contains("no-store");
    Reply signedIn =
        beacon
            .anonymous()
            .postJson("api/session", "{\"username\":\"staff\",\"password\":\"beacon-demo\"}");
    assertThat(signedIn.header("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).doesNotContainIgnoringCase("secure"));
  }

  @Test
  void metricsAndOpenApiAreForAdministratorsOnly() {
    for (String path : List.of("metrics", "openapi")) {
      assertError(beacon.anonymous().get(path), 401);
      assertError(beacon.as("dsl").get(path), 403);
      // Metrics come as text (OpenMetrics), not JSON: accept anything.
      Reply admin = beacon.as("admin").get(path, "*/*");
      assertThat(admin.status()).as("%s: %s", path, admin).isEqualTo(200);
    }
  }

  @Test
  void signInWithoutUsernameOrPasswordNamesWhatIsMissing() {
    JsonObject nothing = assertError(beacon.anonymous().postJson("api/session", "{}"), 400);
    assertThat(nothing.getJsonObject("fields").keySet())
        .containsExactlyInAnyOrder("username", "password");

    JsonObject noPassword =
        assertError(beacon.anonymous().postJson("api/session", "{\"username\":\"dsl\"}"), 400);
    assertThat(noPassword.getJsonObject("fields").keySet()).containsExactly("password");
  }

  // --- errors -------------------------------------------------------------------------------

  @Test
  void unknownTaskIsNotFound() {
    String noSuchTask = TestModels.uniqueKey("no-such-task");

    assertError(beacon.as("dsl").get("api/tasks/" + noSuchTask), 404);
    assertError(beacon.as("dsl").post("api/tasks/" + noSuchTask + "/claim"), 404);
    assertError(beacon.as("dsl").postJson("api/tasks/" + noSuchTask + "/complete", "{}"), 404);
  }

  @Test
  void malformedJsonIsABadRequest() {
    String key = deployTwoStepReview();
    startProcess(key);
    String taskId = onlyTask("dsl", key);

    assertError(
        beacon
            .as("dsl")
            .postJson("api/tasks/" + taskId + "/complete", "{\"summary\": \"unterminated"),
        400);
    assertError(beacon.anonymous().postJson("api/session", "{username: dsl"), 400);
    assertThat(ids(tasks("dsl", key))).containsExactly(taskId);
  }

  @Test
  void unknownAddressIsNotFound() {
    assertError(beacon.as("dsl").get("api/no-such-resource"), 404);
    assertError(beacon.as("dsl").get("no-such-page"), 404);
  }

  // --- audit --------------------------------------------------------------------------------

  @Test
  void taskActionsAreAuditedWithActorAndOutcome() {
    String key = deployTwoStepReview();
    startProcess(key);
    String taskId = onlyTask("dsl", key);
    claim("dsl", taskId);
    assertError(beacon.as("dsl2").post("api/tasks/" + taskId + "/claim"), 409);
    Reply completed = beacon.as("dsl").postJson("api/tasks/" + taskId + "/complete", validTriage());
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);

    Reply trail = beacon.as("admin").get("api/audit?resourceType=task&resourceId=" + taskId);

    assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
    assertThat(trail.array().getValuesAs(JsonObject.class))
        .allSatisfy(e -> assertThat(e.getString("resourceId")).isEqualTo(taskId))
        .extracting(
            e -> e.getString("actor"), e -> e.getString("action"), e -> e.getString("outcome"))
        .contains(
            tuple("dsl", "claim", "ALLOWED"),
            tuple("dsl2", "claim", "DENIED"),
            tuple("dsl", "complete", "ALLOWED"));
  }

  @Test
  void staffMayNotReadTheAuditTrail() {
    assertError(beacon.as("staff").get("api/audit?resourceType=task"), 403);

    Reply asDsl = beacon.as("dsl").get("api/audit?actor=staff&size=50");
    assertThat(asDsl.status()).as(asDsl.toString()).isEqualTo(200);
    assertThat(asDsl.array().getValuesAs(JsonObject.class))
        .as("the refused read is itself on the trail")
        .extracting(
            e -> e.getString("action"),
            e -> e.getString("resourceType"),
            e -> e.getString("outcome"))
        .contains(tuple("read", "audit", "DENIED"));
  }

  @Test
  void onlyAnAdministratorChecksTheChainAndTheRefusalIsOnTheTrail() {
    assertError(beacon.as("dsl").get("api/audit/verify"), 403);
    assertThat(verify().getBoolean("intact")).isTrue();
    Reply trail = beacon.as("admin").get("api/audit?resourceType=audit&actor=dsl&size=20");
    assertThat(trail.array().getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("action"), e -> e.getString("outcome"))
        .contains(tuple("verify", "DENIED"));
  }

  /**
   * Needs the database beside the running server: PostgreSQL (CI's second run, -Ppostgres). The
   * embedded H2 file is held by the server alone; AuditSealsTest changes rows on H2 directly.
   */
  @Test
  void anAuditEventChangedInTheDatabaseIsNamedByTheChainCheck() throws SQLException {
    String url = System.getenv("BEACON_DB_URL");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      org.junit.jupiter.api.Assumptions.abort(
          "changing a row beside the server needs PostgreSQL (-Ppostgres)");
    }
    assertError(beacon.as("dsl").get("api/audit/verify"), 403);
    Reply read = beacon.as("admin").get("api/audit?actor=dsl&size=1");
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    long eventId = read.array().getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject before = verify();
    assertThat(before.getBoolean("intact")).as("before the change: %s", before).isTrue();

    try (Connection db = database()) {
      String detail = detailOf(db, eventId);
      setDetail(db, eventId, "nothing happened here");
      try {
        JsonObject after = verify();

        assertThat(after.getBoolean("intact")).isFalse();
        JsonObject broken = after.getJsonObject("firstBroken");
        assertThat(broken.getJsonNumber("eventId").longValue()).isEqualTo(eventId);
        assertThat(broken.getString("reason")).contains("changed");
      } finally {
        // Put it back as it was, so that the database (which later runs may reuse) holds an intact
        // chain.
        setDetail(db, eventId, detail);
      }
    }
    assertThat(verify().getBoolean("intact")).isTrue();
  }

  // --- engine -------------------------------------------------------------------------------

  @Test
  void jobExecutorFiresTimers() {
    String key = TestModels.uniqueKey("ItTimer");
    deploy(key, TestModels.timerBeforeDslTask(key));
    long started = System.nanoTime();
    String processInstanceId = processInstanceId(key, startProcess(key));

    long deadline = System.nanoTime() + TIMER_DEADLINE.toNanos();
    JsonArray offered = tasks("dsl", key);
    while (offered.isEmpty() && System.nanoTime() < deadline) {
      pause(Duration.ofMillis(250));
      offered = tasks("dsl", key);
    }

    assertThat(offered).as("task after the timer, within %s", TIMER_DEADLINE).hasSize(1);
    assertThat(offered.getJsonObject(0).getString("name")).isEqualTo("Follow up");
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("the process waited on the timer")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    long timersPassed =
        engineGet(
                "history/activity-instance/count?processInstanceId="
                    + processInstanceId
                    + "&activityId="
                    + TestModels.ONE_SECOND_TIMER
                    + "&finished=true")
            .json()
            .getJsonNumber("count")
            .longValue();
    assertThat(timersPassed).isEqualTo(1);
  }

  @Test
  void redeployingAnUnchangedModelCreatesNoNewVersion() {
    String key = TestModels.uniqueKey("ItRedeploy");
    String model = TestModels.twoStepReview(key);

    deploy(key, model);
    Reply again = deployReply(key, model);

    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    JsonArray definitions = engineGet("process-definition?key=" + key).array();
    assertThat(definitions).hasSize(1);
    assertThat(definitions.getJsonObject(0).getInt("version")).isEqualTo(1);
  }

  @Test
  void serverIsReadyWhenEngineAndDatabaseAnswer() {
    // MicroProfile Health answers at the server root, beside the application.
    Reply ready = beacon.anonymous().get("health/ready");

    assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
    assertThat(ready.json().getString("status")).isEqualTo("UP");
  }

  // --- helpers ------------------------------------------------------------------------------

  // --- the people directory -------------------------------------------------------------------

  private static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  }

  private Reply patch(BeaconHttp.Sender sender, String path, String json) {
    return sender.send(
        "PATCH", path, java.net.http.HttpRequest.BodyPublishers.ofString(json), "application/json");
  }

  @Test
  void aDisabledLeaversOpenSessionAndBasicCredentialsAnswer401AtTheirNextRequest() {
    String username = unique("leaver");
    Reply created =
        beacon
            .as("admin")
            .postJson(
                "api/users",
                "{\"username\":\""
                    + username
                    + "\",\"displayName\":\"Lee Leaver\",\"email\":\"lee@example.test\",\"roles\":[\"dsl\"],\"aliases\":[\"LL "
                    + username
                    + "\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String temporary = created.json().getString("temporaryPassword");
    assertThat(created.json().getJsonObject("user").getBoolean("mustChangePassword")).isTrue();

    Reply signedIn =
        beacon
            .anonymous()
            .postJson(
                "api/session",
                "{\"username\":\"" + username + "\",\"password\":\"" + temporary + "\"}");
    assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
    assertThat(signedIn.json().getBoolean("mustChangePassword")).isTrue();
    BeaconHttp.Sender browser =
        beacon.withSession(
            SchoolSignInFlow.session(signedIn.headers().allValues("Set-Cookie")).orElseThrow(),
            signedIn.json().getString("csrfToken"));
    assertThat(assertError(browser.get("api/tasks"), 403).getString("error"))
        .isEqualTo("password-change-required");
    String chosen = "a long password of mine";
    Reply changed =
        browser.postJson(
            "api/users/me/password",
            "{\"oldPassword\":\"" + temporary + "\",\"newPassword\":\"" + chosen + "\"}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    assertThat(browser.get("api/tasks").status()).isEqualTo(200);
    assertThat(beacon.basic(username, chosen).get("api/tasks").status()).isEqualTo(200);
    assertThat(beacon.basic(username, temporary).get("api/tasks").status()).isEqualTo(401);

    Reply disabled = patch(beacon.as("admin"), "api/users/" + username, "{\"enabled\":false}");
    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
    assertThat(disabled.json().getBoolean("enabled")).isFalse();
    assertError(browser.get("api/tasks"), 401);
    assertError(beacon.basic(username, chosen).get("api/tasks"), 401);

    JsonArray audited =
        beacon.as("admin").get("api/audit?resourceType=user&resourceId=" + username).array();
    assertThat(audited.getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")))
        .contains("create", "change-password", "update");
    assertThat(audited.toString()).doesNotContain(temporary, chosen);
  }

  @Test
  void afterAPasswordResetEveryRequestButChoosingANewPasswordAnswers403() {
    String username = unique("reset");
    Reply created =
        beacon
            .as("admin")
            .postJson(
                "api/users",
                "{\"username\":\""
                    + username
                    + "\",\"displayName\":\"Rita Reset\",\"roles\":[\"staff\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String first = created.json().getString("temporaryPassword");
    assertThat(
            beacon
                .basic(username, first)
                .postJson(
                    "api/users/me/password",
                    "{\"oldPassword\":\"" + first + "\",\"newPassword\":\"short\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            beacon
                .basic(username, first)
                .postJson(
                    "api/users/me/password",
                    "{\"oldPassword\":\"" + first + "\",\"newPassword\":\"my first own password\"}")
                .status())
        .isEqualTo(204);

    Reply reset = beacon.as("admin").post("api/users/" + username + "/password-reset");
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
    String temporary = reset.json().getString("temporaryPassword");
    assertThat(temporary).matches("([A-Z2-9]{4}-){3}[A-Z2-9]{4}");
    assertError(beacon.basic(username, "my first own password").get("api/users/me"), 401);

    BeaconHttp.Sender withTemporary = beacon.basic(username, temporary);
    JsonObject refused = assertError(withTemporary.get("api/tasks"), 403);
    assertThat(refused.getString("error")).isEqualTo("password-change-required");
    assertThat(assertError(withTemporary.get("api/people?search=x"), 403).getString("error"))
        .isEqualTo("password-change-required");
    assertThat(withTemporary.get("api/users/me").json().getBoolean("mustChangePassword")).isTrue();
    Reply changed =
        withTemporary.postJson(
            "api/users/me/password",
            "{\"oldPassword\":\"" + temporary + "\",\"newPassword\":\"my second own password\"}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    BeaconHttp.Sender after = beacon.basic(username, "my second own password");
    assertThat(after.get("api/people?search=x").status()).isEqualTo(200);
    Reply me =
        patch(
            after,
            "api/users/me",
            "{\"displayName\":\"Rita Reset-Jones\",\"email\":\"rita@example.test\"}");
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.json().getString("displayName")).isEqualTo("Rita Reset-Jones");
  }

  @Test
  void aFortyRowStaffFileImportsOnceAndTheSameFileAgainChangesNothing() {
    String run = unique("");
    StringBuilder csv = new StringBuilder("\uFEFFusername,displayName,email,roles,aliases\n");
    for (int i = 1; i <= 40; i++) {
      csv.append("s")
          .append(run)
          .append('-')
          .append(i)
          .append(",Staff Member ")
          .append(run)
          .append(' ')
          .append(i)
          .append(",s")
          .append(i)
          .append('.')
          .append(run)
          .append("@example.test,")
          .append(i == 1 ? "dsl;staff" : "staff")
          .append(",SCHOOL\\s")
          .append(run)
          .append('-')
          .append(i)
          .append('\n');
    }
    String file = csv.toString();
    BeaconHttp.Sender admin = beacon.as("admin");

    Reply preview =
        admin.post(
            "api/users/import?dryRun=true",
            "text/csv",
            java.net.http.HttpRequest.BodyPublishers.ofString(file));
    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    assertThat(preview.json().getJsonArray("added")).hasSize(40);
    assertThat(preview.json().getJsonArray("missing")).isNotEmpty();
    String dsl = "s" + run + "-1";
    assertError(admin.get("api/users/" + dsl), 404);

    Reply imported =
        admin.post(
            "api/users/import",
            "text/csv",
            java.net.http.HttpRequest.BodyPublishers.ofString(file));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().getJsonArray("added")).hasSize(40);
    Reply again =
        admin.post(
            "api/users/import",
            "text/csv",
            java.net.http.HttpRequest.BodyPublishers.ofString(file));
    assertThat(again.json().getJsonArray("added")).isEmpty();
    assertThat(again.json().getJsonArray("changed")).isEmpty();
    assertThat(again.json().getJsonArray("unchanged")).hasSize(40);
    assertThat(strings(admin.get("api/users/" + dsl).json().getJsonArray("roles")))
        .containsExactly("dsl", "staff");
    assertThat(admin.get("api/users?role=dsl&search=" + run).array()).hasSize(1);

    // The new DSL gets a password from the administrator, chooses their own and sees their task
    // list.
    String temporary =
        admin.post("api/users/" + dsl + "/password-reset").json().getString("temporaryPassword");
    beacon
        .basic(dsl, temporary)
        .postJson(
            "api/users/me/password",
            "{\"oldPassword\":\"" + temporary + "\",\"newPassword\":\"the new dsl's password\"}");
    Reply tasks = beacon.basic(dsl, "the new dsl's password").get("api/tasks");
    assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);

    // A bad row is named by its line, and nothing of the file is applied.
    String bad =
        "username,displayName,roles\nn" + run + ",Nora New,staff\nb" + run + ",Bad Row,teacher\n";
    JsonObject refused =
        assertError(
            admin.post(
                "api/users/import",
                "text/csv",
                java.net.http.HttpRequest.BodyPublishers.ofString(bad)),
            400);
    assertThat(refused.getJsonObject("fields").getString("line 3")).contains("teacher");
    assertError(admin.get("api/users/n" + run), 404);
  }

  @Test
  void onlyAdministratorsKeepTheDirectoryAndTheLastAdministratorStays() {
    assertError(beacon.as("dsl").get("api/users"), 403);
    assertError(
        beacon
            .as("head")
            .postJson(
                "api/users", "{\"username\":\"x\",\"displayName\":\"X\",\"roles\":[\"admin\"]}"),
        403);
    assertError(beacon.as("dsl").post("api/users/staff/password-reset"), 403);
    assertThat(beacon.as("dsl").get("api/users/me").json().getString("username")).isEqualTo("dsl");

    JsonObject disable =
        assertError(patch(beacon.as("admin"), "api/users/admin", "{\"enabled\":false}"), 409);
    assertThat(disable.getJsonObject("fields").containsKey("enabled")).isTrue();
    JsonObject demote =
        assertError(patch(beacon.as("admin"), "api/users/admin", "{\"roles\":[\"staff\"]}"), 409);
    assertThat(demote.getJsonObject("fields").containsKey("roles")).isTrue();
    assertThat(beacon.as("admin").get("api/users/admin").json().getBoolean("enabled")).isTrue();

    // A name two people would answer to is refused, naming the field.
    JsonObject clash =
        assertError(
            beacon
                .as("admin")
                .postJson(
                    "api/users",
                    "{\"username\":\""
                        + unique("c")
                        + "\",\"displayName\":\"C\",\"roles\":[\"staff\"],\"aliases\":[\"DEMO\\\\dlead\"]}"),
            409);
    assertThat(clash.getJsonObject("fields").containsKey("aliases[0]")).isTrue();
    JsonObject invalid =
        assertError(
            beacon
                .as("admin")
                .postJson("api/users", "{\"username\":\"Bad Name\",\"roles\":[\"teacher\"]}"),
            400);
    assertThat(invalid.getJsonObject("fields").keySet())
        .contains("username", "displayName", "roles");
  }

  // --- the pupil register ---------------------------------------------------------------------

  @Test
  void aPupilRegisterFileImportsOnceAgainChangesNothingAndABadRowChangesNothing() {
    String run = unique("").toUpperCase(java.util.Locale.ROOT);
    String a = "P" + run + "-1";
    String b = "P" + run + "-2";
    String c = "P" + run + "-3";
    String header = "UPN,Year group,Date of birth,Leaving date\n";
    String file =
        header
            + a
            + ",8,2013-10-01,\n"
            + b
            + ",R,04/03/2021,\n"
            + c
            + ",Year 11,2010-01-01,2025-07-22\n";
    BeaconHttp.Sender dsl = beacon.as("dsl");

    Reply preview =
        dsl.post(
            "api/pupils/import?dryRun=true",
            "text/csv",
            java.net.http.HttpRequest.BodyPublishers.ofString(file));
    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    assertThat(preview.json().getBoolean("dryRun")).isTrue();
    assertThat(preview.json().getJsonArray("added").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("reference"), p -> p.getString("yearGroup"))
        .containsExactly(tuple(a, "Year 8"), tuple(b, "Reception"), tuple(c, "Year 11"));
    assertThat(dsl.get("api/pupils?search=" + run).array())
        .as("a dry run changes nothing")
        .isEmpty();

    Reply imported =
        dsl.post(
            "api/pupils/import",
            "text/csv",
            java.net.http.HttpRequest.BodyPublishers.ofString(file));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().getJsonArray("added")).hasSize(3);
    Reply again =
        beacon
            .as("head")
            .post(
                "api/pupils/import",
                "text/csv",
                java.net.http.HttpRequest.BodyPublishers.ofString(file));
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getJsonArray("added")).isEmpty();
    assertThat(again.json().getJsonArray("changed")).isEmpty();
    assertThat(strings(again.json().getJsonArray("unchanged"))).containsExactlyInAnyOrder(a, b, c);

    // A later export: b moved up a year, a is not in it (reported, kept), c has left (not
    // reported).
    Reply later =
        dsl.post(
            "api/pupils/import",
            "text/csv",
            java.net.http.HttpRequest.BodyPublishers.ofString(
                header + b.toLowerCase(java.util.Locale.ROOT) + ",1,2021-03-04,\n"));
    assertThat(later.status()).as(later.toString()).isEqualTo(200);
    assertThat(later.json().getJsonArray("changed").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            ch -> {
              assertThat(ch.getString("reference")).isEqualTo(b);
              assertThat(strings(ch.getJsonArray("fields"))).containsExactly("yearGroup");
            });
    assertThat(strings(later.json().getJsonArray("missing"))).contains(a).doesNotContain(b, c);

    // A bad row is named by its line, and nothing of the file is applied.
    String bad = header + "P" + run + "-9,8,2013-10-01,\n" + a + ",8,31/02/2013,\n";
    JsonObject refused =
        assertError(
            dsl.post(
                "api/pupils/import",
                "text/csv",
                java.net.http.HttpRequest.BodyPublishers.ofString(bad)),
            400);
    assertThat(refused.getJsonObject("fields").getString("line 3")).contains("dateOfBirth");
    assertThat(dsl.get("api/pupils?search=P" + run + "-9").array()).isEmpty();
    JsonObject named =
        assertError(
            dsl.post(
                "api/pupils/import",
                "text/csv",
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "reference,surname,yearGroup,dateOfBirth\n")),
            400);
    assertThat(named.getJsonObject("fields").getString("header")).contains("no pupil names");

    // The DSL and the head see the register whole.
    List<JsonObject> full =
        dsl.get("api/pupils?search=" + run).array().getValuesAs(JsonObject.class);
    assertThat(full).extracting(p -> p.getString("reference")).containsExactly(a, b, c);
    assertThat(full.get(0).getString("dateOfBirth")).isEqualTo("2013-10-01");
    assertThat(full.get(0).getBoolean("left")).isFalse();
    assertThat(full.get(1).getString("yearGroup")).isEqualTo("Year 1");
    assertThat(full.get(2).getString("leavingDate")).isEqualTo("2025-07-22");
    assertThat(full.get(2).getBoolean("left")).isTrue();
    assertThat(beacon.as("head").get("api/pupils?search=" + run).array()).hasSize(3);

    // Staff who report see the reference, the year group and whether the pupil left: no dates.
    Reply limited =
        beacon.as("staff").get("api/pupils?search=" + run.toLowerCase(java.util.Locale.ROOT));
    assertThat(limited.status()).as(limited.toString()).isEqualTo(200);
    assertThat(limited.array().getValuesAs(JsonObject.class))
        .hasSize(3)
        .allSatisfy(
            p ->
                assertThat(p.keySet()).containsExactlyInAnyOrder("reference", "yearGroup", "left"));
    assertThat(
            assertError(beacon.as("staff").get("api/pupils?search=P"), 400)
                .getJsonObject("fields")
                .containsKey("search"))
        .isTrue();
    assertThat(beacon.as("technical").get("api/pupils?search=" + run).array()).hasSize(3);

    // Nobody else imports; governors and administrators do not search it.
    for (String who : List.of("staff", "chair", "technical", "governor", "admin")) {
      assertError(
          beacon
              .as(who)
              .post(
                  "api/pupils/import?dryRun=true",
                  "text/csv",
                  java.net.http.HttpRequest.BodyPublishers.ofString(file)),
          403);
    }
    assertError(beacon.as("governor").get("api/pupils?search=" + run), 403);
    assertError(beacon.as("admin").get("api/pupils?search=" + run), 403);

    // A report naming a registered pupil in another case is filed under the register's reference,
    // so the DSL finds it in that pupil's chronology (beside the register under /api/pupils).
    Reply report =
        beacon
            .as("staff")
            .postJson(
                "api/incidents",
                "{\"occurredAt\":\"2026-11-20T10:15\",\"location\":\"Room 12\",\"device\":{\"ownership\":\"school\",\"identifier\":\"LAPTOP-22\"},"
                    + "\"description\":\"Shared an unkind message\",\"urls\":[],\"pupils\":[{\"reference\":\""
                    + a.toLowerCase(java.util.Locale.ROOT)
                    + "\",\"yearGroup\":\"Year 8\"}],\"staff\":[],\"incidentType\":\"other\",\"incidentTypeOther\":\"Unkind message\",\"immediateRisk\":false}");
    assertThat(report.status()).as(report.toString()).isEqualTo(201);
    String incident = report.json().getString("reference");
    Reply chronology = dsl.get("api/pupils/" + a + "/chronology");
    assertThat(chronology.status()).as(chronology.toString()).isEqualTo(200);
    assertThat(chronology.array().getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("reference"))
        .containsExactly(incident);

    // Every read and import is on the trail.
    List<JsonObject> trail =
        beacon
            .as("admin")
            .get("api/audit?resourceType=pupil&size=500")
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(trail)
        .extracting(
            e -> e.getString("actor"), e -> e.getString("action"), e -> e.getString("outcome"))
        .contains(
            tuple("dsl", "import-preview", "ALLOWED"),
            tuple("dsl", "import", "ALLOWED"),
            tuple("dsl", "import", "DENIED"),
            tuple("staff", "search", "ALLOWED"),
            tuple("staff", "import-preview", "DENIED"),
            tuple("governor", "search", "DENIED"));
  }

  private String deployTwoStepReview() {
    String key = TestModels.uniqueKey("ItReview");
    deploy(key, TestModels.twoStepReview(key));
    return key;
  }

  // --- single sign-on with the school's identity provider (a real OpenID provider, started by the
  // tests) ---

  @Test
  void theSignInPageIsToldSingleSignOnIsOfferedAndUnderWhatName() {
    Reply options = beacon.anonymous().get("api/session/oidc");
    assertThat(options.status()).as(options.toString()).isEqualTo(200);
    assertThat(options.json().getBoolean("enabled")).isTrue();
    assertThat(options.json().getString("name")).isEqualTo("School account");
  }

  @Test
  void aKnownPersonSignsInAtTheSchoolsProviderWithoutABeaconPassword() {
    String username = unique("sso");
    String email = username + "@school.example";
    createStaff(username, email);
    long before = newestAuditId();

    // The provider's subject is an opaque id; the e-mail claim says who it is in Beacon.
    Reply back =
        schoolSignIn()
            .signIn("entra-object-" + username, "{\"email\":\"" + email.toUpperCase() + "\"}");

    assertThat(back.status()).as(back.toString()).isEqualTo(303);
    assertThat(back.header("Location").orElseThrow()).endsWith("/");
    String session = SchoolSignInFlow.session(back.headers().allValues("Set-Cookie")).orElseThrow();
    assertThat(back.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("BEACON_SSO=;").contains("Max-Age=0"));
    Reply whoAmI = beacon.withCookie(session).get("api/session");
    assertThat(whoAmI.status()).as(whoAmI.toString()).isEqualTo(200);
    assertThat(whoAmI.json().getString("username")).isEqualTo(username);
    assertThat(strings(whoAmI.json().getJsonArray("roles"))).containsExactly("staff");
    // Added without a password of their own, they are not sent to choose one: they used none.
    assertThat(whoAmI.json().getBoolean("mustChangePassword")).isFalse();
    assertThat(whoAmI.json().containsKey("secondFactor")).isFalse();
    BeaconHttp.Sender browser = beacon.withSession(session, whoAmI.json().getString("csrfToken"));
    assertThat(browser.get("api/tasks").status()).isEqualTo(200);

    assertThat(auditSince(before, "session", username))
        .anySatisfy(
            e -> {
              assertThat(e.getString("action")).isEqualTo("sign-in");
              assertThat(e.getString("outcome")).isEqualTo("ALLOWED");
              assertThat(e.getString("detail"))
                  .contains("single sign-on with School account", "matched by email");
            });
    assertThat(browser.delete("api/session").status()).isEqualTo(204);
    assertError(beacon.withCookie(session).get("api/session"), 401);
  }

  @Test
  void theProvidersMultiFactorSignInCountsAsTheSecondFactor() {
    String username = unique("ssomfa");
    createStaff(username, username + "@school.example");

    // Entra ID's preferred_username is the sign-in name; here it is the Beacon username.
    Reply back =
        schoolSignIn()
            .signIn(
                "someone",
                "{\"preferred_username\":\"" + username + "\",\"amr\":[\"pwd\",\"mfa\"]}");

    assertThat(back.status()).as(back.toString()).isEqualTo(303);
    String session = SchoolSignInFlow.session(back.headers().allValues("Set-Cookie")).orElseThrow();
    Reply whoAmI = beacon.withCookie(session).get("api/session");
    assertThat(whoAmI.json().getString("username")).isEqualTo(username);
    assertThat(whoAmI.json().getBoolean("secondFactor")).isTrue();
  }

  @Test
  void someoneTheDirectoryDoesNotKnowIsRefusedWithAPageAndNoAccountIsMade() {
    String stranger = unique("stranger") + "@gmail.example";
    long before = newestAuditId();

    Reply back = schoolSignIn().signIn("stranger", "{\"email\":\"" + stranger + "\"}");

    assertThat(back.status()).as(back.toString()).isEqualTo(403);
    assertThat(back.header("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(back.body())
        .contains(
            "Not signed in",
            "Beacon has no account for " + stranger,
            "Back to the Beacon sign-in page");
    assertThat(SchoolSignInFlow.session(back.headers().allValues("Set-Cookie"))).isEmpty();
    assertThat(auditSince(before, "session", stranger))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("outcome")).isEqualTo("DENIED");
              assertThat(e.getString("detail")).contains("unknown", "email=" + stranger);
            });
    assertThat(beacon.as("admin").get("api/users?search=" + stranger).body())
        .doesNotContain(stranger);
  }

  @Test
  void aDisabledPersonIsRefusedAtTheProvidersDoorToo() {
    String username = unique("ssoleaver");
    String email = username + "@school.example";
    createStaff(username, email);
    assertThat(patch(beacon.as("admin"), "api/users/" + username, "{\"enabled\":false}").status())
        .isEqualTo(200);

    Reply back = schoolSignIn().signIn("leaver", "{\"email\":\"" + email + "\"}");

    assertThat(back.status()).as(back.toString()).isEqualTo(403);
    assertThat(back.body()).contains("Your Beacon account is disabled");
  }

  @Test
  void aProviderAnswerBroughtToAnotherBrowserSignsNobodyIn() {
    String username = unique("ssocsrf");
    String email = username + "@school.example";
    createStaff(username, email);
    SchoolSignInFlow flow = schoolSignIn();
    SchoolSignInFlow.Returned returned =
        flow.atProvider("attacker", "{\"email\":\"" + email + "\"}");

    // Login CSRF: the code and state reach a browser that did not start this sign-in.
    Reply elsewhere = flow.back(returned.callback(), java.util.Optional.empty());
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(400);
    assertThat(elsewhere.body()).contains("Sign-in expired");
    // And the state is spent: the rightful browser cannot replay it either.
    Reply replayed =
        flow.back(returned.callback(), java.util.Optional.of(returned.browserCookie()));
    assertThat(replayed.status()).isEqualTo(400);
    assertThat(SchoolSignInFlow.session(replayed.headers().allValues("Set-Cookie"))).isEmpty();
  }

  private SchoolSignInFlow schoolSignIn() {
    assertThat(SchoolIdentityProviderSession.running())
        .as("the test OpenID provider runs")
        .isTrue();
    return new SchoolSignInFlow(CLIENT, beaconRoot());
  }

  private URI beaconRoot() {
    try {
      URI uri = base.toURI();
      return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), "/", null, null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void createStaff(String username, String email) {
    Reply created =
        beacon
            .as("admin")
            .postJson(
                "api/users",
                "{\"username\":\""
                    + username
                    + "\",\"displayName\":\"Sam "
                    + username
                    + "\",\"email\":\""
                    + email
                    + "\",\"roles\":[\"staff\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  private void deploy(String key, String bpmn) {
    Reply reply = deployReply(key, bpmn);
    assertThat(reply.status()).as("deploy %s: %s", key, reply).isEqualTo(200);
  }

  private Reply deployReply(String key, String bpmn) {
    return beacon
        .as("admin")
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
            bpmn);
  }

  /** Starts the latest version of a model as the administrator; returns the business key. */
  private String startProcess(String key) {
    String businessKey = TestModels.uniqueKey("case");
    Reply reply =
        beacon
            .as("admin")
            .postJson(
                "engine-rest/process-definition/key/" + key + "/start",
                "{\"businessKey\":\"" + businessKey + "\"}");
    assertThat(reply.status()).as("start %s: %s", key, reply).isEqualTo(200);
    assertThat(reply.json().getString("businessKey")).isEqualTo(businessKey);
    return businessKey;
  }

  private String processInstanceId(String key, String businessKey) {
    JsonArray instances =
        engineGet("process-instance?processDefinitionKey=" + key + "&businessKey=" + businessKey)
            .array();
    assertThat(instances).hasSize(1);
    return instances.getJsonObject(0).getString("id");
  }

  private Reply engineGet(String path) {
    Reply reply = beacon.as("admin").get("engine-rest/" + path);
    assertThat(reply.status()).as("GET engine-rest/%s: %s", path, reply).isEqualTo(200);
    return reply;
  }

  /** The tasks of one model the user may work on. */
  private JsonArray tasks(String username, String key) {
    Reply reply = beacon.as(username).get("api/tasks?processDefinitionKey=" + key);
    assertThat(reply.status()).as("task list of %s: %s", username, reply).isEqualTo(200);
    return reply.json().getJsonArray("items");
  }

  private String onlyTask(String username, String key) {
    JsonArray tasks = tasks(username, key);
    assertThat(tasks).as("tasks of %s for %s", username, key).hasSize(1);
    return tasks.getJsonObject(0).getString("id");
  }

  private void claim(String username, String taskId) {
    Reply reply = beacon.as(username).post("api/tasks/" + taskId + "/claim");
    assertThat(reply.status()).as("%s claims %s: %s", username, taskId, reply).isEqualTo(200);
  }

  private static String validTriage() {
    return "{\"summary\":\"Reported by a pupil\",\"urgency\":\"routine\"}";
  }

  /**
   * Checks the one error shape, {@code {status, error, message, fields?}}, and that nothing of the
   * server's insides leaks into it.
   */
  private static JsonObject assertError(Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(reply.body())
        .doesNotContain("Exception", "org.", "ACT_", "pf_")
        .doesNotContainIgnoringCase("sql", "jdbc", "hibernate", "camunda", "stack")
        .doesNotContainPattern(
            "(?i)\\b(select|insert|update|delete)\\b.*\\b(from|into|set|where)\\b");
    JsonObject json = reply.json();
    assertThat(json.getInt("status")).isEqualTo(status);
    assertThat(json.getString("error")).isNotBlank();
    assertThat(json.getString("message")).isNotBlank();
    return json;
  }

  private static List<String> ids(JsonArray tasks) {
    return tasks.getValuesAs(JsonObject.class).stream().map(t -> t.getString("id")).toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The id of the newest audit event, so a test reads only what it caused. */
  private long newestAuditId() {
    JsonArray newest = beacon.as("admin").get("api/audit?size=1").array();
    return newest.isEmpty() ? 0 : newest.getJsonObject(0).getJsonNumber("id").longValue();
  }

  private List<JsonObject> auditSince(long after, String resourceType, String resourceId) {
    Reply reply =
        beacon
            .as("admin")
            .get("api/audit?size=200&resourceType=" + resourceType + "&resourceId=" + resourceId);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.array().getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getJsonNumber("id").longValue() > after)
        .toList();
  }

  private JsonObject verify() {
    Reply reply = beacon.as("admin").get("api/audit/verify");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  /** Beacon's own database, as someone with access to it would reach it: the URL the server got. */
  private static Connection database() throws SQLException {
    String url = System.getenv("BEACON_DB_URL");
    String user = System.getenv("BEACON_DB_USER");
    String password = System.getenv("BEACON_DB_PASSWORD");
    return DriverManager.getConnection(
        url, user == null ? "" : user, password == null ? "" : password);
  }

  private static String detailOf(Connection db, long eventId) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement("select detail from pf_audit_event where id = ?")) {
      select.setLong(1, eventId);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getString(1);
      }
    }
  }

  private static void setDetail(Connection db, long eventId, String detail) throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement("update pf_audit_event set detail = ? where id = ?")) {
      update.setString(1, detail);
      update.setLong(2, eventId);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
