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
import java.time.Duration;
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
 * The incident log and the response flow over HTTP, with the real model, decisions and steps:
 * report, triage, the school's sanctions, closure, and who may see what.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentsIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String PROCESS = "IncidentResponseProcess";
  private static final String NON_EDUCATIONAL_SITES =
      "Unauthorised use of non-educational sites during lessons";

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
  void staffReportIsTriagedGetsTheMatrixActionsAndClosesWithAFullChronology() {
    String pupil = "P-" + unique();
    JsonObject created = report("staff", NON_EDUCATIONAL_SITES, pupilRow(pupil), "[]", false);
    String reference = created.getString("reference");
    assertThat(reference).matches("INC-\\d{4}-\\d{4,}");

    JsonObject classify = onlyTask("dsl", reference);
    assertThat(classify.getString("name")).isEqualTo("Classify the incident");
    assertThat(onlyTaskOrNone("staff", reference)).as("the reporter has no task").isNull();
    // Inappropriate with nobody and nothing ticked would run no branch at all.
    JsonObject nothingTicked =
        error(
            beacon
                .as("dsl")
                .postJson(taskPath(classify, "complete"), "{\"classification\":\"inappropriate\"}"),
            400);
    assertThat(nothingTicked.getJsonObject("fields").containsKey("involvesChild")).isTrue();
    assertThat(onlyTask("dsl", reference).getString("id"))
        .as("nothing moved")
        .isEqualTo(classify.getString("id"));
    complete("dsl", classify, "{\"classification\":\"inappropriate\",\"involvesChild\":true}");

    JsonObject decide = onlyTask("dsl", reference);
    assertThat(decide.getString("name")).isEqualTo("Decide the actions for the pupil");
    JsonArray form =
        beacon.as("dsl").get("api/tasks/" + decide.getString("id")).json().getJsonArray("form");
    assertThat(field(form, "recommendedSanctions").getString("value"))
        .isEqualTo(
            "Refer to class teacher / tutor; Refer to Head of Department / Head of Year / other;"
                + " Refer to technical support staff for action re filtering / security etc;"
                + " Removal of network / internet access rights; Warning");
    assertThat(field(form, "pupil").getString("value"))
        .as("the pupil this decision is for")
        .isEqualTo(pupil);
    assertThat(field(form, "earlierIncidents").getString("value"))
        .as("no earlier incident names the pupil")
        .isEqualTo("none");
    assertThat(field(form, "repeatOffence").get("value")).isEqualTo(JsonValue.FALSE);
    // The checklist offers the school's decision's own outputs, the recommendation ticked.
    JsonObject checklist = field(form, "actionsDecided");
    assertThat(checklist.getString("type")).isEqualTo("checklist");
    assertThat(
            checklist.getJsonArray("values").stream()
                .map(v -> v.asJsonObject().getString("id"))
                .toList())
        .contains("Warning", "Refer to Police", "Inform parents / carers");
    assertThat(strings(checklist.getJsonArray("value")))
        .contains("Warning")
        .doesNotContain("Refer to Police");
    JsonObject notAChoice =
        error(
            beacon
                .as("dsl")
                .postJson(
                    taskPath(decide, "complete"),
                    "{\"actionsDecided\":[\"Detention on Saturday\"]}"),
            400);
    assertThat(notAChoice.getJsonObject("fields").containsKey("actionsDecided")).isTrue();

    // Leaving out a recommended action needs a reason.
    JsonObject noReason =
        error(
            beacon.as("dsl").postJson(taskPath(decide, "complete"), "{\"actionsDecided\":[]}"),
            400);
    assertThat(noReason.getJsonObject("fields").containsKey("differenceReason")).isTrue();
    assertThat(onlyTask("dsl", reference).getString("id"))
        .as("nothing moved")
        .isEqualTo(decide.getString("id"));
    complete(
        "dsl",
        decide,
        "{\"schoolActions\":\"PSHE session on online safety\",\"actionsDecided\":["
            + "\"Refer to class teacher / tutor\",\"Refer to Head of Department / Head of Year / other\","
            + "\"Refer to technical support staff for action re filtering / security etc\","
            + "\"Removal of network / internet access rights\",\"Warning\",\"Inform parents / carers\"],"
            + "\"differenceReason\":\"The parents asked to be told of anything online\"}");

    // Each action someone must carry out is now a task for its role with a working-day due date;
    // the warning was given at the decision and is no task. The incident waits for every one.
    List<JsonObject> dslActions = tasks("dsl", reference);
    assertThat(dslActions)
        .extracting(t -> t.getString("name"))
        .containsExactlyInAnyOrder(
            "Inform parents / carers",
            "Refer to class teacher / tutor",
            "Refer to Head of Department / Head of Year / other");
    List<JsonObject> technicalActions = tasks("technical", reference);
    assertThat(technicalActions)
        .extracting(t -> t.getString("name"))
        .containsExactlyInAnyOrder(
            "Refer to technical support staff for action re filtering / security etc",
            "Removal of network / internet access rights");
    assertThat(dslActions)
        .allSatisfy(
            t -> assertThat(t.containsKey("due") && !t.isNull("due")).as("due date").isTrue());
    JsonObject inform =
        dslActions.stream()
            .filter(t -> t.getString("name").equals("Inform parents / carers"))
            .findFirst()
            .orElseThrow();
    JsonArray informForm =
        beacon.as("dsl").get("api/tasks/" + inform.getString("id")).json().getJsonArray("form");
    assertThat(field(informForm, "party").getString("value"))
        .as("the pupil, on the form, not in the name")
        .isEqualTo(pupil);
    JsonObject waiverWithoutReason =
        error(
            beacon
                .as("dsl")
                .postJson(taskPath(inform, "complete"), "{\"actionOutcome\":\"waived\"}"),
            400);
    assertThat(waiverWithoutReason.getJsonObject("fields").containsKey("waiverReason")).isTrue();
    complete("dsl", inform, "{\"actionOutcome\":\"done\",\"actionNote\":\"Phoned the mother\"}");
    dslActions.stream()
        .filter(t -> t != inform)
        .forEach(t -> complete("dsl", t, "{\"actionOutcome\":\"done\"}"));
    complete("technical", technicalActions.get(0), "{\"actionOutcome\":\"done\"}");
    assertThat(tasks("dsl", reference))
        .as("one action is still open: no outcome to record yet")
        .isEmpty();
    complete(
        "technical",
        technicalActions.get(1),
        "{\"actionOutcome\":\"waived\",\"waiverReason\":\"Already covered by the other action\"}");

    JsonObject record = onlyTask("dsl", reference);
    assertThat(record.getString("name")).isEqualTo("Record the actions in the incident log");
    complete(
        "dsl",
        record,
        "{\"outcomeSummary\":\"Pupil warned, parents informed\",\"reviewPolicy\":false}");
    assertThat(onlyTaskOrNone("dsl", reference)).isNull();

    JsonObject full = beacon.as("dsl").get("api/incidents/" + reference).json();
    assertThat(full.getString("status")).isEqualTo("closed");
    assertThat(full.getString("classification")).isEqualTo("inappropriate");
    assertThat(strings(full.getJsonArray("actionsTaken")))
        .contains("Warning", "Removal of network / internet access rights")
        .noneMatch(a -> a.contains("PSHE"));
    assertThat(full.getString("otherActions")).contains("PSHE session on online safety");
    assertThat(full.getString("involves")).isEqualTo("child");
    JsonObject decision = full.getJsonArray("decisions").getJsonObject(0);
    assertThat(decision.getString("party")).as("the actions are the pupil's own").isEqualTo(pupil);
    assertThat(strings(decision.getJsonArray("actions"))).contains("Warning");
    List<String> steps =
        full.getJsonArray("chronology").stream()
            .map(v -> v.asJsonObject().getString("activityId"))
            .toList();
    assertThat(steps)
        .containsSubsequence(
            "StartEvent_IncidentReported",
            "Task_ClassifyIncident",
            "Task_DecidePupilActions",
            "Task_CarryOutPupilAction",
            "Task_RecordOutcome",
            "EndEvent_IncidentClosed");
    JsonObject classified =
        full.getJsonArray("chronology").stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("activityId").equals("Task_ClassifyIncident"))
            .findFirst()
            .orElseThrow();
    assertThat(classified.getString("actor")).isEqualTo("dsl");
    JsonObject informed =
        full.getJsonArray("chronology").stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("name").equals("Inform parents / carers"))
            .findFirst()
            .orElseThrow();
    assertThat(informed.getString("activityId")).isEqualTo("Task_CarryOutPupilAction");
    assertThat(informed.getString("actor")).as("who informed the parents").isEqualTo("dsl");
    assertThat(informed.getBoolean("completed")).isTrue();
    assertThat(informed.getString("at")).as("when").isNotBlank();
    assertThat(
            informed.getJsonArray("values").stream()
                .map(
                    v ->
                        v.asJsonObject().getString("id")
                            + "="
                            + v.asJsonObject().getString("value", "")))
        .contains("actionOutcome=done", "actionNote=Phoned the mother");
    assertThat(
            classified.getJsonArray("values").stream()
                .map(v -> v.asJsonObject().getString("label")))
        .contains("Classification");

    JsonObject reporterView = beacon.as("staff").get("api/incidents/" + reference).json();
    assertThat(reporterView.getString("status")).isEqualTo("closed");
    assertThat(reporterView.containsKey("classification"))
        .as("the reporter does not see the DSL's work")
        .isFalse();
    assertThat(reporterView.containsKey("chronology")).isFalse();
    assertThat(reporterView.containsKey("actionsTaken")).isFalse();

    error(beacon.as("governor").get("api/incidents/" + reference), 403);
    error(beacon.as("governor").get("api/incidents"), 403);
    error(beacon.as("admin").get("api/incidents/" + reference), 403);
    error(beacon.as("staff2").get("api/incidents/" + reference), 404);
    assertThat(references(beacon.as("staff2").get("api/incidents?size=200").array()))
        .doesNotContain(reference);
    assertThat(references(beacon.as("staff").get("api/incidents?size=200").array()))
        .contains(reference);

    JsonArray chronology = beacon.as("dsl").get("api/pupils/" + pupil + "/chronology").array();
    assertThat(references(chronology)).containsExactly(reference);
    error(beacon.as("staff").get("api/pupils/" + pupil + "/chronology"), 403);

    JsonArray audit =
        beacon.as("admin").get("api/audit?resourceType=incident&resourceId=" + reference).array();
    assertThat(
            audit.stream()
                .map(
                    v ->
                        v.asJsonObject().getString("action")
                            + "/"
                            + v.asJsonObject().getString("actor")))
        .contains("create/staff", "read/dsl", "read/staff");
    assertThat(audit.stream().map(v -> v.asJsonObject().getString("outcome"))).contains("DENIED");
  }

  @Test
  void
      illegalImagesOnAColleaguesLaptopPreserveEvidenceRaiseTheAllegationAndHideTheCaseFromTheColleague() {
    String illegalType =
        strings(beacon.as("staff").get("api/incidents/types").array()).stream()
            .filter(
                t ->
                    t.startsWith(
                        "Deliberately accessing or trying to access material that could be considered illegal"))
            .findFirst()
            .orElseThrow();
    JsonObject created = report("staff", illegalType, "[]", "[{\"username\":\"dsl2\"}]", false);
    String reference = created.getString("reference");

    // The colleague named holds the dsl role, yet never sees the case or its tasks.
    assertThat(onlyTaskOrNone("dsl2", reference)).isNull();
    JsonObject classify = onlyTask("dsl", reference);
    error(beacon.as("dsl2").get("api/tasks/" + classify.getString("id")), 404);
    error(beacon.as("dsl2").get("api/incidents/" + reference), 404);
    assertThat(references(beacon.as("dsl2").get("api/incidents?size=200").array()))
        .doesNotContain(reference);
    error(beacon.as("dsl2").get("api/staff/dsl2/chronology"), 403);

    complete(
        "dsl",
        classify,
        "{\"classification\":\"illegal\",\"involvesStaff\":true,\"childAbuseImages\":true}");

    JsonObject evidence = onlyTask("technical", reference);
    assertThat(evidence.getString("name")).isEqualTo("Isolate and secure the device");
    JsonObject technicalView = beacon.as("technical").get("api/incidents/" + reference).json();
    assertThat(technicalView.getString("view")).isEqualTo("technical");
    assertThat(technicalView.containsKey("device")).isTrue();
    assertThat(technicalView.containsKey("pupils")).as("never pupil references").isFalse();
    assertThat(technicalView.containsKey("description")).isFalse();
    complete(
        "technical",
        evidence,
        "{\"deviceIsolated\":true,\"evidenceSecured\":\"Laptop isolated, not opened\",\"evidenceLocation\":\"Safe in the head's office\",\"evidenceSecuredBy\":\"Technician\"}");

    JsonObject suspend = onlyTask("head", reference);
    assertThat(suspend.getString("name")).isEqualTo("Suspend the staff member and call the police");

    JsonObject full = beacon.as("dsl").get("api/incidents/" + reference).json();
    assertThat(full.getJsonArray("links").stream().map(v -> v.asJsonObject().getString("kind")))
        .containsExactly("staff-allegation");
    assertThat(
            full.getJsonArray("chronology").stream()
                .map(v -> v.asJsonObject().getString("activityId")))
        .containsSubsequence("Task_ClassifyIncident", "Task_RaiseAllegation")
        .contains("Task_PreserveEvidence");
    JsonArray staffChronology = beacon.as("dsl").get("api/staff/dsl2/chronology").array();
    assertThat(references(staffChronology)).contains(reference);
  }

  @Test
  void theDslRaisesImmediateRiskOnAnOpenIncidentAndThePoliceStepOpensBesideTheResponse() {
    String reference =
        report("staff", NON_EDUCATIONAL_SITES, pupilRow("P-" + unique()), "[]", false)
            .getString("reference");
    String path = "api/incidents/" + reference + "/immediate-risk";
    String body = "{\"reason\":\"The pupil said they are meeting the man tonight\"}";

    error(beacon.as("staff").postJson(path, body), 403);
    error(beacon.as("head").postJson(path, body), 403);
    error(beacon.as("staff2").postJson(path, body), 404);
    error(beacon.as("dsl").postJson("api/incidents/INC-1999-9999/immediate-risk", body), 404);
    JsonObject noReason = error(beacon.as("dsl").postJson(path, "{}"), 400);
    assertThat(noReason.getJsonObject("fields").containsKey("reason")).isTrue();
    assertThat(
            beacon.as("dsl").get("api/incidents/" + reference).json().getBoolean("immediateRisk"))
        .as("nothing changed yet")
        .isFalse();

    Reply raised = beacon.as("dsl").postJson(path, body);
    assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
    JsonArray open =
        beacon
            .as("dsl")
            .get("api/tasks?processDefinitionKey=" + PROCESS + "&businessKey=" + reference)
            .json()
            .getJsonArray("items");
    assertThat(open.stream().map(t -> t.asJsonObject().getString("name")))
        .containsExactlyInAnyOrder(
            "Classify the incident", "Call the police (999) and record the contact");
    JsonObject police =
        open.stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("name").startsWith("Call the police"))
            .findFirst()
            .orElseThrow();
    complete(
        "dsl",
        police,
        "{\"policeContactTime\":\"11:05\",\"policeCalledBy\":\"DSL\",\"policeReference\":\"SYP-"
            + unique()
            + "\"}");

    JsonObject full = beacon.as("dsl").get("api/incidents/" + reference).json();
    assertThat(full.getBoolean("immediateRisk")).isTrue();
    assertThat(
            full.getJsonArray("chronology").stream()
                .map(v -> v.asJsonObject().getString("activityId")))
        .contains("StartEvent_ImmediateRiskRaised", "Task_RaisedRiskPoliceContact");
    assertThat(onlyTask("dsl", reference).getString("name")).isEqualTo("Classify the incident");
    JsonArray audit =
        beacon.as("admin").get("api/audit?resourceType=incident&resourceId=" + reference).array();
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
            "raise-immediate-risk/dsl/ALLOWED",
            "raise-immediate-risk/staff/DENIED",
            "raise-immediate-risk/head/DENIED");
  }

  @Test
  void theHeadNamedWithChildAbuseImagesLeavesTheSuspensionAndPoliceStepToTheChair() {
    String illegalType =
        strings(beacon.as("staff").get("api/incidents/types").array()).stream()
            .filter(
                t ->
                    t.startsWith(
                        "Deliberately accessing or trying to access material that could be considered illegal"))
            .findFirst()
            .orElseThrow();
    // Named by a network account, as a filtering log would name them.
    String reference =
        report("staff", illegalType, "[]", "[{\"name\":\"DEMO\\\\hhead\"}]", false)
            .getString("reference");
    error(beacon.as("head").get("api/incidents/" + reference), 404);

    complete(
        "dsl",
        onlyTask("dsl", reference),
        "{\"classification\":\"illegal\",\"involvesStaff\":true,\"childAbuseImages\":true}");
    complete(
        "technical",
        onlyTask("technical", reference),
        "{\"deviceIsolated\":true,\"evidenceSecured\":\"Laptop isolated, not opened\",\"evidenceLocation\":\"Locked cupboard\",\"evidenceSecuredBy\":\"Technician\"}");

    JsonObject suspend = onlyTask("chair", reference);
    assertThat(suspend.getString("name")).isEqualTo("Suspend the staff member and call the police");
    assertThat(onlyTaskOrNone("head", reference)).as("the head named never sees it").isNull();
    assertThat(beacon.as("chair").get("api/incidents/" + reference).json().getString("view"))
        .as("the chair standing in reads the case")
        .isEqualTo("full");
    complete(
        "chair",
        suspend,
        "{\"suspensionConfirmed\":true,\"suspensionPoliceReference\":\"POL-" + unique() + "\"}");
  }

  @Test
  void aNameThatMayMeanTwoColleaguesKeepsBothOutUntilTheDslLinksIt() {
    String reference =
        report(
                "staff",
                NON_EDUCATIONAL_SITES,
                pupilRow("P-" + unique()),
                "[{\"name\":\"Mx Staff\"}]",
                false)
            .getString("reference");
    JsonObject classify = onlyTask("dsl", reference);

    JsonArray toConfirm =
        beacon
            .as("dsl")
            .get("api/tasks/" + classify.getString("id"))
            .json()
            .getJsonArray("peopleToConfirm");
    assertThat(toConfirm).hasSize(1);
    JsonObject mention = toConfirm.getJsonObject(0);
    assertThat(mention.getString("asGiven")).isEqualTo("Mx Staff");
    assertThat(mention.getString("match")).isEqualTo("loose");
    // Sam Staff and Sasha Staff (and anyone else called Staff whom other tests added to this
    // school).
    assertThat(
            mention.getJsonArray("people").stream()
                .map(p -> p.asJsonObject().getString("username")))
        .contains("staff", "staff2");
    long id = mention.getJsonNumber("id").longValue();

    // Until a DSL decides, both are treated as named: the reporter (Sam Staff) too.
    error(beacon.as("staff").get("api/incidents/" + reference), 404);
    error(beacon.as("staff2").get("api/incidents/" + reference), 404);
    error(
        beacon
            .as("staff")
            .postJson("api/people/mentions/" + id + "/link", "{\"username\":\"staff2\"}"),
        403);
    JsonObject notAmong =
        error(
            beacon
                .as("dsl")
                .postJson("api/people/mentions/" + id + "/link", "{\"username\":\"head\"}"),
            400);
    assertThat(notAmong.getJsonObject("fields").keySet()).containsExactly("username");

    Reply linked =
        beacon
            .as("dsl")
            .postJson("api/people/mentions/" + id + "/link", "{\"username\":\"staff2\"}");
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    assertThat(linked.json().getString("status")).isEqualTo("linked");
    error(beacon.as("dsl").post("api/people/mentions/" + id + "/reject"), 409);
    assertThat(
            beacon
                .as("dsl")
                .get("api/tasks/" + classify.getString("id"))
                .json()
                .getJsonArray("peopleToConfirm"))
        .isEmpty();

    assertThat(beacon.as("staff").get("api/incidents/" + reference).json().getString("view"))
        .as("the reporter, no longer named")
        .isEqualTo("reporter");
    error(beacon.as("staff2").get("api/incidents/" + reference), 404);
    JsonArray audit =
        beacon
            .as("admin")
            .get("api/audit?resourceType=case-mention&resourceId=" + reference)
            .array();
    assertThat(
            audit.stream()
                .map(
                    v ->
                        v.asJsonObject().getString("action")
                            + "/"
                            + v.asJsonObject().getString("outcome")))
        .contains("link/ALLOWED", "link/DENIED", "reject/DENIED");
  }

  @Test
  void aChildAtImmediateRiskPutsThePoliceCallFirst() {
    String reference =
        report("staff", NON_EDUCATIONAL_SITES, pupilRow("P-" + unique()), "[]", true)
            .getString("reference");
    JsonObject police = onlyTask("dsl", reference);
    assertThat(police.getString("name")).isEqualTo("Call the police (999) and record the contact");
    JsonObject missing = error(beacon.as("dsl").postJson(taskPath(police, "complete"), "{}"), 400);
    assertThat(missing.getJsonObject("fields").keySet())
        .contains("policeContactTime", "policeCalledBy", "policeReference");
  }

  @Test
  void aBadReportNamesEachFieldAndStoresNothing() {
    long instancesBefore = processInstances();
    Reply reply =
        beacon
            .as("staff")
            .postJson(
                "api/incidents",
                "{\"occurredAt\":\"yesterday\",\"location\":\"\",\"device\":{\"ownership\":\"borrowed\"},"
                    + "\"description\":\"x\",\"urls\":[\"javascript:alert(1)\"],"
                    + "\"pupils\":[{\"reference\":\"\",\"yearGroup\":\"Year 8\"}],"
                    + "\"staff\":[{\"username\":\"nobody-"
                    + unique()
                    + "\"}],"
                    + "\"incidentType\":\"Something else entirely\",\"immediateRisk\":false}");
    JsonObject error = error(reply, 400);
    assertThat(error.getJsonObject("fields").keySet())
        .contains(
            "occurredAt",
            "location",
            "device.ownership",
            "urls[0]",
            "pupils[0].reference",
            "staff[0].username",
            "incidentType");
    assertThat(processInstances()).as("no process started").isEqualTo(instancesBefore);

    JsonObject other =
        error(
            beacon.as("staff").postJson("api/incidents", reportJson("other", "[]", "[]", false)),
            400);
    assertThat(other.getJsonObject("fields").keySet()).containsExactly("incidentTypeOther");
    error(
        beacon
            .anonymous()
            .postJson("api/incidents", reportJson(NON_EDUCATIONAL_SITES, "[]", "[]", false)),
        401);
  }

  // --- helpers ---------------------------------------------------------------------------------

  @Test
  void aSubjectAccessRequestForP0042ShowsP0043RedactedInTheExportAndWholeInBeacon()
      throws Exception {
    String both =
        "[{\"reference\":\"P-0042\",\"yearGroup\":\"Year 8\"},"
            + "{\"reference\":\"P-0043\",\"yearGroup\":\"Year 8\"}]";
    String first = report("staff", NON_EDUCATIONAL_SITES, both, "[]", false).getString("reference");
    String second =
        report("staff", NON_EDUCATIONAL_SITES, both, "[]", false).getString("reference");
    String open =
        "{\"subjectKind\":\"pupil\",\"subjectReference\":\"P-0042\","
            + "\"requestedBy\":\"Mrs Okafor, P-0042's mother\",\"receivedOn\":\""
            + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
            + "\"}";
    for (String refused : List.of("staff", "head", "governor", "admin", "technical")) {
      error(beacon.as(refused).postJson("api/subject-access", open), 403);
    }
    JsonObject bad = error(beacon.as("dsl").postJson("api/subject-access", "{}"), 400);
    assertThat(bad.getJsonObject("fields").keySet())
        .contains("subjectKind", "subjectReference", "requestedBy");
    Reply opened = beacon.as("dsl").postJson("api/subject-access", open);
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    String path = "api/subject-access/" + id;
    assertThat(opened.json().getString("status")).isEqualTo("review");
    error(beacon.as("staff").get(path), 403);
    error(beacon.as("governor").get(path), 403);
    assertThat(beacon.as("head").get(path).status()).isEqualTo(200);

    JsonObject detail = beacon.as("dsl").get(path).json();
    List<JsonObject> incidents =
        detail.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("recordClass").equals("incident"))
            .toList();
    assertThat(incidents).extracting(i -> i.getString("reference")).contains(first, second);
    StringBuilder redactions = new StringBuilder("[");
    for (JsonObject item : detail.getJsonArray("items").getValuesAs(JsonObject.class)) {
      if (strings(item.getJsonArray("otherPeople")).contains("P-0043")) {
        redactions
            .append(redactions.length() > 1 ? "," : "")
            .append("{\"itemReference\":\"")
            .append(item.getString("reference"))
            .append("\",\"text\":\"P-0043\",\"reason\":\"another pupil\"}");
      }
    }
    String redactionJson = redactions.append("]").toString();
    JsonObject notInRequest =
        error(
            beacon
                .as("dsl")
                .putJson(
                    path + "/redactions",
                    "[{\"itemReference\":\"INC-1999-0001\",\"text\":\"x\",\"reason\":\"\"}]"),
            400);
    assertThat(notInRequest.getJsonObject("fields").keySet())
        .contains("redactions[0].itemReference", "redactions[0].reason");
    error(beacon.as("head").putJson(path + "/redactions", redactionJson), 403);
    Reply saved = beacon.as("dsl").putJson(path + "/redactions", redactionJson);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.json().getInt("redactionVersion")).isEqualTo(1);
    Reply again = beacon.as("dsl").putJson(path + "/redactions", redactionJson);
    assertThat(again.json().getInt("redactionVersion")).as("each save a new version").isEqualTo(2);
    assertThat(beacon.as("dsl").get(path + "/redactions/1").array()).hasSizeGreaterThanOrEqualTo(2);

    error(beacon.as("head").post(path + "/approve"), 409);
    error(beacon.as("staff").post(path + "/submit"), 403);
    assertThat(beacon.as("dsl").post(path + "/submit").json().getString("status"))
        .isEqualTo("approval");
    error(beacon.as("dsl").putJson(path + "/redactions", redactionJson), 409);
    error(beacon.as("dsl").post(path + "/approve"), 403);
    assertThat(beacon.as("head").post(path + "/approve").json().getString("status"))
        .isEqualTo("approved");
    String release = "{\"disclosedTo\":\"Mrs Okafor, by recorded post\"}";
    error(beacon.as("head").postJson(path + "/release", release), 403);
    Reply released = beacon.as("dsl").postJson(path + "/release", release);
    assertThat(released.status()).as(released.toString()).isEqualTo(200);
    assertThat(released.json().getString("disclosedTo")).isEqualTo("Mrs Okafor, by recorded post");
    assertThat(strings(released.json().getJsonArray("items"))).contains(first, second);

    BeaconHttp.Download pdf = beacon.as("dsl").download(path + "/export.pdf");
    assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
    com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
        new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    assertThat(text.toString())
        .contains("Subject access request SAR-" + id, "Contents", first, second, "P-0042")
        .contains("REDACTED: another pupil")
        .doesNotContain("P-0043");
    BeaconHttp.Download json = beacon.as("head").download(path + "/export.json");
    assertThat(json.text()).contains("[REDACTED: another pupil]", first).doesNotContain("P-0043");
    error(beacon.as("staff").get(path + "/export.pdf", "*/*"), 403);

    assertThat(beacon.as("dsl").get("api/incidents/" + first).body())
        .as("the record in Beacon is untouched")
        .contains("P-0043");
    List<JsonObject> trail =
        beacon
            .as("dsl")
            .get("api/audit?resourceType=subject-access&resourceId=SAR-" + id + "&size=100")
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(trail)
        .extracting(e -> e.getString("action") + " " + e.getString("outcome"))
        .contains(
            "open ALLOWED",
            "redact ALLOWED",
            "approve ALLOWED",
            "release ALLOWED",
            "export ALLOWED",
            "read DENIED");
  }

  @Test
  void aPupilsFileSealedForTheNewSchoolIsImportedReadByItsDslOnlyAndItsCodeRecordsReceipt() {
    String pupil = "P-" + unique().toUpperCase(java.util.Locale.ROOT);
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
    Reply register =
        beacon
            .as("dsl")
            .post(
                "api/pupils/import",
                "text/csv",
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "UPN,Year group,Date of birth,Leaving date\n"
                        + pupil
                        + ",8,2013-10-01,"
                        + today
                        + "\n"));
    assertThat(register.status()).as(register.toString()).isEqualTo(200);
    String incident =
        report("staff", NON_EDUCATIONAL_SITES, pupilRow(pupil), "[]", false).getString("reference");

    String openBody = "{\"pupilReference\":\"" + pupil + "\"}";
    error(beacon.as("head").postJson("api/transfers/outgoing", openBody), 403);
    error(
        beacon.as("dsl").postJson("api/transfers/outgoing", "{\"pupilReference\":\"P-NOBODY\"}"),
        400);
    Reply opened = beacon.as("dsl").postJson("api/transfers/outgoing", openBody);
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    assertThat(opened.json().getString("status")).isEqualTo("awaiting export");
    String reference = opened.json().getString("reference");
    long id = opened.json().getJsonNumber("id").longValue();
    assertThat(
            beacon
                .as("dsl")
                .get(
                    "api/tasks?processDefinitionKey=ChildFileTransferProcess&businessKey="
                        + reference)
                .json()
                .getJsonArray("items"))
        .as("the DSL's export step, due 5 school days after leaving")
        .hasSize(1);

    String exportPath = "api/transfers/outgoing/" + id + "/package";
    JsonObject weak =
        error(
            beacon
                .as("dsl")
                .send(
                    "POST",
                    exportPath,
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"passphrase\":\"short\",\"fromSchool\":\"\"}"),
                    "application/json",
                    "*/*"),
            400);
    assertThat(weak.getJsonObject("fields").keySet()).contains("passphrase", "fromSchool");
    String passphrase = "telephoned-to-the-new-dsl";
    BeaconHttp.Download sealed =
        beacon
            .as("dsl")
            .exchange(
                "POST",
                exportPath,
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"passphrase\":\"" + passphrase + "\",\"fromSchool\":\"Oak Lane Primary\"}"),
                "application/json",
                java.util.Map.of());
    assertThat(sealed.status()).as(sealed.toString()).isEqualTo(200);
    assertThat(new String(sealed.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(pupil, incident);

    // The receiving school (this same Beacon, playing both parts) imports it.
    byte[] tampered = sealed.body().clone();
    tampered[tampered.length / 2] ^= 0x01;
    BeaconHttp.Download changed = importPackage("dsl", tampered, passphrase);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(400);
    assertThat(changed.text()).contains("the package was changed");
    assertThat(importPackage("dsl", sealed.body(), "not the passphrase").status()).isEqualTo(400);
    assertThat(importPackage("head", sealed.body(), passphrase).status()).isEqualTo(403);
    BeaconHttp.Download imported = importPackage("dsl", sealed.body(), passphrase);
    assertThat(imported.status()).as(imported.text()).isEqualTo(201);
    JsonObject file =
        jakarta.json.Json.createReader(new java.io.StringReader(imported.text())).readObject();
    assertThat(file.getString("pupilReference")).isEqualTo(pupil);
    assertThat(file.getString("fromSchool")).isEqualTo("Oak Lane Primary");
    String code = file.getString("confirmationCode");
    String filePath = "api/transfers/incoming/" + file.getJsonNumber("id").longValue();
    Reply read = beacon.as("dsl").get(filePath);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.body()).contains(incident, "Watched a violent extremist video");
    for (String refused : List.of("head", "staff", "governor", "admin")) {
      error(beacon.as(refused).get(filePath), 403);
    }
    BeaconHttp.Download itemPdf = beacon.as("dsl").download(filePath + "/items/1.pdf");
    assertThat(itemPdf.status()).isEqualTo(200);
    assertThat(new String(itemPdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");

    // The old school enters the code the new school's Beacon showed.
    String receipt = "api/transfers/outgoing/" + id + "/receipt";
    error(beacon.as("dsl").postJson(receipt, "{\"confirmationCode\":\"00000-00000\"}"), 400);
    Reply received =
        beacon.as("dsl").postJson(receipt, "{\"confirmationCode\":\"" + code.toLowerCase() + "\"}");
    assertThat(received.status()).as(received.toString()).isEqualTo(200);
    assertThat(received.json().getString("status")).isEqualTo("received");
    assertThat(beacon.as("dsl").get("api/transfers/outgoing").array().getValuesAs(JsonObject.class))
        .filteredOn(t -> t.getString("reference").equals(reference))
        .extracting(t -> t.getString("status"))
        .containsExactly("received");
  }

  private BeaconHttp.Download importPackage(String user, byte[] sealed, String passphrase) {
    return beacon
        .as(user)
        .exchange(
            "POST",
            "api/transfers/incoming",
            java.net.http.HttpRequest.BodyPublishers.ofByteArray(sealed),
            "application/octet-stream",
            java.util.Map.of("X-Beacon-Passphrase", passphrase));
  }

  private JsonObject report(
      String user, String type, String pupils, String staff, boolean immediateRisk) {
    Reply reply =
        beacon.as(user).postJson("api/incidents", reportJson(type, pupils, staff, immediateRisk));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.header("Location")).isPresent();
    return reply.json();
  }

  private static String reportJson(
      String type, String pupils, String staff, boolean immediateRisk) {
    return "{\"occurredAt\":\"2026-11-20T10:15\",\"location\":\"Room 12, Year 8 ICT lesson\","
        + "\"device\":{\"ownership\":\"school\",\"identifier\":\"LAPTOP-22\"},"
        + "\"description\":\"Watched a violent extremist video during the lesson\","
        + "\"urls\":[\"https://video.example/watch?v=1\"],"
        + "\"pupils\":"
        + pupils
        + ",\"staff\":"
        + staff
        + ","
        + "\"incidentType\":\""
        + type
        + "\",\"immediateRisk\":"
        + immediateRisk
        + "}";
  }

  private static String pupilRow(String reference) {
    return "[{\"reference\":\"" + reference + "\",\"yearGroup\":\"Year 8\"}]";
  }

  private JsonObject onlyTask(String user, String reference) {
    JsonObject task = onlyTaskOrNone(user, reference);
    assertThat(task).as("an open task of %s for %s", reference, user).isNotNull();
    return task;
  }

  /** Every open task of the incident the user may work on. */
  private List<JsonObject> tasks(String user, String reference) {
    Reply reply =
        beacon
            .as(user)
            .get("api/tasks?processDefinitionKey=" + PROCESS + "&businessKey=" + reference);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  private JsonObject onlyTaskOrNone(String user, String reference) {
    Reply reply =
        beacon
            .as(user)
            .get("api/tasks?processDefinitionKey=" + PROCESS + "&businessKey=" + reference);
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

  private long processInstances() {
    return beacon
        .as("admin")
        .get("engine-rest/history/process-instance/count?processDefinitionKey=" + PROCESS)
        .json()
        .getJsonNumber("count")
        .longValue();
  }

  private static List<String> references(JsonArray incidents) {
    return incidents.stream().map(v -> v.asJsonObject().getString("reference")).toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
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
