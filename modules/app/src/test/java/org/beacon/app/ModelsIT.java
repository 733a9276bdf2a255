package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * The designer's API on Payara Micro with the built WAR: a flow an administrator models with user
 * tasks and form fields appears in the right task lists and works with no Java change; models that
 * break Beacon's rules are refused with the reason; only administrators get in.
 */
@ExtendWith(ArquillianExtension.class)
class ModelsIT {

  /** Holds no cookies, so no credentials leak from one test to another. */
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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
  void aModelDeployedThroughTheDesignerApiRunsInTheTaskListsWithItsFormFields() {
    String key = TestModels.uniqueKey("ItDesigned");
    String model = TestModels.twoStepReview(key);

    Reply deployed = send("deploy", "Designed review", "bpmn", model);

    assertThat(deployed.status()).as(deployed.toString()).isEqualTo(201);
    assertThat(deployed.json().getBoolean("created")).isTrue();
    assertThat(deployed.json().getString("key")).isEqualTo(key);
    assertThat(deployed.json().getInt("version")).isEqualTo(1);
    assertThat(deployed.header("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).endsWith("/api/models/bpmn/" + key + "/versions/1/xml"));

    JsonObject listed = listed(key);
    assertThat(listed.getString("type")).isEqualTo("bpmn");
    assertThat(listed.getInt("latestVersion")).isEqualTo(1);
    JsonObject version = listed.getJsonArray("versions").getJsonObject(0);
    assertThat(version.getInt("version")).isEqualTo(1);
    assertThat(version.getString("deploymentName")).isEqualTo("Designed review");
    assertThat(version.getString("deploymentSource")).isEqualTo("beacon-designer");
    assertThat(version.getString("deploymentId"))
        .isEqualTo(deployed.json().getString("deploymentId"));
    assertThat(version.getInt("runningInstances")).isZero();

    Reply started =
        beacon.as("admin").postJson("engine-rest/process-definition/key/" + key + "/start", "{}");
    assertThat(started.status()).as(started.toString()).isEqualTo(200);

    JsonArray dslTasks = tasks("dsl", key);
    assertThat(dslTasks).hasSize(1);
    assertThat(dslTasks.getJsonObject(0).getString("name")).isEqualTo("Triage");
    assertThat(tasks("head", key)).as("the sign-off waits for the triage").isEmpty();
    Reply task = beacon.as("dsl").get("api/tasks/" + dslTasks.getJsonObject(0).getString("id"));
    assertThat(task.status()).as(task.toString()).isEqualTo(200);
    assertThat(task.json().getJsonArray("form").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("id"), f -> f.getString("type"), f -> f.getBoolean("required"))
        .containsExactly(tuple("summary", "string", true), tuple("urgency", "enum", true));

    assertThat(listed(key).getJsonArray("versions").getJsonObject(0).getInt("runningInstances"))
        .isEqualTo(1);
  }

  @Test
  void aRowAddedToTheSanctionMatrixIsAnIncidentTypeAsSoonAsItIsDeployed() throws IOException {
    String row = "Forwarding chain messages that frighten younger pupils";
    assertThat(incidentTypes())
        .doesNotContain(row)
        .isNotEmpty(); // read once, so a kept list exists
    String matrix = Files.readString(Path.of("../../bpmn/incidents/PupilSanctions.dmn"));
    String edited =
        matrix.replace(
            "    </decisionTable>",
            """
                  <rule id="Rule_Pupil_ChainMessages">
                    <inputEntry id="Rule_Pupil_ChainMessages_IncidentType"><text>"%s"</text></inputEntry>
                    <inputEntry id="Rule_Pupil_ChainMessages_RepeatOffence"><text>-</text></inputEntry>
        <inputEntry id="Rule_Pupil_ChainMessages_Seriousness"><text>-</text></inputEntry>
                    <outputEntry id="Rule_Pupil_ChainMessages_Action"><text>"Refer to class teacher / tutor"</text></outputEntry>
                  </rule>
                </decisionTable>"""
                .formatted(row));
    assertThat(edited).isNotEqualTo(matrix);

    Reply deployed = send("deploy", "Chain messages", "dmn", edited);

    assertThat(deployed.status()).as(deployed.toString()).isEqualTo(201);
    assertThat(incidentTypes()).contains(row);
    String report =
        Json.createObjectBuilder()
            .add("occurredAt", "2026-01-05T10:15")
            .add("location", "Library")
            .add("device", Json.createObjectBuilder().add("ownership", "school"))
            .add("description", "Chain message forwarded to Year 7")
            .add("incidentType", row)
            .add("immediateRisk", false)
            .build()
            .toString();
    Reply reported = beacon.as("staff").postJson("api/incidents", report);
    assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
  }

  private List<String> incidentTypes() {
    return beacon
        .as("staff")
        .get("api/incidents/types")
        .array()
        .getValuesAs(JsonString.class)
        .stream()
        .map(JsonString::getString)
        .toList();
  }

  @Test
  void theDeployedXmlOpensAgainAndAnUnchangedModelCreatesNoVersion() {
    String key = TestModels.uniqueKey("ItReopened");
    String model = TestModels.twoStepReview(key);
    assertThat(send("deploy", "Reopened", "bpmn", model).status()).isEqualTo(201);

    Reply xml = beacon.as("admin").get("api/models/bpmn/" + key + "/versions/latest/xml");
    assertThat(xml.status()).as(xml.toString()).isEqualTo(200);
    assertThat(xml.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
    assertThat(xml.body()).isEqualTo(model);

    Reply again = send("deploy", "Reopened", "bpmn", xml.body());
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getBoolean("created")).isFalse();
    assertThat(again.json().getInt("version")).isEqualTo(1);
    assertThat(listed(key).getJsonArray("versions")).hasSize(1);
  }

  @Test
  void validateAcceptsAGoodModelWithoutDeployingIt() {
    String key = TestModels.uniqueKey("ItValidated");

    Reply valid = send("validate", "Validated", "bpmn", TestModels.twoStepReview(key));

    assertThat(valid.status()).as(valid.toString()).isEqualTo(200);
    assertThat(valid.json().getBoolean("valid")).isTrue();
    assertThat(valid.json().getJsonArray("keys").getString(0)).isEqualTo(key);
    assertThat(models().getValuesAs(JsonObject.class))
        .noneMatch(m -> m.getString("key").equals(key));
  }

  @Test
  void anUnknownCandidateGroupIsRefusedWithTheTaskAndTheReason() {
    String key = TestModels.uniqueKey("ItUnknownGroup");
    String model =
        TestModels.twoStepReview(key)
            .replace("camunda:candidateGroups=\"head\"", "camunda:candidateGroups=\"teachers\"");

    for (String action : new String[] {"validate", "deploy"}) {
      JsonObject error = assertRefused(send(action, "Unknown group", "bpmn", model));
      assertThat(error.getJsonObject("fields").getString("Task_SignOff"))
          .contains("'teachers'", "not a Beacon role");
    }
    assertNotDeployed(key);
  }

  @Test
  void aScriptTaskIsRefused() {
    String key = TestModels.uniqueKey("ItScript");
    String model =
        TestModels.twoStepReview(key)
            .replace(
                "<bpmn:userTask id=\"Task_SignOff\" name=\"Sign off\" camunda:candidateGroups=\"head\"/>",
                "<bpmn:scriptTask id=\"Task_SignOff\" scriptFormat=\"javascript\"><bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>");

    JsonObject error = assertRefused(send("deploy", "Script", "bpmn", model));

    assertThat(error.getJsonObject("fields").getString("Task_SignOff")).contains("script task");
    assertNotDeployed(key);
  }

  @Test
  void aDoctypeWithAnExternalEntityIsRefusedWithoutReadingIt() {
    String key = TestModels.uniqueKey("ItXxe");
    String model =
        TestModels.twoStepReview(key)
            .replaceFirst(
                "<bpmn:definitions",
                "<!DOCTYPE bpmn:definitions [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<bpmn:definitions")
            .replace("name=\"Triage\"", "name=\"&secret;\"");

    JsonObject error = assertRefused(send("deploy", "XXE", "bpmn", model));

    assertThat(error.getJsonObject("fields").getString("xml")).contains("DOCTYPE");
    assertThat(error.toString()).doesNotContain("root:");
    assertNotDeployed(key);
  }

  @Test
  void malformedXmlIsRefusedWithWhereItBreaks() {
    String key = TestModels.uniqueKey("ItMalformed");
    String model = TestModels.twoStepReview(key).replace("</bpmn:process>", "");

    JsonObject error = assertRefused(send("validate", "Malformed", "bpmn", model));

    assertThat(error.getJsonObject("fields").getString("xml"))
        .startsWith("is not well-formed XML: line ");
  }

  @Test
  void delegateExpressionsMustNameAModulesBeanOfTheRightKind() {
    String key = TestModels.uniqueKey("ItDelegates");
    String withDelegate =
        TestModels.twoStepReview(key)
            .replace(
                "<bpmn:userTask id=\"Task_SignOff\" name=\"Sign off\" camunda:candidateGroups=\"head\"/>",
                "<bpmn:serviceTask id=\"Task_SignOff\" camunda:delegateExpression=\"${%s}\"/>");

    Reply existing =
        send(
            "validate",
            "Delegates",
            "bpmn",
            withDelegate.formatted("incidentsCloseIncidentDelegate"));
    assertThat(existing.status()).as(existing.toString()).isEqualTo(200);

    JsonObject missing =
        assertRefused(
            send(
                "validate",
                "Delegates",
                "bpmn",
                withDelegate.formatted("incidentsNoSuchDelegate")));
    assertThat(missing.getJsonObject("fields").getString("Task_SignOff"))
        .contains("'incidentsNoSuchDelegate'", "does not exist");

    JsonObject wrongKind =
        assertRefused(
            send(
                "validate",
                "Delegates",
                "bpmn",
                withDelegate.formatted("incidentsCheckActionsListener")));
    assertThat(wrongKind.getJsonObject("fields").getString("Task_SignOff"))
        .contains("is not a JavaDelegate");
  }

  @Test
  void onlyAdministratorsUseTheDesignerApi() {
    assertRefusedWith(beacon.as("dsl").get("api/models"), 403);
    assertRefusedWith(
        beacon.as("dsl").get("api/models/bpmn/AuditChainCheckProcess/versions/latest/xml"), 403);
    String body =
        submission("Sneaky", "bpmn", TestModels.twoStepReview(TestModels.uniqueKey("ItSneaky")));
    assertRefusedWith(beacon.as("dsl").postJson("api/models/deploy", body), 403);
    assertRefusedWith(beacon.as("head").postJson("api/models/validate", body), 403);
    assertRefusedWith(beacon.anonymous().get("api/models"), 401);
  }

  // --- helpers ------------------------------------------------------------------------------

  private Reply send(String action, String name, String type, String xml) {
    return beacon.as("admin").postJson("api/models/" + action, submission(name, type, xml));
  }

  private static String submission(String name, String type, String xml) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("type", type)
        .add("xml", xml)
        .build()
        .toString();
  }

  private JsonArray models() {
    Reply reply = beacon.as("admin").get("api/models");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.array();
  }

  private JsonObject listed(String key) {
    return models().getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("key").equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(key + " is not in /api/models"));
  }

  private JsonArray tasks(String username, String key) {
    Reply reply = beacon.as(username).get("api/tasks?processDefinitionKey=" + key);
    assertThat(reply.status()).as("task list of %s: %s", username, reply).isEqualTo(200);
    return reply.json().getJsonArray("items");
  }

  private void assertNotDeployed(String key) {
    assertThat(models().getValuesAs(JsonObject.class))
        .noneMatch(m -> m.getString("key").equals(key));
  }

  /** A 400 in the one error shape, with a reason per field and nothing of the server's insides. */
  private static JsonObject assertRefused(Reply reply) {
    JsonObject error = assertRefusedWith(reply, 400);
    assertThat(error.getJsonObject("fields")).isNotEmpty();
    return error;
  }

  private static JsonObject assertRefusedWith(Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(reply.body()).doesNotContain("Exception", "org.camunda", "\tat ", "ENGINE-");
    JsonObject json = reply.json();
    assertThat(json.getInt("status")).isEqualTo(status);
    assertThat(json.getString("message")).isNotBlank();
    return json;
  }
}
