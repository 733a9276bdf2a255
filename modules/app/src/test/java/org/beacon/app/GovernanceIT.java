package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.beacon.app.BeaconHttp.Download;
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
 * Governor reporting over HTTP, as a new school would try it: a term's worth of incidents, full of
 * personal details, becomes a report with small numbers suppressed and not one of those details in
 * its JSON, CSV or PDF; the DSL comments, the head approves, a governor acknowledges, and the
 * report no longer changes when new cases arrive. A policy due for review next week opens the DSL's
 * review task; approving a new version keeps the old one readable. The daily report check runs on
 * the job executor.
 */
@ExtendWith(ArquillianExtension.class)
class GovernanceIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final ZoneId SCHOOL = ZoneId.of("Europe/London");
  private static final String INCIDENTS = "IncidentResponseProcess";
  private static final String REPORTS = "GovernorReportProcess";
  private static final String SITES = "Unauthorised use of non-educational sites during lessons";
  private static final Duration TIMER_DEADLINE = Duration.ofSeconds(60);

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

  /** The personal details one incident is reported with; none may reach a report. */
  private record PersonalData(
      String pupil,
      String staffName,
      String description,
      String url,
      String otherType,
      String location,
      String device,
      String otherActions,
      String outcome) {

    static PersonalData of(String token, int i) {
      return new PersonalData(
          "PUPIL-" + token + "-" + i,
          "Zebedee Quartermaine-" + token + i,
          "Wilhelmina Fitzgerald-" + token + " showed a video on her phone " + i,
          "https://" + token.toLowerCase() + i + ".leak.example/watch",
          "Otherworldly conduct " + token + i,
          "Room " + token + i,
          "DEV-" + token + i,
          "Restorative meeting with " + token + i,
          "Outcome for " + token + i);
    }

    List<String> all() {
      return List.of(
          pupil, staffName, description, url, otherType, location, device, otherActions, outcome);
    }
  }

  @Test
  void aTermsIncidentsMakeAnAnonymisedReportThatTheGovernorsAcknowledgeAndThatThenNeverChanges() {
    String token =
        "LEAK" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    String games = otherPupilType();
    Instant termStart = Instant.now().minusSeconds(2);
    List<PersonalData> fed = new ArrayList<>();

    // A term's worth: 6 of one type, 5 of another, 2 described in words ("other"); all worked to
    // closure.
    for (int i = 0; i < 13; i++) {
      PersonalData personal = PersonalData.of(token, i);
      fed.add(personal);
      String type = i < 6 ? SITES : i < 11 ? games : "other";
      workToClosure(report(personal, type), personal);
    }

    String from = termStart.toString();
    String to = LocalDate.now(SCHOOL).plusDays(1).toString();
    Reply asked =
        beacon
            .as("dsl")
            .postJson(
                "api/governance/reports", "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    JsonObject draft = asked.json();
    long id = draft.getJsonNumber("id").longValue();
    String reference = draft.getString("reference");
    assertThat(draft.getString("status")).isEqualTo("draft");

    // Correct counts, small numbers suppressed, the next smallest withheld so the small one cannot
    // be subtracted out.
    JsonObject incidents = module(draft, "incidents");
    assertThat(incidents.getJsonObject("total").getJsonNumber("value").longValue()).isEqualTo(13);
    JsonObject byType = group(incidents, "byType");
    assertThat(cell(byType, SITES).getString("shown")).isEqualTo("6");
    assertThat(cell(byType, "other").getString("shown")).isEqualTo("fewer than 5");
    assertThat(cell(byType, "other").containsKey("value"))
        .as("no number behind a suppressed cell")
        .isFalse();
    assertThat(cell(byType, games).getString("shown")).isEqualTo("withheld");
    assertThat(
            cell(group(incidents, "byClassification"), "inappropriate")
                .getJsonNumber("value")
                .longValue())
        .isEqualTo(13);
    assertThat(cell(group(incidents, "byStatus"), "closed").getJsonNumber("value").longValue())
        .isEqualTo(13);
    JsonObject triage = incidents.getJsonArray("timings").getJsonObject(0);
    assertThat(triage.getJsonObject("cases").getJsonNumber("value").longValue()).isEqualTo(13);
    assertThat(triage.containsKey("medianHours")).isTrue();
    JsonObject deadline = incidents.getJsonArray("deadlines").getJsonObject(0);
    assertThat(deadline.getJsonObject("met").getJsonNumber("value").longValue()).isEqualTo(13);

    // Governors see no case and no draft; the report reaches them once the head approves it.
    governorSeesNoCase(fed.get(0).pupil());
    error(beacon.as("governor").get("api/governance/reports/" + id), 404);
    error(
        beacon
            .as("governor")
            .postJson("api/governance/reports", "{\"from\":\"2026-09-01\",\"to\":\"2026-12-18\"}"),
        403);
    error(beacon.as("staff").get("api/governance/reports/" + id), 403);

    complete(
        "dsl",
        onlyTask("dsl", REPORTS, reference),
        "{\"commentary\":\"Fewer incidents than last term; gaming sites are a new trend.\"}");
    complete(
        "head",
        onlyTask("head", REPORTS, reference),
        "{\"reviewDecision\":\"return\",\"reviewNote\":\"Say what we did about gaming.\"}");
    JsonObject commentary = onlyTask("dsl", REPORTS, reference);
    complete(
        "dsl",
        commentary,
        "{\"commentary\":\"Fewer incidents than last term; gaming sites are a new trend, now blocked.\"}");
    complete("head", onlyTask("head", REPORTS, reference), "{\"reviewDecision\":\"approve\"}");

    JsonObject sent = beacon.as("governor").get("api/governance/reports/" + id).json();
    assertThat(sent.getString("status")).isEqualTo("awaiting-acknowledgement");
    assertThat(sent.containsKey("reviewNote"))
        .as("the head's note to the DSL is not for governors")
        .isFalse();
    JsonObject acknowledge = onlyTask("governor", REPORTS, reference);
    assertThat(
            error(
                    beacon
                        .as("governor")
                        .postJson(taskPath(acknowledge), "{\"acknowledged\":false}"),
                    400)
                .getJsonObject("fields")
                .keySet())
        .contains("acknowledged");
    complete(
        "governor", acknowledge, "{\"acknowledged\":true,\"governorComments\":\"Thank you.\"}");
    assertThat(onlyTaskOrNone("governor", REPORTS, reference)).isNull();

    JsonObject acknowledged = beacon.as("governor").get("api/governance/reports/" + id).json();
    assertThat(acknowledged.getString("status")).isEqualTo("acknowledged");
    assertThat(acknowledged.getJsonObject("figures")).isEqualTo(draft.getJsonObject("figures"));
    assertThat(
            beacon.as("governor").get("api/governance/reports").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("id").longValue() == id)
                .map(r -> r.getString("status")))
        .containsExactly("acknowledged");
    error(beacon.as("staff").get("api/governance/reports"), 403);

    // No personal detail in any output: JSON (both roles), the list, CSV, the PDF's text.
    String csv = download("governor", "api/governance/reports/" + id + "/csv", "text/csv");
    assertThat(csv).contains("byType,other,fewer than 5").contains(",total,all,13,13,");
    Download pdf = beacon.as("governor").download("api/governance/reports/" + id + "/pdf");
    assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
    assertThat(pdf.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    String pdfText = pdfText(pdf.body());
    assertThat(pdfText)
        .as("the extraction reads the report")
        .contains("Cases in the period: 13", "fewer than 5", "now blocked");
    List<String> outputs =
        List.of(
            beacon.as("governor").get("api/governance/reports/" + id).body(),
            beacon.as("dsl").get("api/governance/reports/" + id).body(),
            beacon.as("governor").get("api/governance/reports").body(),
            csv,
            pdfText,
            new String(pdf.body(), StandardCharsets.ISO_8859_1));
    for (String output : outputs) {
      assertThat(output).doesNotContain(token).doesNotContain(token.toLowerCase());
      for (PersonalData personal : fed) {
        assertThat(output).doesNotContain(personal.all());
      }
    }

    // New cases arrive: the live figures move, the acknowledged report does not.
    PersonalData late = PersonalData.of(token, 99);
    workToClosure(report(late, "other"), late);
    JsonObject live =
        beacon.as("dsl").get("api/governance/statistics?from=" + from + "&to=" + to).json();
    assertThat(module(live, "incidents").getJsonObject("total").getJsonNumber("value").longValue())
        .isEqualTo(14);
    assertThat(live.toString()).doesNotContain(token);
    JsonObject after = beacon.as("dsl").get("api/governance/reports/" + id).json();
    assertThat(after.getJsonObject("figures")).isEqualTo(draft.getJsonObject("figures"));
    assertThat(after.getInt("revision")).isEqualTo(1);
    error(beacon.as("dsl").post("api/governance/reports/" + id + "/refresh"), 409);

    JsonArray audit =
        beacon
            .as("admin")
            .get("api/audit?resourceType=governor-report&resourceId=" + reference)
            .array();
    assertThat(
            audit.stream()
                .map(
                    v ->
                        v.asJsonObject().getString("action")
                            + "/"
                            + v.asJsonObject().getString("actor")
                            + "/"
                            + v.asJsonObject().getString("outcome")))
        .contains(
            "request/dsl/ALLOWED",
            "generate/dsl/ALLOWED",
            "read/governor/DENIED",
            "acknowledge/governor/ALLOWED",
            "export-pdf/governor/ALLOWED",
            "refresh/dsl/DENIED");
  }

  @Test
  void governorsReadLiveStatisticsForWholeMonthsOnly() {
    YearMonth month = YearMonth.now(SCHOOL);
    Reply whole =
        beacon
            .as("governor")
            .get(
                "api/governance/statistics?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth());
    assertThat(whole.status()).as(whole.toString()).isEqualTo(200);
    assertThat(
            whole.json().getJsonObject("figures").getJsonArray("modules").stream()
                .map(m -> m.asJsonObject().getString("module")))
        .contains("incidents");

    JsonObject partial =
        error(
            beacon
                .as("governor")
                .get("api/governance/statistics?from=" + month.atDay(1) + "&to=" + month.atDay(2)),
            400);
    assertThat(partial.getJsonObject("fields").keySet()).contains("from", "to");
    error(
        beacon
            .as("staff")
            .get(
                "api/governance/statistics?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth()),
        403);
    error(
        beacon.as("dsl").get("api/governance/statistics?from=yesterday&to=" + month.atEndOfMonth()),
        400);
  }

  @Test
  void theDailyCheckRunsOnTheJobExecutorWithTheSchoolsTermDates() {
    JsonArray timers =
        beacon.as("admin").get("engine-rest/job?activityId=StartEvent_DailyCheck").array();
    assertThat(timers).as("the daily timer is scheduled").hasSize(1);
    long checked =
        engineCount("history/activity-instance/count?activityId=Task_FindDueReport&finished=true");

    // Run today's check now: the timer's job starts it, the job executor runs it.
    Reply fired =
        beacon
            .as("admin")
            .post("engine-rest/job/" + timers.getJsonObject(0).getString("id") + "/execute");
    assertThat(fired.status()).as(fired.toString()).isEqualTo(204);

    long deadline = System.nanoTime() + TIMER_DEADLINE.toNanos();
    while (engineCount(
                "history/activity-instance/count?activityId=Task_FindDueReport&finished=true")
            == checked
        && System.nanoTime() < deadline) {
      pause();
    }
    assertThat(
            engineCount(
                "history/activity-instance/count?activityId=Task_FindDueReport&finished=true"))
        .as("the check ran within %s", TIMER_DEADLINE)
        .isEqualTo(checked + 1);
    assertThat(
            beacon
                .as("admin")
                .get("engine-rest/job?activityId=Task_FindDueReport&noRetriesLeft=true")
                .array())
        .as("no check failed")
        .isEmpty();
    assertThat(beacon.as("admin").get("engine-rest/job?activityId=StartEvent_DailyCheck").array())
        .as("tomorrow's timer")
        .hasSize(1);
  }

  @Test
  void aPolicyDueForReviewNextWeekOpensTheDslsReviewAndApprovingANewVersionKeepsTheOldOne() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    LocalDate today = LocalDate.now(SCHOOL);
    Reply created =
        beacon
            .as("dsl")
            .postJson(
                "api/governance/policies",
                "{\"kind\":\"e-safety\",\"title\":\"E-safety policy "
                    + token
                    + "\",\"reviewCycle\":\"fixed-date\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long policy = created.json().getJsonNumber("id").longValue();
    String policyPath = "api/governance/policies/" + policy;
    error(
        beacon
            .as("staff")
            .postJson(
                "api/governance/policies",
                "{\"kind\":\"other\",\"title\":\"x\",\"reviewCycle\":\"annual\"}"),
        403);

    String firstText =
        "Version one of the e-safety policy " + token + ". Staff report incidents to the DSL.";
    Reply first =
        beacon
            .as("dsl")
            .postJson(
                policyPath + "/versions",
                "{\"author\":\"C.Lawson\",\"date\":\""
                    + today
                    + "\",\"changeSummary\":\"First version\",\"nextReviewDate\":\""
                    + today.plusDays(7)
                    + "\",\"text\":\""
                    + firstText
                    + "\"}");
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().getString("status")).isEqualTo("pending");

    JsonObject approveFirst =
        onlyTask("governor", "PolicyApprovalProcess", "POLICY-" + policy + "-V1");
    assertThat(
            field(
                    beacon.as("governor").get("api/tasks/" + approveFirst.getString("id")).json(),
                    "changeSummary")
                .getString("value"))
        .isEqualTo("First version");
    complete("governor", approveFirst, "{\"versionDecision\":\"approve\"}");

    // The review date is within the four weeks' notice: the review timer fires at once.
    JsonObject review = awaitTask("dsl", "PolicyReviewProcess", "POLICY-" + policy);
    assertThat(review.getString("name")).isEqualTo("Review the policy");
    assertThat(Instant.parse(review.getString("due")))
        .isEqualTo(today.plusDays(7).atStartOfDay(SCHOOL).toInstant());
    JsonObject register = beacon.as("governor").get(policyPath).json();
    assertThat(register.getInt("currentVersion")).isEqualTo(1);
    assertThat(register.getString("nextReviewDue")).isEqualTo(today.plusDays(7).toString());
    assertThat(register.getBoolean("reviewOpen")).as("recorded by the timer's step").isTrue();

    // The review leads to a new version, uploaded as a file; its approval closes the review.
    byte[] document =
        ("%PDF-1.4\n% E-safety policy version two " + token + "\n")
            .getBytes(StandardCharsets.US_ASCII);
    Reply second =
        beacon
            .as("head")
            .postJson(
                policyPath + "/versions",
                "{\"author\":\"C.Lawson\",\"date\":\""
                    + today
                    + "\",\"changeSummary\":\"Mobile phones section rewritten\",\"nextReviewDate\":\""
                    + today.plusYears(1)
                    + "\",\"file\":{\"name\":\"e-safety-v2.pdf\",\"contentType\":\"application/pdf\",\"base64\":\""
                    + Base64.getEncoder().encodeToString(document)
                    + "\"}}");
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    complete(
        "governor",
        onlyTask("governor", "PolicyApprovalProcess", "POLICY-" + policy + "-V2"),
        "{\"versionDecision\":\"approve\"}");
    assertThat(onlyTaskOrNone("dsl", "PolicyReviewProcess", "POLICY-" + policy))
        .as("the new version closed the review")
        .isNull();

    JsonArray versions = beacon.as("governor").get(policyPath + "/versions").array();
    assertThat(
            versions.stream()
                .map(
                    v ->
                        v.asJsonObject().getInt("number")
                            + ":"
                            + v.asJsonObject().getString("status")))
        .containsExactly("1:superseded", "2:approved");
    assertThat(beacon.as("governor").get(policyPath + "/versions/1").json().getString("text"))
        .isEqualTo(firstText);
    assertThat(download("dsl", policyPath + "/versions/1/file", "text/plain")).isEqualTo(firstText);
    Download file = beacon.as("governor").download(policyPath + "/versions/2/file");
    assertThat(file.status()).as(file.toString()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(document);
    assertThat(file.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    JsonObject now = beacon.as("dsl").get(policyPath).json();
    assertThat(now.getInt("currentVersion")).isEqualTo(2);
    assertThat(now.getString("nextReviewDue")).isEqualTo(today.plusYears(1).toString());
    assertThat(now.getBoolean("reviewOpen")).isFalse();

    // Staff read the version in force, not the ones before.
    assertThat(
            beacon.as("staff").get(policyPath).json().getJsonArray("versions").stream()
                .map(v -> v.asJsonObject().getInt("number")))
        .containsExactly(2);
    error(beacon.as("staff").get(policyPath + "/versions/1"), 404);

    JsonArray audit =
        beacon
            .as("admin")
            .get("api/audit?resourceType=policy&resourceId=POLICY-" + policy + "-V1")
            .array();
    assertThat(
            audit.stream()
                .map(
                    v ->
                        v.asJsonObject().getString("action")
                            + "/"
                            + v.asJsonObject().getString("actor")))
        .contains("submit/dsl", "approve/governor", "read/governor");
  }

  // --- incidents -------------------------------------------------------------------------------

  private String report(PersonalData personal, String type) {
    String json =
        "{\"occurredAt\":\""
            + LocalDate.now(SCHOOL).minusDays(1)
            + "T10:15\",\"location\":\""
            + personal.location()
            + "\","
            + "\"device\":{\"ownership\":\"personal\",\"identifier\":\""
            + personal.device()
            + "\"},"
            + "\"description\":\""
            + personal.description()
            + "\",\"urls\":[\""
            + personal.url()
            + "\"],"
            + "\"pupils\":[{\"reference\":\""
            + personal.pupil()
            + "\",\"yearGroup\":\"Year 9\"}],"
            + "\"staff\":[{\"name\":\""
            + personal.staffName()
            + "\"}],"
            + "\"incidentType\":\""
            + type
            + "\""
            + ("other".equals(type)
                ? ",\"incidentTypeOther\":\"" + personal.otherType() + "\""
                : "")
            + ",\"immediateRisk\":false}";
    Reply reply = beacon.as("staff").postJson("api/incidents", json);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getString("reference");
  }

  /**
   * Classified inappropriate, involving a child: the pupil's actions with free text, then recorded
   * and closed.
   */
  private void workToClosure(String reference, PersonalData personal) {
    complete(
        "dsl",
        onlyTask("dsl", INCIDENTS, reference),
        "{\"classification\":\"inappropriate\",\"involvesChild\":true}");
    complete(
        "dsl",
        onlyTask("dsl", INCIDENTS, reference),
        "{\"schoolActions\":\"" + personal.otherActions() + "\"}");
    carryOutEveryAction(reference);
    complete(
        "dsl",
        onlyTask("dsl", INCIDENTS, reference),
        "{\"outcomeSummary\":\"" + personal.outcome() + "\",\"reviewPolicy\":false}");
    assertThat(beacon.as("dsl").get("api/incidents/" + reference).json().getString("status"))
        .isEqualTo("closed");
  }

  /**
   * The action tasks the decision opened (the matrix's actions for the row), each done by its role.
   */
  private void carryOutEveryAction(String reference) {
    for (String role : List.of("dsl", "technical", "head")) {
      Reply reply =
          beacon
              .as(role)
              .get("api/tasks?processDefinitionKey=" + INCIDENTS + "&businessKey=" + reference);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      reply.json().getJsonArray("items").stream()
          .map(JsonValue::asJsonObject)
          .filter(task -> isActionTask(role, task))
          .forEach(task -> complete(role, task, "{\"actionOutcome\":\"done\"}"));
    }
  }

  /** An action task has the done-or-waived outcome; the head may also see the DSL's other steps. */
  private boolean isActionTask(String role, JsonObject task) {
    return beacon
        .as(role)
        .get("api/tasks/" + task.getString("id"))
        .json()
        .getJsonArray("form")
        .stream()
        .anyMatch(field -> field.asJsonObject().getString("id").equals("actionOutcome"));
  }

  private String otherPupilType() {
    return beacon
        .as("staff")
        .get("api/incidents/types")
        .array()
        .getValuesAs(JsonString.class)
        .stream()
        .map(JsonString::getString)
        .filter(t -> !t.equals(SITES) && !t.equals("other"))
        .findFirst()
        .orElseThrow();
  }

  private void governorSeesNoCase(String pupil) {
    error(beacon.as("governor").get("api/incidents"), 403);
    error(beacon.as("governor").get("api/pupils/" + pupil + "/chronology"), 403);
    error(beacon.as("governor").get("api/staff/dsl/chronology"), 403);
    error(beacon.as("governor").get("api/audit?resourceType=incident"), 403);
    Reply tasks = beacon.as("governor").get("api/tasks?processDefinitionKey=" + INCIDENTS);
    assertThat(tasks.json().getJsonArray("items")).isEmpty();
  }

  // --- reports ---------------------------------------------------------------------------------

  private static JsonObject module(JsonObject withFigures, String module) {
    return withFigures.getJsonObject("figures").getJsonArray("modules").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("module").equals(module))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject group(JsonObject module, String measure) {
    return module.getJsonArray("counts").stream()
        .map(JsonValue::asJsonObject)
        .filter(g -> g.getString("measure").equals(measure))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + measure + " in " + module));
  }

  private static JsonObject cell(JsonObject group, String category) {
    return group.getJsonArray("cells").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("category").equals(category))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + category + " in " + group));
  }

  private String download(String user, String path, String type) {
    Download download = beacon.as(user).download(path);
    assertThat(download.status()).as(download.toString()).isEqualTo(200);
    assertThat(download.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(type));
    return download.text();
  }

  private static String pdfText(byte[] pdf) {
    try {
      PdfReader reader = new PdfReader(pdf);
      try {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
          text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
      } finally {
        reader.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- tasks -----------------------------------------------------------------------------------

  private JsonObject onlyTask(String user, String process, String businessKey) {
    JsonObject task = onlyTaskOrNone(user, process, businessKey);
    assertThat(task).as("an open task of %s for %s", businessKey, user).isNotNull();
    return task;
  }

  private JsonObject onlyTaskOrNone(String user, String process, String businessKey) {
    Reply reply =
        beacon
            .as(user)
            .get("api/tasks?processDefinitionKey=" + process + "&businessKey=" + businessKey);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonArray items = reply.json().getJsonArray("items");
    assertThat(items.size())
        .as("open tasks of %s for %s", businessKey, user)
        .isLessThanOrEqualTo(1);
    return items.isEmpty() ? null : items.getJsonObject(0);
  }

  private long engineCount(String path) {
    Reply reply = beacon.as("admin").get("engine-rest/" + path);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonNumber("count").longValue();
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits for the job executor to fire a timer and open the task. */
  private JsonObject awaitTask(String user, String process, String businessKey) {
    long deadline = System.nanoTime() + TIMER_DEADLINE.toNanos();
    JsonObject task = onlyTaskOrNone(user, process, businessKey);
    while (task == null && System.nanoTime() < deadline) {
      pause();
      task = onlyTaskOrNone(user, process, businessKey);
    }
    assertThat(task)
        .as("a task of %s for %s within %s", businessKey, user, TIMER_DEADLINE)
        .isNotNull();
    return task;
  }

  private void complete(String user, JsonObject task, String values) {
    Reply reply = beacon.as(user).postJson(taskPath(task), values);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
  }

  private static String taskPath(JsonObject task) {
    return "api/tasks/" + task.getString("id") + "/complete";
  }

  private static JsonObject field(JsonObject detail, String id) {
    return detail.getJsonArray("form").stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject error(Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.body()).doesNotContain("Exception", "org.");
    JsonObject json = reply.json();
    assertThat(json.getInt("status")).isEqualTo(status);
    return json;
  }
}
