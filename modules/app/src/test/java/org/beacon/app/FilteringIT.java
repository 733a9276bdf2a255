package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
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
 * Filtering over HTTP with the real models and steps: a school day's squid log imported into review
 * tasks (and again into nothing), a block change with its second approver, the record of rules, an
 * under-blocking report of potentially illegal content, a report opened by an incident, checks, and
 * a review signed off by the governor.
 */
@ExtendWith(ArquillianExtension.class)
class FilteringIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String LOG_REVIEW = "FilteringLogReviewProcess";
  private static final String CHANGE = "FilteringChangeRequestProcess";
  private static final String REPORT = "FilteringReportProcess";
  private static final String REVIEW = "FilteringReviewProcess";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @ArquillianResource URL base;

  private BeaconHttp beacon;

  @Deployment(testable = false)
  static WebArchive beacon() {
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

  @Test
  void
      aSchoolDaysSquidLogImportsIntoOneReviewTaskPerFlaggedUserAndDayAndImportingItAgainOpensNone() {
    assertThat(
            beacon
                .as("technical")
                .putJson("api/filtering/watchlist", "{\"domains\":[],\"categories\":[]}")
                .status())
        .isEqualTo(403);
    Reply watch =
        beacon
            .as("dsl")
            .putJson(
                "api/filtering/watchlist",
                "{\"domains\":[\"chat.example\",\"Poker.Example\"],\"categories\":[\"gambling\"]}");
    assertThat(watch.status()).as(watch.toString()).isEqualTo(200);
    assertThat(
            strings(
                beacon
                    .as("technical")
                    .get("api/filtering/watchlist")
                    .json()
                    .getJsonArray("domains")))
        .containsExactly("chat.example", "poker.example");

    String run = unique();
    String log = schoolDay(run);
    Reply imported =
        beacon
            .as("technical")
            .post(
                "api/filtering/imports?name=access.log",
                "text/plain",
                BodyPublishers.ofString(log));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    JsonObject summary = imported.json();
    assertThat(summary.getString("format")).isEqualTo("squid");
    assertThat(summary.getJsonNumber("linesRead").longValue()).isEqualTo(24);
    assertThat(summary.getJsonNumber("malformed").longValue()).isEqualTo(3);
    assertThat(
            summary.getJsonArray("malformedLines").stream()
                .map(v -> v.asJsonObject().getInt("line"))
                .toList())
        .containsExactly(7, 15, 22);
    // amy: 2 visits to chat.example; ben: 6 blocked attempts (threshold 5); cara: 2 blocked, not
    // flagged.
    assertThat(summary.getJsonNumber("flagged").longValue()).isEqualTo(8);
    assertThat(summary.getInt("tasksOpened")).isEqualTo(2);
    JsonArray reviews = summary.getJsonArray("reviews");
    assertThat(reviews).hasSize(2);
    assertThat(imported.body())
        .as("the summary names no user")
        .doesNotContain("amy-" + run, "ben-" + run);

    List<String> names = new ArrayList<>();
    for (JsonValue review : reviews) {
      String reference = review.asJsonObject().getString("reference");
      assertThat(reference).matches("FLR-\\d{4}-\\d{4,}");
      JsonObject task = onlyTask("dsl", LOG_REVIEW, reference);
      names.add(task.getString("name"));
      assertThat(onlyTaskOrNone("technical", LOG_REVIEW, reference)).isNull();
    }
    assertThat(names)
        .containsExactlyInAnyOrder(
            "Review flagged web use: amy-" + run + " on 2026-03-03",
            "Review flagged web use: ben-" + run + " on 2026-03-03");

    String benReview =
        reviews.stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getInt("flagged") == 6)
            .findFirst()
            .orElseThrow()
            .getString("reference");
    JsonObject lines = beacon.as("dsl").get("api/filtering/log-reviews/" + benReview).json();
    assertThat(lines.getString("user")).isEqualTo("ben-" + run);
    assertThat(lines.getJsonArray("lines")).hasSize(6);
    assertThat(lines.getJsonArray("lines").getJsonObject(0).getString("reason"))
        .isEqualTo("repeated-blocks");
    error(beacon.as("technical").get("api/filtering/log-reviews/" + benReview), 403);
    error(beacon.as("governor").get("api/filtering/log-reviews/" + benReview), 403);

    Reply again =
        beacon
            .as("dsl")
            .post(
                "api/filtering/imports", "application/octet-stream", BodyPublishers.ofString(log));
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getJsonNumber("duplicateOf").longValue())
        .isEqualTo(summary.getJsonNumber("importId").longValue());
    assertThat(again.json().getInt("tasksOpened")).isZero();
    assertThat(again.json().getJsonNumber("linesRead").longValue()).isEqualTo(24);
    for (JsonValue review : reviews) {
      onlyTask("dsl", LOG_REVIEW, review.asJsonObject().getString("reference"));
    }
    assertThat(
            beacon
                .as("dsl")
                .get("api/filtering/log-reviews/" + benReview)
                .json()
                .getJsonArray("lines"))
        .hasSize(6);

    error(
        beacon
            .as("staff")
            .post("api/filtering/imports", "text/plain", BodyPublishers.ofString(log)),
        403);
    JsonObject noHeader =
        error(
            beacon
                .as("technical")
                .post(
                    "api/filtering/imports",
                    "text/csv",
                    BodyPublishers.ofString("time,who\n1,2\n")),
            400);
    assertThat(noHeader.getString("message")).contains("timestamp,user,ip,url,action,category");
  }

  @Test
  void aLargeLogIsStreamedToTheServerAndCounted() {
    String run = unique();
    int lines = 120_000; // about 17 MB
    InputStream generated = generatedLog(run, lines);
    long started = System.nanoTime();
    Reply imported =
        beacon
            .as("technical")
            .post(
                "api/filtering/imports?name=big.log",
                "text/plain",
                BodyPublishers.ofInputStream(() -> generated));
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    JsonObject summary = imported.json();
    assertThat(summary.getJsonNumber("linesRead").longValue()).isEqualTo(lines);
    assertThat(summary.getJsonNumber("malformed").longValue()).isEqualTo(lines / 10_000);
    System.out.printf(
        "Imported %,d bytes over HTTP in %,d ms%n",
        summary.getJsonNumber("bytes").longValue(), millis);
  }

  @Test
  void
      technicalProposesBlockingADomainOnlyASecondPersonApprovesAndTheRuleIsRecordedWithReasonAndApprover() {
    String domain = "games-" + unique() + ".example";
    error(beacon.as("dsl").postJson("api/filtering/change-requests", proposal(domain)), 403);
    JsonObject bad =
        error(
            beacon
                .as("technical")
                .postJson(
                    "api/filtering/change-requests",
                    "{\"patternType\":\"domain\",\"pattern\":\"not a domain\",\"action\":\"block\",\"reason\":\"\",\"scope\":\"allUsers\"}"),
            400);
    assertThat(bad.getJsonObject("fields").keySet()).containsExactlyInAnyOrder("pattern", "reason");

    Reply proposed =
        beacon.as("technical").postJson("api/filtering/change-requests", proposal(domain));
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
    String reference = proposed.json().getString("reference");
    assertThat(reference).matches("FCR-\\d{4}-\\d{4,}");

    assertThat(onlyTaskOrNone("technical", CHANGE, reference))
        .as("technical has nothing to approve")
        .isNull();
    JsonObject approval = onlyTask("dsl", CHANGE, reference);
    assertThat(approval.getString("name")).isEqualTo("Approve or reject the filtering change");
    JsonObject refused =
        error(
            beacon
                .as("technical")
                .postJson(taskPath(approval, "complete"), "{\"decision\":\"approve\"}"),
            403);
    assertThat(refused.getString("message")).isNotBlank();
    error(beacon.as("technical").post(taskPath(approval, "claim")), 403);
    assertThat(rules("dsl"))
        .as("nothing is a rule before it is approved and applied")
        .noneMatch(r -> r.getString("pattern").equals(domain));

    complete(
        "dsl", approval, "{\"decision\":\"approve\",\"decisionReason\":\"Games during lessons\"}");
    JsonObject apply = onlyTask("technical", CHANGE, reference);
    assertThat(apply.getString("name"))
        .isEqualTo("Apply the change in the filtering product and record it");
    assertThat(rules("dsl")).noneMatch(r -> r.getString("pattern").equals(domain));
    complete("technical", apply, "{\"filterReference\":\"LS-RULE-" + domain + "\"}");

    JsonObject rule =
        rules("technical").stream()
            .filter(r -> r.getString("pattern").equals(domain))
            .findFirst()
            .orElseThrow();
    assertThat(rule.getString("action")).isEqualTo("block");
    assertThat(rule.getString("reason")).isEqualTo("Online games played in lessons");
    assertThat(rule.getString("approvedBy")).isEqualTo("dsl");
    assertThat(rule.getString("proposedBy")).isEqualTo("technical");
    assertThat(Instant.parse(rule.getString("appliedAt")))
        .isAfter(Instant.now().minus(Duration.ofMinutes(5)));
    assertThat(rule.getString("filterReference")).isEqualTo("LS-RULE-" + domain);
    assertThat(rule.getBoolean("current")).isTrue();

    Reply csv = beacon.as("governor").get("api/filtering/rules?format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("reference,action,patternType,pattern")
        .contains(
            reference
                + ",block,domain,"
                + domain
                + ",allUsers,,Online games played in lessons,technical,");
    assertThat(beacon.as("dsl").get("api/filtering/rules", "text/csv").body()).contains(domain);
    Reply domains = beacon.as("technical").get("api/filtering/rules", "text/plain");
    assertThat(domains.header("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(domains.body().lines()).contains(domain);
    error(beacon.as("staff").get("api/filtering/rules"), 403);

    JsonObject verify = onlyTask("technical", CHANGE, reference);
    assertThat(verify.getString("name")).isEqualTo("Test the address again");
    complete("technical", verify, "{\"verificationResult\":\"asExpected\"}");
    JsonObject detail = beacon.as("head").get("api/filtering/change-requests/" + reference).json();
    assertThat(detail.getString("status")).isEqualTo("verified");
    assertThat(
            detail.getJsonArray("chronology").stream()
                .map(s -> s.asJsonObject().getString("activityId")))
        .containsSubsequence("Task_ApproveChange", "Task_RecordChangeApplied", "Task_VerifyChange");
  }

  @Test
  void
      anUnderblockingReportOfPotentiallyIllegalContentReachesTheDslAtOnceAndAsksForTheIwfOrCeopReference() {
    String seen =
        LocalDateTime.now(LONDON).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
    Reply created =
        beacon
            .as("staff")
            .postJson(
                "api/filtering/reports",
                "{\"kind\":\"underblocking\",\"url\":\"http://bad-"
                    + unique()
                    + ".example/x\",\"seenAt\":\""
                    + seen
                    + "\","
                    + "\"content\":\"Images that looked like child abuse material\",\"foundBy\":\"Mr Jones, Year 6 teacher\","
                    + "\"device\":\"Class laptop 6B-04\",\"userAccount\":\"y6pupil12\",\"potentiallyIllegal\":true}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String reference = created.json().getString("reference");
    assertThat(reference).matches("FLT-\\d{4}-\\d{4,}");
    assertThat(created.header("Location").orElseThrow())
        .endsWith("/api/filtering/reports/" + reference);

    JsonObject dslTask = onlyTask("dsl", REPORT, reference);
    assertThat(dslTask.getString("name"))
        .isEqualTo("Report the potentially illegal content to the IWF, CEOP or police");
    assertThat(Instant.parse(dslTask.getString("due"))).isBefore(Instant.now().plusSeconds(1));
    JsonObject form = beacon.as("dsl").get("api/tasks/" + dslTask.getString("id")).json();
    JsonObject reportedTo = field(form.getJsonArray("form"), "reportedTo");
    assertThat(reportedTo.getBoolean("required")).isTrue();
    assertThat(
            reportedTo.getJsonArray("values").stream().map(o -> o.asJsonObject().getString("id")))
        .containsExactly("iwf", "ceop", "police");
    assertThat(field(form.getJsonArray("form"), "externalReference").getBoolean("required"))
        .isTrue();
    JsonObject missing =
        error(
            beacon.as("dsl").postJson(taskPath(dslTask, "complete"), "{\"reportedTo\":\"iwf\"}"),
            400);
    assertThat(missing.getJsonObject("fields").keySet()).containsExactly("externalReference");

    JsonObject evidence = onlyTask("technical", REPORT, reference);
    assertThat(evidence.getString("name")).isEqualTo("Preserve the evidence");
    JsonObject technicalView =
        beacon.as("technical").get("api/filtering/reports/" + reference).json();
    assertThat(technicalView.getString("view")).isEqualTo("technical");
    assertThat(technicalView.containsKey("foundBy")).isFalse();
    assertThat(technicalView.containsKey("userAccount")).isFalse();
    assertThat(technicalView.containsKey("reportedBy")).isFalse();
    assertThat(
            beacon.as("staff").get("api/filtering/reports/" + reference).json().getString("view"))
        .isEqualTo("reporter");
    error(beacon.as("staff2").get("api/filtering/reports/" + reference), 404);
    error(beacon.as("governor").get("api/filtering/reports/" + reference), 403);
    error(beacon.as("admin").get("api/filtering/reports"), 403);

    complete("dsl", dslTask, "{\"reportedTo\":\"iwf\",\"externalReference\":\"IWF-2026-77\"}");
    complete(
        "technical",
        evidence,
        "{\"evidenceSecured\":\"Proxy logs 10:00-11:00, laptop 6B-04\",\"evidenceLocation\":\"Head's safe\"}");

    JsonObject full = beacon.as("dsl").get("api/filtering/reports/" + reference).json();
    assertThat(full.getString("status")).isEqualTo("closed");
    assertThat(full.getString("outcome")).isEqualTo("reported-to-authorities");
    assertThat(full.getString("externalReference")).isEqualTo("IWF-2026-77");
    assertThat(full.getString("userAccount")).isEqualTo("y6pupil12");
    assertThat(
            full.getJsonArray("chronology").stream()
                .map(s -> s.asJsonObject().getString("activityId")))
        .contains("Task_ReportToAuthorities", "Task_PreserveEvidence", "EndEvent_ReportClosed");

    JsonArray audit =
        beacon
            .as("admin")
            .get("api/audit?resourceType=filtering-report&resourceId=" + reference)
            .array();
    assertThat(
            audit.stream()
                .map(
                    v ->
                        v.asJsonObject().getString("action")
                            + "/"
                            + v.asJsonObject().getString("actor")))
        .contains("create/staff", "read/dsl", "read/technical");
    assertThat(audit.stream().map(v -> v.asJsonObject().getString("outcome"))).contains("DENIED");
  }

  @Test
  void inappropriateContentInAnIncidentOpensAFilteringReportWithoutThePupils() {
    String url = "https://video-" + unique() + ".example/watch?v=1";
    Reply incident =
        beacon
            .as("staff")
            .postJson(
                "api/incidents",
                "{\"occurredAt\":\"2026-11-20T10:15\",\"location\":\"Room 12\",\"device\":{\"ownership\":\"school\",\"identifier\":\"LAPTOP-22\"},"
                    + "\"description\":\"Violent video in a lesson\",\"urls\":[\""
                    + url
                    + "\"],"
                    + "\"pupils\":[{\"reference\":\"P-"
                    + unique()
                    + "\",\"yearGroup\":\"Year 8\"}],\"staff\":[],"
                    + "\"incidentType\":\"other\",\"incidentTypeOther\":\"Video\",\"immediateRisk\":false}");
    assertThat(incident.status()).as(incident.toString()).isEqualTo(201);
    String incidentRef = incident.json().getString("reference");
    JsonObject classify = onlyTask("dsl", "IncidentResponseProcess", incidentRef);
    complete("dsl", classify, "{\"classification\":\"inappropriate\",\"involvesContent\":true}");

    JsonObject link =
        beacon
            .as("dsl")
            .get("api/incidents/" + incidentRef)
            .json()
            .getJsonArray("links")
            .getJsonObject(0);
    assertThat(link.getString("kind")).isEqualTo("filtering-report");
    String reference = link.getString("note").replace("Opened as ", "");
    assertThat(reference).matches("FLT-\\d{4}-\\d{4,}");

    JsonObject report = beacon.as("dsl").get("api/filtering/reports/" + reference).json();
    assertThat(report.getString("sourceReference")).isEqualTo(incidentRef);
    assertThat(strings(report.getJsonArray("urls"))).containsExactly(url);
    assertThat(report.getString("kind")).isEqualTo("underblocking");
    assertThat(report.toString()).doesNotContain("P-");
    assertThat(onlyTask("dsl", REPORT, reference).getString("name"))
        .isEqualTo("Assess the filtering report");
    JsonObject technical = beacon.as("technical").get("api/filtering/reports/" + reference).json();
    assertThat(technical.containsKey("sourceReference")).isFalse();
  }

  @Test
  void checksAreLoggedAndAReviewOnDemandEndsWithTheGovernorsSignOff() {
    JsonArray timers =
        beacon
            .as("admin")
            .get("engine-rest/job?timers=true&processDefinitionKey=" + REVIEW)
            .array();
    assertThat(timers).as("the review timer from ${filteringSettings.reviewCycle}").isNotEmpty();
    ZonedDateTime inAYear = ZonedDateTime.now(LONDON).plusMonths(12);
    assertThat(
            timers.stream()
                .map(t -> t.asJsonObject().getString("dueDate"))
                .map(
                    d ->
                        java.time.OffsetDateTime.parse(
                                d.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2"))
                            .toInstant()))
        .anyMatch(
            due ->
                due.isAfter(inAYear.minusMonths(1).toInstant())
                    && due.isBefore(inAYear.plusDays(1).toInstant()));

    String now = LocalDateTime.now(LONDON).truncatedTo(ChronoUnit.MINUTES).toString();
    JsonObject noAction =
        error(
            beacon
                .as("technical")
                .postJson(
                    "api/filtering/checks",
                    "{\"checkedAt\":\""
                        + now
                        + "\",\"device\":\"Year 5 laptop, pupil Wi-Fi\",\"tested\":\"testfiltering.com categories\",\"result\":\"failed\"}"),
            400);
    assertThat(noAction.getJsonObject("fields").keySet()).containsExactly("actionTaken");
    Reply check =
        beacon
            .as("technical")
            .postJson(
                "api/filtering/checks",
                "{\"checkedAt\":\""
                    + now
                    + "\",\"device\":\"Year 5 laptop, pupil Wi-Fi\",\"tested\":\"testfiltering.com categories\","
                    + "\"result\":\"failed\",\"resultDetail\":\"Adult category loaded\",\"actionTaken\":\"Ticket LS-991 with the provider\"}");
    assertThat(check.status()).as(check.toString()).isEqualTo(201);
    assertThat(
            beacon.as("governor").get("api/filtering/checks").array().stream()
                .map(c -> c.asJsonObject().getString("actionTaken")))
        .contains("Ticket LS-991 with the provider");
    error(beacon.as("staff").get("api/filtering/checks"), 403);

    error(beacon.as("technical").post("api/filtering/reviews"), 403);
    Reply started = beacon.as("dsl").post("api/filtering/reviews");
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    String reference = started.json().getString("reference");
    assertThat(reference).matches("FRV-\\d{4}-\\d{4,}");

    complete(
        "technical",
        onlyTask("technical", REVIEW, reference),
        "{\"rulesDocumented\":true,\"providerEffectiveness\":\"partlyEffective\",\"technicalNotes\":\"One failed check, fixed by the provider\"}");
    assertThat(onlyTaskOrNone("governor", REVIEW, reference))
        .as("the governor waits for both checklists")
        .isNull();
    complete(
        "dsl",
        onlyTask("dsl", REVIEW, reference),
        "{\"checksReviewed\":true,\"reportsReviewed\":true,\"findings\":\"Filtering is effective after the fix\",\"actionsAgreed\":\"Termly checks\"}");
    JsonObject signOff = onlyTask("governor", REVIEW, reference);
    assertThat(signOff.getString("name")).isEqualTo("Sign off the filtering review");
    complete("governor", signOff, "{\"signOff\":\"sign\",\"governorComments\":\"Noted\"}");

    JsonObject review = beacon.as("governor").get("api/filtering/reviews/" + reference).json();
    assertThat(review.getString("status")).isEqualTo("signed");
    assertThat(review.getString("signedBy")).isEqualTo("governor");
    assertThat(review.getString("findings")).isEqualTo("Filtering is effective after the fix");
    assertThat(review.getJsonObject("figures").getJsonNumber("checksFailed").longValue())
        .isGreaterThanOrEqualTo(1);
    assertThat(review.containsKey("chronology"))
        .as("counts and findings, not the workings")
        .isFalse();
    JsonObject summary = beacon.as("governor").get("api/filtering/summary").json();
    assertThat(summary.getString("lastReview")).isNotBlank();
    assertThat(summary.containsKey("figures")).isTrue();
    error(beacon.as("staff").get("api/filtering/reviews"), 403);
  }

  // --- helpers -------------------------------------------------------------------------------

  /**
   * A school day on one proxy, in squid's native format, with three broken lines (7, 15, 22): amy
   * reaches the watched chat.example twice, ben is refused six times, cara twice, dev browses.
   */
  private static String schoolDay(String run) {
    String amy = "amy-" + run;
    String ben = "ben-" + run;
    String cara = "cara-" + run;
    String dev = "dev-" + run;
    long t = 1772524800L + 8 * 3600 + 40 * 60; // 2026-03-03 08:40 (GMT)
    return String.join(
            "\n",
            squid(
                t,
                120,
                "10.20.1.15",
                "TCP_MISS/200",
                18_204,
                "GET",
                "https://www.bbc.co.uk/bitesize",
                amy,
                "HIER_DIRECT/151.101.0.81",
                "text/html"),
            squid(
                t + 4,
                0,
                "10.20.1.15",
                "TCP_TUNNEL/200",
                4_120,
                "CONNECT",
                "www.google.com:443",
                amy,
                "HIER_DIRECT/142.250.187.196",
                "-"),
            squid(
                t + 31,
                87,
                "10.20.1.22",
                "TCP_MISS/200",
                912,
                "GET",
                "http://detectportal.firefox.com/success.txt",
                "-",
                "HIER_DIRECT/34.107.221.82",
                "text/plain"),
            squid(
                t + 95,
                3,
                "10.20.1.31",
                "TCP_DENIED/403",
                3_921,
                "GET",
                "http://games.example/",
                ben,
                "HIER_NONE/-",
                "text/html"),
            squid(
                t + 101,
                2,
                "10.20.1.31",
                "TCP_DENIED/403",
                3_921,
                "CONNECT",
                "games.example:443",
                ben,
                "HIER_NONE/-",
                "text/html"),
            squid(
                t + 160,
                44,
                "10.20.1.44",
                "TCP_MISS/200",
                1_204,
                "GET",
                "https://www.ixl.com/maths",
                dev,
                "HIER_DIRECT/104.18.2.1",
                "text/html"),
            "1772556380.312    41 10.20.1.44 TCP_MISS/200 2210 GET https://www.ixl.com/",
            squid(
                t + 230,
                5,
                "10.20.1.31",
                "TCP_DENIED/403",
                3_921,
                "GET",
                "http://games.example/play",
                ben,
                "HIER_NONE/-",
                "text/html"),
            squid(
                t + 300,
                210,
                "10.20.1.15",
                "TCP_MISS/200",
                24_511,
                "GET",
                "https://chat.example/room/42",
                amy,
                "HIER_DIRECT/93.184.216.34",
                "text/html"),
            squid(
                t + 310,
                2,
                "10.20.1.52",
                "TCP_DENIED/403",
                3_921,
                "GET",
                "http://poker.example/",
                cara,
                "HIER_NONE/-",
                "text/html"),
            squid(
                t + 420,
                1,
                "10.20.1.31",
                "TCP_DENIED/403",
                3_921,
                "GET",
                "http://games.example/play?level=2",
                ben,
                "HIER_NONE/-",
                "text/html"),
            squid(
                t + 600,
                66,
                "10.20.1.44",
                "TCP_HIT/200",
                55_102,
                "GET",
                "https://www.bbc.co.uk/news",
                dev,
                "HIER_NONE/-",
                "text/html"),
            squid(
                t + 640,
                12,
                "10.20.1.52",
                "TCP_MISS/200",
                6_001,
                "GET",
                "https://classroom.google.com/",
                cara,
                "HIER_DIRECT/142.250.187.206",
                "text/html"),
            squid(
                t + 700,
                2,
                "10.20.1.31",
                "TCP_DENIED/403",
                3_921,
                "GET",
                "http://proxy-bypass.example/",
                ben,
                "HIER_NONE/-",
                "text/html"),
            "garbled \u0000\u0001 line from a log rotation",
            squid(
                t + 905,
                180,
                "10.20.1.15",
                "TCP_MISS/200",
                11_093,
                "GET",
                "https://www.chat.example/room/42/more",
                amy,
                "HIER_DIRECT/93.184.216.34",
                "text/html"),
            squid(
                t + 1200,
                3,
                "10.20.1.52",
                "TCP_DENIED/403",
                3_921,
                "GET",
                "http://poker.example/table",
                cara,
                "HIER_NONE/-",
                "text/html"),
            squid(
                t + 1500,
                4,
                "10.20.1.31",
                "TCP_DENIED/403",
                3_921,
                "GET",
                "http://games.example/play?level=3",
                ben,
                "HIER_NONE/-",
                "text/html"),
            squid(
                t + 1800,
                50,
                "10.20.1.44",
                "TCP_MISS/304",
                341,
                "GET",
                "https://www.bbc.co.uk/bitesize/subjects",
                dev,
                "HIER_DIRECT/151.101.0.81",
                "-"),
            squid(
                t + 2400,
                77,
                "10.20.1.60",
                "TCP_MISS/200",
                9_876,
                "GET",
                "https://www.google.com/search?q=volcanoes",
                "-",
                "HIER_DIRECT/142.250.187.196",
                "text/html"),
            squid(
                t + 3000,
                19,
                "10.20.1.44",
                "TCP_REFRESH_UNMODIFIED/200",
                4_401,
                "GET",
                "https://www.ixl.com/science",
                dev,
                "HIER_DIRECT/104.18.2.1",
                "text/html"),
            "1772530000.000 12 10.20.1.44 TCP_MISS/2OO 100 GET https://www.ixl.com/ "
                + dev
                + " HIER_DIRECT/104.18.2.1 text/html",
            squid(
                t + 3600,
                35,
                "10.20.1.15",
                "TCP_MISS/200",
                7_300,
                "GET",
                "https://www.bbc.co.uk/bitesize/maths",
                amy,
                "HIER_DIRECT/151.101.0.81",
                "text/html"),
            squid(
                t + 4000,
                9,
                "10.20.1.44",
                "TCP_MISS/200",
                2_048,
                "GET",
                "https://www.ixl.com/english",
                dev,
                "HIER_DIRECT/104.18.2.1",
                "text/html"))
        + "\n";
  }

  private static String squid(
      long at,
      int elapsed,
      String client,
      String action,
      int size,
      String method,
      String url,
      String user,
      String peer,
      String type) {
    return "%d.%03d %6d %s %s %d %s %s %s %s %s"
        .formatted(
            at, (at * 7) % 1000, elapsed, client, action, size, method, url, user, peer, type);
  }

  /** A long day of ordinary browsing, made as it is sent; every 10,000th line is broken. */
  private static InputStream generatedLog(String run, int lines) {
    long start = 1772524800L + 8 * 3600;
    Enumeration<InputStream> parts =
        new Enumeration<>() {
          int line;

          @Override
          public boolean hasMoreElements() {
            return line < lines;
          }

          @Override
          public InputStream nextElement() {
            StringBuilder chunk = new StringBuilder();
            for (int i = 0; i < 1000 && line < lines; i++) {
              line++;
              if (line % 10_000 == 0) {
                chunk.append("cut short\n");
              } else {
                chunk
                    .append(
                        squid(
                            start + line / 10,
                            20,
                            "10.30.0." + line % 200,
                            "TCP_MISS/200",
                            5000,
                            "GET",
                            "https://www.bbc.co.uk/bitesize/" + line,
                            "big" + line % 500 + "-" + run,
                            "HIER_DIRECT/151.101.0.81",
                            "text/html"))
                    .append('\n');
              }
            }
            return new ByteArrayInputStream(chunk.toString().getBytes(StandardCharsets.UTF_8));
          }
        };
    return new SequenceInputStream(parts);
  }

  private static String proposal(String domain) {
    return "{\"patternType\":\"domain\",\"pattern\":\""
        + domain
        + "\",\"action\":\"block\","
        + "\"reason\":\"Online games played in lessons\",\"scope\":\"allUsers\"}";
  }

  private List<JsonObject> rules(String user) {
    Reply reply = beacon.as(user).get("api/filtering/rules");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.array().stream().map(JsonValue::asJsonObject).toList();
  }

  private JsonObject onlyTask(String user, String process, String reference) {
    JsonObject task = onlyTaskOrNone(user, process, reference);
    assertThat(task).as("an open task of %s for %s", reference, user).isNotNull();
    return task;
  }

  private JsonObject onlyTaskOrNone(String user, String process, String reference) {
    Reply reply =
        beacon
            .as(user)
            .get("api/tasks?processDefinitionKey=" + process + "&businessKey=" + reference);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonArray items = reply.json().getJsonArray("items");
    assertThat(items.size()).as("open tasks of %s for %s", reference, user).isLessThanOrEqualTo(1);
    return items.isEmpty() ? null : items.getJsonObject(0);
  }

  private void complete(String user, JsonObject task, String values) {
    Reply reply = beacon.as(user).postJson(taskPath(task, "complete"), values);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
  }

  private static String taskPath(JsonObject task, String action) {
    return "api/tasks/" + task.getString("id") + "/" + action;
  }

  private static JsonObject field(JsonArray form, String id) {
    return form.stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> strings(JsonArray array) {
    return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static JsonObject error(Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.body()).doesNotContain("Exception", "org.");
    JsonObject json = reply.json();
    assertThat(json.getInt("status")).isEqualTo(status);
    return json;
  }
}
