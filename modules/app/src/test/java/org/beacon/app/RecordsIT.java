package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
 * The school records (issue 22) over HTTP with the real models and steps: a new staff AUP version
 * approved by the governors asks every member of staff to sign, the opt-out list every member of
 * staff reads, and a training record's reminder.
 */
@ExtendWith(ArquillianExtension.class)
class RecordsIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
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
  void aNewStaffAupVersionApprovedAsksEveryMemberOfStaffToSignAndTheDslSeesWhoHasNot() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    long policy =
        created(
                "dsl",
                "api/governance/policies",
                "{\"kind\":\"staff-aup\",\"title\":\"Staff AUP "
                    + run
                    + "\",\"reviewCycle\":\"annual\"}")
            .getJsonNumber("id")
            .longValue();
    created(
        "dsl",
        "api/governance/policies/" + policy + "/versions",
        "{\"author\":\"C.Lawson\",\"date\":\""
            + LocalDate.now(LONDON)
            + "\",\"changeSummary\":\"First version\","
            + "\"text\":\"I will only use school ICT systems for school purposes.\"}");
    assertThat(mustSign("staff")).as("nothing to sign before the governors approve").isEmpty();

    String approval = "POLICY-" + policy + "-V1";
    complete(
        "governor",
        onlyTask("governor", "PolicyApprovalProcess", approval),
        "{\"versionDecision\":\"approve\"}");

    // Every member of staff has their own task, and sees nobody else's.
    for (String user : List.of("staff", "staff2", "dsl", "head", "office")) {
      JsonObject task = onlyTask(user, "AgreementRenewalProcess", approval);
      assertThat(task.getString("assignee")).isEqualTo(user);
      assertThat(task.getString("name"))
          .isEqualTo("Sign the Staff and volunteer acceptable use agreement");
    }
    assertThat(tasks("governor", "AgreementRenewalProcess", approval)).isEmpty();
    assertThat(mustSign("staff")).containsExactly("staff-aup");
    assertThat(mustSign("governor")).isEmpty();

    Reply signed = beacon.as("staff").post("api/records/agreements/staff-aup/signatures");
    assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
    assertThat(signed.json().getString("method")).isEqualTo("in_beacon");
    assertThat(mustSign("staff")).isEmpty();
    assertThat(tasks("staff", "AgreementRenewalProcess", approval))
        .as("signing closed the task")
        .isEmpty();

    // staff2 signs by completing the task.
    complete("staff2", onlyTask("staff2", "AgreementRenewalProcess", approval), "{}");
    assertThat(mustSign("staff2")).isEmpty();

    Reply report = beacon.as("dsl").get("api/records/agreements/staff-aup/not-signed");
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    assertThat(report.json().getInt("version")).isPositive();
    List<String> notSigned =
        report.json().getJsonArray("notSigned").getValuesAs(JsonObject.class).stream()
            .map(u -> u.getString("reference"))
            .toList();
    assertThat(notSigned)
        .contains("dsl", "head", "office")
        .doesNotContain("staff", "staff2", "governor", "admin");
    assertThat(beacon.as("staff").get("api/records/agreements/staff-aup/not-signed").status())
        .isEqualTo(403);
    assertThat(beacon.as("office").get("api/records/agreements/staff-aup/not-signed").status())
        .isEqualTo(403);

    // The governors see the share signed, without names.
    YearMonth month = YearMonth.now(LONDON);
    Reply figures =
        beacon
            .as("governor")
            .get(
                "api/governance/statistics?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth());
    assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
    JsonObject records =
        figures
            .json()
            .getJsonObject("figures")
            .getJsonArray("modules")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getString("module").equals("records"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no records figures in " + figures));
    assertThat(records.toString()).contains("staffAupSigned").doesNotContain("staff2", "Sasha");
  }

  @Test
  void aParentRefusingWebsiteUsePutsThePupilOnTheOptOutListEveryMemberOfStaffReads() {
    String pupil =
        "P-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    Reply imported =
        beacon
            .as("dsl")
            .post(
                "api/pupils/import",
                "text/csv",
                BodyPublishers.ofString(
                    "UPN,Year group,Date of birth,Leaving date\n" + pupil + ",8,2013-10-01,\n"));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

    String form =
        "{\"pupilReference\":\""
            + pupil
            + "\",\"answeredBy\":\"Mrs Parent\",\"answeredOn\":\""
            + LocalDate.now(LONDON)
            + "\",\"uses\":{\"prospectus\":true,\"website\":false,\"video\":true,\"media\":true,\"newsletter\":true}}";
    assertThat(beacon.as("staff").postJson("api/records/photo-consent", form).status())
        .isEqualTo(403);
    Reply bad =
        beacon
            .as("office")
            .postJson(
                "api/records/photo-consent", "{\"pupilReference\":\"" + pupil + "\",\"uses\":{}}");
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.json().getJsonObject("fields").keySet())
        .contains("answeredBy", "answeredOn", "uses.website");
    JsonObject consent = created("office", "api/records/photo-consent", form);
    assertThat(strings(consent.getJsonArray("refused"))).containsExactly("website");

    Reply optOuts = beacon.as("staff").get("api/records/photo-consent/opt-outs?yearGroup=Year%208");
    assertThat(optOuts.status()).as(optOuts.toString()).isEqualTo(200);
    JsonObject line =
        optOuts.array().getValuesAs(JsonObject.class).stream()
            .filter(o -> o.getString("pupilReference").equals(pupil))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError(pupil + " is not on the opt-out list " + optOuts));
    assertThat(line.keySet()).containsExactlyInAnyOrder("pupilReference", "yearGroup", "refused");
    assertThat(strings(line.getJsonArray("refused"))).containsExactly("website");
    assertThat(beacon.as("technical").get("api/records/photo-consent/opt-outs").status())
        .isEqualTo(200);
    assertThat(beacon.as("governor").get("api/records/photo-consent/opt-outs").status())
        .isEqualTo(403);

    // The form itself is the office's, the DSL's and the head's; staff see only the list.
    assertThat(beacon.as("staff").get("api/records/photo-consent/pupils/" + pupil).status())
        .isEqualTo(403);
    assertThat(
            beacon
                .as("office")
                .get("api/records/photo-consent/pupils/" + pupil)
                .json()
                .getString("answeredBy"))
        .isEqualTo("Mrs Parent");

    // Withdrawn: every use refused.
    Reply withdrawn =
        beacon
            .as("office")
            .postJson(
                "api/records/photo-consent/"
                    + consent.getJsonNumber("id").longValue()
                    + "/withdrawal",
                "{}");
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(strings(withdrawn.json().getJsonArray("refused"))).hasSize(5);
  }

  @Test
  void dslTrainingRecordedOnTenDecember2024RemindsTheDslBeforeItExpiresAndOnlyTheOwnerSeesIt()
      throws InterruptedException {
    JsonObject record =
        created(
            "dsl",
            "api/records/training",
            "{\"course\":\"dsl\",\"completedOn\":\"2024-12-10\",\"provider\":\"Local authority\",\"evidence\":\"certificate.pdf\"}");
    assertThat(record.getString("expiresOn")).isEqualTo("2026-12-10");
    String reference = "TRN-" + record.getJsonNumber("id").longValue();

    // The reminder falls due four weeks before 10 December 2026: by then, the timer has fired.
    if (!LocalDate.now(LONDON).isBefore(LocalDate.of(2026, 11, 12))
        && LocalDate.now(LONDON).isBefore(LocalDate.of(2026, 12, 10))) {
      JsonObject own = awaitTask("dsl", reference, "Renew your DSL training training");
      assertThat(own.getString("assignee")).isEqualTo("dsl");
      awaitTask("dsl2", reference, "DSL training of dsl expires soon");
    }

    assertThat(trainingOf("dsl")).contains("dsl");
    assertThat(trainingOf("staff")).doesNotContain("dsl");
    Reply other =
        beacon
            .as("staff")
            .postJson(
                "api/records/training",
                "{\"username\":\"staff2\",\"course\":\"prevent\",\"completedOn\":\"2025-01-10\",\"provider\":\"Home Office\"}");
    assertThat(other.status()).as(other.toString()).isEqualTo(403);
    assertThat(beacon.as("staff").get("api/records/training/gaps").status()).isEqualTo(403);
    Reply gaps = beacon.as("dsl").get("api/records/training/gaps");
    assertThat(gaps.status()).as(gaps.toString()).isEqualTo(200);
    assertThat(gaps.array().getValuesAs(JsonObject.class))
        .anyMatch(
            g -> g.getString("username").equals("staff") && g.getString("course").equals("prevent"))
        // Recorded, so not missing: expiring within four weeks of 10 December 2026, or current
        // before.
        .noneMatch(
            g ->
                g.getString("username").equals("dsl")
                    && g.getString("course").equals("dsl")
                    && g.getString("status").equals("missing"));
  }

  @Test
  void aConfiscatedPhoneFoundToHoldAnIndecentImageOpensAnIncidentForTheDslToClassify() {
    JsonObject search =
        created(
            "staff",
            "api/records/device-searches",
            "{\"pupilReference\":\"P-0042\",\"yearGroup\":\"Year 9\","
                + "\"device\":\"Mobile phone, black, blue case\","
                + "\"ownership\":\"personal\","
                + "\"grounds\":\"Seen showing other pupils an image in the toilets\"}");
    String reference = search.getString("reference");
    long id = search.getJsonNumber("id").longValue();
    assertThat(search.getString("pupilReference")).isEqualTo("P-0042");
    assertThat(search.getString("status")).isEqualTo("requested");

    // Need to know: the requester, the head and the DSL read it; other staff and roles do not.
    assertThat(beacon.as("staff").get("api/records/device-searches/" + id).status()).isEqualTo(200);
    assertThat(beacon.as("dsl").get("api/records/device-searches/" + id).status()).isEqualTo(200);
    assertThat(beacon.as("head").get("api/records/device-searches/" + id).status()).isEqualTo(200);
    for (String other : List.of("staff2", "office", "technical")) {
      assertThat(beacon.as(other).get("api/records/device-searches/" + id).status())
          .as(other)
          .isEqualTo(404);
      Reply list = beacon.as(other).get("api/records/device-searches");
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.array().getValuesAs(JsonObject.class))
          .as(other + " lists no search of someone else")
          .noneMatch(s -> s.getString("reference").equals(reference));
    }
    assertThat(beacon.as("governor").get("api/records/device-searches").status()).isEqualTo(403);
    assertThat(tasks("staff2", "DeviceSearchProcess", reference)).isEmpty();
    assertThat(tasks("dsl", "DeviceSearchProcess", reference)).isEmpty();

    complete(
        "head",
        onlyTask("head", "DeviceSearchProcess", reference),
        "{\"searchDecision\":\"authorise\",\"decisionNote\":\"Reasonable grounds\"}");
    complete(
        "staff",
        onlyTask("staff", "DeviceSearchProcess", reference),
        "{\"searchedBy\":\"Harriet Head, headteacher\",\"witness\":\"Sam Staff, teacher\","
            + "\"findings\":\"An indecent image of a child in the photo gallery\","
            + "\"mayBeIllegal\":true}");

    JsonObject recorded = beacon.as("dsl").get("api/records/device-searches/" + id).json();
    assertThat(recorded.getString("status")).isEqualTo("searched");
    assertThat(recorded.getString("witness")).isEqualTo("Sam Staff, teacher");
    String note = recorded.getString("incident");
    assertThat(note).startsWith("Opened as INC-");
    String incident = note.substring("Opened as ".length());

    JsonObject opened = beacon.as("dsl").get("api/incidents/" + incident).json();
    assertThat(opened.getString("reportedBy")).isEqualTo("staff");
    assertThat(opened.getJsonArray("pupils").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("reference"))
        .containsExactly("P-0042");
    assertThat(opened.getJsonObject("device").getString("identifier"))
        .isEqualTo("Mobile phone, black, blue case");
    assertThat(opened.getString("description")).contains("indecent image", reference);
    JsonObject classify = onlyTask("dsl", "IncidentResponseProcess", incident);
    assertThat(classify.getString("name")).isEqualTo("Classify the incident");

    complete(
        "staff",
        onlyTask("staff", "DeviceSearchProcess", reference),
        "{\"deviceOutcome\":\"police\",\"handedOn\":\""
            + LocalDate.now(LONDON)
            + "\",\"policeReference\":\"CAD-1234\"}");
    JsonObject closed = beacon.as("staff").get("api/records/device-searches/" + id).json();
    assertThat(closed.getString("status")).isEqualTo("with_police");
    assertThat(closed.getString("policeReference")).isEqualTo("CAD-1234");
  }

  @Test
  void aRequestWithoutGroundsIsRefusedFieldByFieldAndNothingIsStarted() {
    Reply bad =
        beacon
            .as("staff")
            .postJson(
                "api/records/device-searches",
                "{\"pupilReference\":\"P-0042\",\"yearGroup\":\"Year 9\","
                    + "\"device\":\"Tablet\",\"ownership\":\"mine\"}");
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.json().getJsonObject("fields").keySet())
        .containsExactlyInAnyOrder("grounds", "ownership");
  }

  @Test
  void staffDeclareConnectionsTheHeadAcknowledgesAndOnlyTheHeadAndDslReadOthers() {
    String pupil = "P-" + UUID.randomUUID().toString().substring(0, 6);
    JsonObject declared =
        created(
            "staff2",
            "api/records/connections",
            "{\"pupilReference\":\"" + pupil + "\",\"nature\":\"I am the pupil's aunt\"}");
    String reference = declared.getString("reference");
    assertThat(tasks("dsl", "DeclaredConnectionProcess", reference)).isEmpty();
    complete(
        "head",
        onlyTask("head", "DeclaredConnectionProcess", reference),
        "{\"acknowledgementNote\":\"Another teacher marks their work\"}");

    Reply mine = beacon.as("staff2").get("api/records/connections/mine");
    assertThat(mine.status()).isEqualTo(200);
    JsonObject own =
        mine.array().getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("reference").equals(reference))
            .findFirst()
            .orElseThrow();
    assertThat(own.getString("acknowledgedBy")).isEqualTo("head");
    assertThat(beacon.as("staff").get("api/records/connections/mine").array())
        .extracting(v -> ((JsonObject) v).getString("reference"))
        .doesNotContain(reference);

    for (String reader : List.of("dsl", "head")) {
      Reply forPupil = beacon.as(reader).get("api/records/connections?pupil=" + pupil);
      assertThat(forPupil.status()).as(reader).isEqualTo(200);
      assertThat(forPupil.array().getValuesAs(JsonObject.class))
          .extracting(c -> c.getString("username") + ": " + c.getString("nature"))
          .containsExactly("staff2: I am the pupil's aunt");
    }
    for (String other : List.of("staff", "office", "governor", "technical")) {
      assertThat(beacon.as(other).get("api/records/connections?pupil=" + pupil).status())
          .as(other)
          .isEqualTo(403);
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private List<String> mustSign(String user) {
    Reply me = beacon.as(user).get("api/records/me");
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    return me.json().getJsonArray("mustSign").getValuesAs(JsonObject.class).stream()
        .map(a -> a.getString("code"))
        .toList();
  }

  private List<String> trainingOf(String user) {
    Reply me = beacon.as(user).get("api/records/me");
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    return me.json().getJsonArray("training").getValuesAs(JsonObject.class).stream()
        .map(t -> t.getString("course"))
        .toList();
  }

  private JsonObject awaitTask(String user, String businessKey, String name)
      throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < until) {
      for (JsonObject task : tasks(user, "TrainingReminderProcess", businessKey)) {
        if (task.getString("name").equals(name)) {
          return task;
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no task '" + name + "' for " + user + " on " + businessKey);
  }

  private List<JsonObject> tasks(String user, String process, String businessKey) {
    Reply reply =
        beacon
            .as(user)
            .get(
                "api/tasks?size=200&processDefinitionKey="
                    + process
                    + "&businessKey="
                    + businessKey);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private JsonObject onlyTask(String user, String process, String businessKey) {
    List<JsonObject> tasks = tasks(user, process, businessKey);
    assertThat(tasks).as("open tasks of %s for %s", user, businessKey).hasSize(1);
    return tasks.get(0);
  }

  private void complete(String user, JsonObject task, String values) {
    Reply reply =
        beacon.as(user).postJson("api/tasks/" + task.getString("id") + "/complete", values);
    assertThat(reply.status()).as("%s completes %s: %s", user, task, reply).isEqualTo(204);
  }

  private JsonObject created(String user, String path, String json) {
    Reply reply = beacon.as(user).postJson(path, json);
    assertThat(reply.status()).as("%s POST %s: %s", user, path, reply).isEqualTo(201);
    return reply.json();
  }

  private static List<String> strings(JsonArray array) {
    return array.stream()
        .map(
            v ->
                v.getValueType() == JsonValue.ValueType.STRING
                    ? ((JsonString) v).getString()
                    : v.toString())
        .toList();
  }
}
