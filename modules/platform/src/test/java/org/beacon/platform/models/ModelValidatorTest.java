package org.beacon.platform.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.beacon.platform.models.DesignerModels.flow;
import static org.beacon.platform.models.DesignerModels.twoUserTasks;
import static org.beacon.platform.models.DesignerModels.userTask;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelValidatorTest {

  private static final String KEY = "DesignerReview";

  /** Beans as CDI would find them by name. */
  private static final DelegateBeans BEANS =
      name ->
          Optional.ofNullable(
              Map.<String, Set<Class<?>>>of(
                      "platformNotifyDelegate",
                          Set.of(NotifyDelegate.class, JavaDelegate.class, Object.class),
                      "platformAssignListener",
                          Set.of(AssignListener.class, TaskListener.class, Object.class))
                  .get(name));

  private final ModelValidator validator =
      new ModelValidator(new ModelRules(1024 * 1024, false), BEANS);
  private final ModelValidator permissive =
      new ModelValidator(new ModelRules(1024 * 1024, true), BEANS);

  /** Counts every request, so a test can prove nothing was fetched. */
  private HttpServer server;

  private final AtomicInteger fetched = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          fetched.incrementAndGet();
          byte[] body = "<!ENTITY leak 'FETCHED'>".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  // --- the document ------------------------------------------------------------------------

  @Test
  void aTwoUserTaskModelWithRolesAndFormFieldsPasses() {
    ModelCheck check = validator.check(ModelType.BPMN, twoUserTasks(KEY));

    assertThat(check.problems()).isEmpty();
    assertThat(check.warnings()).isEmpty();
    assertThat(check.valid()).isTrue();
    assertThat(check.keys()).containsExactly(KEY);
  }

  @Test
  void aModelOverTheSizeLimitIsRefusedBeforeItIsParsed() {
    String model = twoUserTasks(KEY);
    int limit = model.getBytes(StandardCharsets.UTF_8).length - 1;
    ModelValidator small = new ModelValidator(new ModelRules(limit, false), BEANS);

    ModelCheck check = small.check(ModelType.BPMN, model + "<not even xml");

    assertThat(check.problems())
        .containsOnlyKeys("xml")
        .hasEntrySatisfying(
            "xml",
            reason ->
                assertThat(reason)
                    .contains("at most " + limit + " bytes", "beacon.models.max-bytes"));
  }

  @Test
  void theSizeLimitCountsUtf8BytesNotCharacters() {
    String model = twoUserTasks(KEY).replace("name=\"Review\"", "name=\"Überprüfung\"");
    int characters = model.length();
    ModelValidator limitedToCharacters =
        new ModelValidator(new ModelRules(characters, false), BEANS);

    assertThat(limitedToCharacters.check(ModelType.BPMN, model).problems()).containsOnlyKeys("xml");
  }

  @Test
  void anEmptyModelIsRefused() {
    assertThat(validator.check(ModelType.BPMN, "  ").problems()).containsEntry("xml", "is empty");
  }

  @Test
  void aDoctypeIsRefusedEvenWithoutEntities() {
    String model =
        twoUserTasks(KEY).replace("<bpmn:definitions", "<!DOCTYPE definitions>\n<bpmn:definitions");

    assertThat(validator.check(ModelType.BPMN, model).problems())
        .containsOnlyKeys("xml")
        .containsValue("must not contain a DOCTYPE declaration: DTDs and entities are refused");
  }

  @Test
  void anXxePayloadIsRefusedWithoutFetchingOrReadingTheEntity(@TempDir Path dir)
      throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String model = xxe(secret);

    ModelCheck check = validator.check(ModelType.BPMN, model);

    assertThat(check.problems()).containsOnlyKeys("xml");
    assertThat(check.problems().get("xml"))
        .contains("DOCTYPE")
        .doesNotContain("TOP-SECRET", "FETCHED");
    assertThat(fetched).as("requests to the external entity's server").hasValue(0);
  }

  @Test
  void theParserItselfRefusesADoctypeAndFetchesNothing(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");

    // Past the quick DOCTYPE look: the parser's own settings must hold on their own.
    assertThatThrownBy(() -> HardenedXml.read(xxe(secret)))
        .isInstanceOf(HardenedXml.Refused.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("TOP-SECRET");
    assertThat(fetched).hasValue(0);
  }

  @Test
  void aBillionLaughsPayloadIsRefused() {
    String model =
        """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        ]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D">&lol3;</bpmn:definitions>
        """;

    assertThat(validator.check(ModelType.BPMN, model).problems().get("xml")).contains("DOCTYPE");
  }

  @Test
  void malformedXmlIsRefusedWithWhereItBreaks() {
    String model = twoUserTasks(KEY).replace("</bpmn:process>", "</bpmn:proces>");

    String reason = validator.check(ModelType.BPMN, model).problems().get("xml");

    assertThat(reason).startsWith("is not well-formed XML: line ").contains("column");
  }

  @Test
  void aModelDeclaringAnotherEncodingIsRefused() {
    String model = twoUserTasks(KEY).replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");

    assertThat(validator.check(ModelType.BPMN, model).problems().get("xml"))
        .contains("ISO-8859-1", "UTF-8");
  }

  @Test
  void aDecisionSentAsAProcessIsRefusedWithTheRightType() {
    String decision = DesignerModels.decision("Designer_Action", "180", null);

    assertThat(validator.check(ModelType.BPMN, decision).problems())
        .containsEntry("xml", "is a DMN model; deploy it as type dmn");
    assertThat(validator.check(ModelType.DMN, twoUserTasks(KEY)).problems())
        .containsEntry("xml", "is a BPMN model; deploy it as type bpmn");
  }

  @Test
  void xmlThatIsNotValidBpmnIsRefusedWithTheSchemasReason() {
    String model =
        twoUserTasks(KEY)
            .replace("<bpmn:startEvent", "<bpmn:notAnElement id=\"X\"/><bpmn:startEvent");

    String reason = validator.check(ModelType.BPMN, model).problems().get("xml");

    assertThat(reason).startsWith("is not valid BPMN 2.0: ").contains("notAnElement");
  }

  @Test
  void aModelWithoutAnExecutableProcessIsRefused() {
    String model = twoUserTasks(KEY).replace("isExecutable=\"true\"", "isExecutable=\"false\"");

    ModelCheck check = validator.check(ModelType.BPMN, model);

    assertThat(check.problems()).containsOnlyKeys("xml");
    assertThat(check.problems().get("xml")).contains("no executable process");
    assertThat(check.keys()).isEmpty();
  }

  // --- history, roles ----------------------------------------------------------------------

  @Test
  void anExecutableProcessNeedsAHistoryTimeToLive() {
    String model = twoUserTasks(KEY).replace("camunda:historyTimeToLive=\"P30D\"", "");

    assertThat(validator.check(ModelType.BPMN, model).problems())
        .containsOnlyKeys(KEY)
        .hasEntrySatisfying(
            KEY, reason -> assertThat(reason).contains("camunda:historyTimeToLive"));
  }

  @Test
  void aCandidateGroupThatIsNoRoleIsRefusedByName() {
    String model = flow(KEY, userTask("dsl, teachers"));

    assertThat(validator.check(ModelType.BPMN, model).problems())
        .containsOnlyKeys("Step_1")
        .hasEntrySatisfying(
            "Step_1",
            reason ->
                assertThat(reason)
                    .contains("'teachers'")
                    .doesNotContain("'dsl'")
                    .contains("staff, dsl, head"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dsl",
        "dsl,head",
        " head , chair ",
        "${caseManager}",
        "dsl, ${caseManagerRole}",
        "#{accusedIsHead ? 'chair' : 'head, dsl'}"
      })
  void rolesAndExpressionsAreAcceptedAsCandidateGroups(String groups) {
    assertThat(validator.check(ModelType.BPMN, flow(KEY, userTask(groups))).problems()).isEmpty();
  }

  @Test
  void commaListsAreSplitOutsideExpressionsOnly() {
    assertThat(ModelValidator.splitGroups("dsl, ${pick('a,b')},head,,"))
        .containsExactly("dsl", "${pick('a,b')}", "head");
  }

  @Test
  void aUserTaskOfferedToNobodyIsAWarningNotAProblem() {
    String model = flow(KEY, "<bpmn:userTask id=\"$ID\" name=\"Lost\"/>");

    ModelCheck check = validator.check(ModelType.BPMN, model);

    assertThat(check.problems()).isEmpty();
    assertThat(check.warnings()).containsOnlyKeys("Step_1");
  }

  // --- scripts, classes, outside resources -------------------------------------------------

  @Test
  void aScriptTaskIsRefusedUnlessScriptsAreAllowed() {
    String model =
        flow(
            KEY,
            "<bpmn:scriptTask id=\"$ID\" scriptFormat=\"javascript\"><bpmn:script>1 + 1</bpmn:script></bpmn:scriptTask>");

    assertThat(validator.check(ModelType.BPMN, model).problems())
        .containsOnlyKeys("Step_1")
        .hasEntrySatisfying(
            "Step_1",
            reason -> assertThat(reason).contains("script task", "beacon.models.allow-scripts"));
    assertThat(permissive.check(ModelType.BPMN, model).problems()).isEmpty();
  }

  @Test
  void aScriptInAListenerIsRefused() {
    String model =
        flow(
            KEY,
            """
            <bpmn:userTask id="$ID" camunda:candidateGroups="dsl">
              <bpmn:extensionElements>
                <camunda:taskListener event="create">
                  <camunda:script scriptFormat="groovy">task.name = 'x'</camunda:script>
                </camunda:taskListener>
              </bpmn:extensionElements>
            </bpmn:userTask>""");

    assertThat(validator.check(ModelType.BPMN, model).problems().get("Step_1"))
        .contains("camunda:script");
    assertThat(permissive.check(ModelType.BPMN, model).problems()).isEmpty();
  }

  @Test
  void aScriptConditionIsRefused() {
    String model =
        twoUserTasks(KEY)
            .replace(
                "targetRef=\"Step_2\"/>",
                "targetRef=\"Step_2\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">true</bpmn:conditionExpression></bpmn:sequenceFlow>");

    assertThat(validator.check(ModelType.BPMN, model).problems())
        .hasEntrySatisfying(
            "Flow_Step_1_Step_2", reason -> assertThat(reason).contains("javascript"));
  }

  @Test
  void aJavaClassIsRefusedOnTasksAndListeners() {
    String model =
        flow(
            KEY,
            "<bpmn:serviceTask id=\"$ID\" camunda:class=\"java.lang.Runtime\"/>",
            """
            <bpmn:userTask id="$ID" camunda:candidateGroups="dsl">
              <bpmn:extensionElements>
                <camunda:executionListener event="start" class="com.example.Listener"/>
              </bpmn:extensionElements>
            </bpmn:userTask>""");

    Map<String, String> problems = validator.check(ModelType.BPMN, model).problems();

    assertThat(problems).containsOnlyKeys("Step_1", "Step_2");
    assertThat(problems.get("Step_1")).contains("java.lang.Runtime", "camunda:class");
    assertThat(problems.get("Step_2")).contains("com.example.Listener");
    assertThat(permissive.check(ModelType.BPMN, model).problems()).isEmpty();
  }

  @Test
  void aScriptLoadedFromAResourceIsRefused() {
    String model =
        flow(
            KEY,
            "<bpmn:scriptTask id=\"$ID\" scriptFormat=\"groovy\" camunda:resource=\"https://example.org/run.groovy\"/>");

    assertThat(validator.check(ModelType.BPMN, model).problems().get("Step_1"))
        .contains("script task")
        .contains("https://example.org/run.groovy");
  }

  @Test
  void anHttpConnectorIsRefused() {
    String model =
        flow(
            KEY,
            """
            <bpmn:serviceTask id="$ID">
              <bpmn:extensionElements>
                <camunda:connector>
                  <camunda:connectorId>http-connector</camunda:connectorId>
                </camunda:connector>
              </bpmn:extensionElements>
            </bpmn:serviceTask>""");

    assertThat(validator.check(ModelType.BPMN, model).problems().get("Step_1"))
        .contains("connector");
    assertThat(permissive.check(ModelType.BPMN, model).problems()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/form.html",
        "embedded:https://evil.example/form.html",
        "//evil.example/form",
        "/etc/passwd",
        "app:../../secret",
        "javascript:alert(1)",
        "${formUrl}"
      })
  void aFormKeyPointingOutsideBeaconIsRefused(String formKey) {
    String model =
        flow(
            KEY,
            "<bpmn:userTask id=\"$ID\" camunda:candidateGroups=\"dsl\" camunda:formKey=\""
                + formKey
                + "\"/>");

    assertThat(validator.check(ModelType.BPMN, model).problems().get("Step_1"))
        .contains("camunda:formKey");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "incident-report",
        "app:forms/report.html",
        "embedded:app:forms/report.html",
        "camunda-forms:deployment:review.form"
      })
  void aFormKeyInsideBeaconIsAccepted(String formKey) {
    String model =
        flow(
            KEY,
            "<bpmn:userTask id=\"$ID\" camunda:candidateGroups=\"dsl\" camunda:formKey=\""
                + formKey
                + "\"/>");

    assertThat(validator.check(ModelType.BPMN, model).problems()).isEmpty();
  }

  // --- delegates ---------------------------------------------------------------------------

  @Test
  void aDelegateExpressionMayNameAnExistingBeanOfTheRightKind() {
    String model =
        flow(
            KEY,
            "<bpmn:serviceTask id=\"$ID\" camunda:delegateExpression=\"${platformNotifyDelegate}\"/>",
            """
            <bpmn:userTask id="$ID" camunda:candidateGroups="dsl">
              <bpmn:extensionElements>
                <camunda:taskListener event="create" delegateExpression="#{platformAssignListener}"/>
              </bpmn:extensionElements>
            </bpmn:userTask>""");

    assertThat(validator.check(ModelType.BPMN, model).problems()).isEmpty();
  }

  @Test
  void aDelegateExpressionNamingNoBeanIsRefused() {
    String model =
        flow(
            KEY,
            "<bpmn:serviceTask id=\"$ID\" camunda:delegateExpression=\"${incidentsNoSuchDelegate}\"/>");

    assertThat(validator.check(ModelType.BPMN, model).problems().get("Step_1"))
        .contains("'incidentsNoSuchDelegate'", "does not exist");
  }

  @Test
  void aDelegateExpressionNamingABeanOfTheWrongKindIsRefused() {
    String model =
        flow(
            KEY,
            """
            <bpmn:userTask id="$ID" camunda:candidateGroups="dsl">
              <bpmn:extensionElements>
                <camunda:taskListener event="create" delegateExpression="${platformNotifyDelegate}"/>
              </bpmn:extensionElements>
            </bpmn:userTask>""");

    assertThat(validator.check(ModelType.BPMN, model).problems().get("Step_1"))
        .contains("is not a TaskListener");
  }

  @Test
  void aListenersDelegateExpressionIsCheckedToo() {
    String model =
        flow(
            KEY,
            """
            <bpmn:userTask id="$ID" camunda:candidateGroups="dsl">
              <bpmn:extensionElements>
                <camunda:executionListener event="end" delegateExpression="${incidentsNoSuchListener}"/>
              </bpmn:extensionElements>
            </bpmn:userTask>""");

    assertThat(validator.check(ModelType.BPMN, model).problems().get("Step_1"))
        .contains("'incidentsNoSuchListener'");
  }

  @Test
  void aDelegateExpressionMustBeABeanName() {
    String model =
        flow(
            KEY,
            "<bpmn:serviceTask id=\"$ID\" camunda:delegateExpression=\"${execution.getVariable('d')}\"/>");

    assertThat(validator.check(ModelType.BPMN, model).problems().get("Step_1"))
        .contains("${beanName}");
  }

  @Test
  void everyProblemIsReportedTogether() {
    String model =
        flow(
                KEY,
                userTask("teachers"),
                "<bpmn:scriptTask id=\"$ID\" scriptFormat=\"js\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>")
            .replace("camunda:historyTimeToLive=\"P30D\"", "");

    assertThat(validator.check(ModelType.BPMN, model).problems())
        .containsOnlyKeys(KEY, "Step_1", "Step_2");
  }

  // --- DMN ---------------------------------------------------------------------------------

  @Test
  void aFeelDecisionTableWithAHistoryTimeToLivePasses() {
    ModelCheck check =
        validator.check(ModelType.DMN, DesignerModels.decision("Designer_Action", "180", "feel"));

    assertThat(check.problems()).isEmpty();
    assertThat(check.keys()).containsExactly("Designer_Action");
  }

  @Test
  void aDecisionNeedsAHistoryTimeToLive() {
    assertThat(
            validator
                .check(ModelType.DMN, DesignerModels.decision("Designer_Action", null, null))
                .problems())
        .containsOnlyKeys("Designer_Action");
  }

  @Test
  void aDecisionWrittenInAScriptLanguageIsRefused() {
    String decision = DesignerModels.decision("Designer_Action", "180", "javascript");

    assertThat(validator.check(ModelType.DMN, decision).problems())
        .hasEntrySatisfying(
            "InputExpression_Severity", reason -> assertThat(reason).contains("javascript"));
    assertThat(permissive.check(ModelType.DMN, decision).problems()).isEmpty();
  }

  // --- helpers -----------------------------------------------------------------------------

  /** A parameter entity from the test server and a file entity, used inside the model. */
  private String xxe(Path secret) {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE definitions [
          <!ENTITY %% remote SYSTEM "%1$s/evil.dtd">
          %%remote;
          <!ENTITY file SYSTEM "%2$s">
          <!ENTITY web SYSTEM "%1$s/entity">
        ]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="x">
          <bpmn:process id="Xxe" name="&file;&web;&leak;" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:documentation>&file;</bpmn:documentation>
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(base, secret.toUri());
  }

  static final class NotifyDelegate implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {}
  }

  static final class AssignListener implements TaskListener {
    @Override
    public void notify(DelegateTask task) {}
  }
}
