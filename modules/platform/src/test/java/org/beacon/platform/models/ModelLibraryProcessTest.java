package org.beacon.platform.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.beacon.platform.models.DesignerModels.twoUserTasks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.beacon.platform.api.AuditLog;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.api.Caller;
import org.beacon.platform.api.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Listing, reading, validating and deploying models on a real (in-memory) engine. */
class ModelLibraryProcessTest {

  @RegisterExtension ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN));
  private static final Caller DSL = new Caller("dsl", Set.of(Role.DSL));

  private final List<String> audited = new ArrayList<>();
  private ModelLibrary library;
  private String key;

  @BeforeEach
  void library() {
    ProcessEngine processEngine = extension.getProcessEngine();
    ModelCatalog catalog = new ModelCatalog();
    catalog.repositoryService = processEngine.getRepositoryService();
    catalog.managementService = processEngine.getManagementService();
    ModelIntake intake =
        new ModelIntake() {
          @Override
          public ModelRules rules() {
            return new ModelRules(1024 * 1024, false);
          }
        };
    intake.beans = name -> Optional.empty();
    library = new ModelLibrary();
    library.intake = intake;
    library.catalog = catalog;
    library.repositoryService = processEngine.getRepositoryService();
    library.engineParse =
        new EngineParse() {
          @Override
          public Map<String, String> problems(ModelType type, String resourceName, byte[] xml) {
            return EngineParse.problems(processEngine, type, resourceName, xml);
          }
        };
    library.audit = new RecordingAudit();
    key = "LibraryReview_" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void removeDeployments() {
    for (Deployment deployment :
        extension
            .getProcessEngine()
            .getRepositoryService()
            .createDeploymentQuery()
            .deploymentSource(ModelLibrary.SOURCE)
            .list()) {
      extension
          .getProcessEngine()
          .getRepositoryService()
          .deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void aDeployedModelIsListedWithItsVersionDeploymentAndRunningInstances() {
    DeployOutcome outcome = library.deploy(ADMIN, bpmn("Review flow", twoUserTasks(key)));

    assertThat(outcome.created()).isTrue();
    assertThat(outcome.key()).isEqualTo(key);
    assertThat(outcome.version()).isEqualTo(1);
    assertThat(outcome.definitions())
        .extracting(DeployedDefinition::type, DeployedDefinition::key)
        .containsExactly(tuple("bpmn", key));
    DeployedModel listed = listed(key);
    assertThat(listed.type()).isEqualTo("bpmn");
    assertThat(listed.name()).isEqualTo("Designer " + key);
    assertThat(listed.latestVersion()).isEqualTo(1);
    ModelVersion version = listed.versions().get(0);
    assertThat(version.definitionId()).isEqualTo(outcome.id());
    assertThat(version.deploymentId()).isEqualTo(outcome.deploymentId());
    assertThat(version.deploymentName()).isEqualTo("Review flow");
    assertThat(version.deploymentSource()).isEqualTo("beacon-designer");
    assertThat(version.deployedAt()).isNotNull();
    assertThat(version.runningInstances()).isZero();

    extension.getProcessEngine().getRuntimeService().startProcessInstanceByKey(key);

    assertThat(listed(key).versions().get(0).runningInstances()).isEqualTo(1);
    assertThat(audited).contains("allowed deploy model " + key, "allowed list model null");
  }

  @Test
  void anUnchangedModelCreatesNoVersionWhateverItsName() {
    DeployOutcome first = library.deploy(ADMIN, bpmn("Review flow", twoUserTasks(key)));

    DeployOutcome again = library.deploy(ADMIN, bpmn("Review flow", twoUserTasks(key)));
    DeployOutcome renamed = library.deploy(ADMIN, bpmn("Review flow, renamed", twoUserTasks(key)));

    for (DeployOutcome outcome : List.of(again, renamed)) {
      assertThat(outcome.created()).isFalse();
      assertThat(outcome.version()).isEqualTo(1);
      assertThat(outcome.id()).isEqualTo(first.id());
      assertThat(outcome.deploymentId()).isEqualTo(first.deploymentId());
    }
    assertThat(listed(key).versions()).hasSize(1);
  }

  @Test
  void aChangedModelBecomesTheNextVersionAndEachVersionKeepsItsOwnCount() {
    library.deploy(ADMIN, bpmn("Review flow", twoUserTasks(key)));
    extension.getProcessEngine().getRuntimeService().startProcessInstanceByKey(key);
    String changed = twoUserTasks(key).replace("name=\"Review\"", "name=\"Review again\"");

    DeployOutcome second = library.deploy(ADMIN, bpmn("Review flow", changed));
    extension.getProcessEngine().getRuntimeService().startProcessInstanceByKey(key);
    extension.getProcessEngine().getRuntimeService().startProcessInstanceByKey(key);

    assertThat(second.created()).isTrue();
    assertThat(second.version()).isEqualTo(2);
    assertThat(listed(key).versions())
        .extracting(ModelVersion::version, ModelVersion::runningInstances)
        .containsExactly(tuple(2, 2L), tuple(1, 1L));
  }

  @Test
  void goingBackToAnEarlierModelMakesItTheLatestAgain() {
    String original = twoUserTasks(key);
    library.deploy(ADMIN, bpmn("Review flow", original));
    library.deploy(
        ADMIN,
        bpmn("Review flow, experiment", original.replace("name=\"Review\"", "name=\"Try\"")));

    DeployOutcome back = library.deploy(ADMIN, bpmn("Review flow", original));

    assertThat(back.created()).isTrue();
    assertThat(back.version()).isEqualTo(3);
    assertThat(new String(library.xml(ADMIN, "bpmn", key, "latest"), StandardCharsets.UTF_8))
        .isEqualTo(original);
  }

  @Test
  void theXmlOfEachVersionIsWhatWasDeployed() {
    String first = twoUserTasks(key);
    String second = first.replace("name=\"Review\"", "name=\"Review again\"");
    library.deploy(ADMIN, bpmn("Review flow", first));
    library.deploy(ADMIN, bpmn("Review flow", second));

    assertThat(library.xml(ADMIN, "bpmn", key, "1"))
        .isEqualTo(first.getBytes(StandardCharsets.UTF_8));
    assertThat(library.xml(ADMIN, "bpmn", key, "latest"))
        .isEqualTo(second.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> library.xml(ADMIN, "bpmn", key, "3")).satisfies(status(404));
    assertThatThrownBy(() -> library.xml(ADMIN, "cmmn", key, "1")).satisfies(status(404));
    assertThatThrownBy(() -> library.xml(ADMIN, "bpmn", key, "first")).satisfies(status(404));
  }

  @Test
  void aDecisionIsDeployedAndListedWithoutARunningCount() {
    String decisionKey = key + "_Decision";

    DeployOutcome outcome =
        library.deploy(
            ADMIN,
            new ModelSubmission(
                "Actions", "dmn", DesignerModels.decision(decisionKey, "180", null)));

    assertThat(outcome.created()).isTrue();
    assertThat(outcome.key()).isEqualTo(decisionKey);
    DeployedModel listed =
        library.list(ADMIN).stream()
            .filter(m -> m.key().equals(decisionKey))
            .findFirst()
            .orElseThrow();
    assertThat(listed.type()).isEqualTo("dmn");
    assertThat(listed.versions())
        .singleElement()
        .satisfies(v -> assertThat(v.runningInstances()).isNull());
    assertThat(library.xml(ADMIN, "dmn", decisionKey, "latest")).isNotEmpty();
  }

  @Test
  void whatOnlyTheEngineRefusesIsA400OnValidateAndOnDeploy() {
    String model =
        DesignerModels.process(
            key,
            "camunda:historyTimeToLive=\"1\"",
            """
            <bpmn:startEvent id="StartEvent_Raised"/>
            <bpmn:sequenceFlow id="Flow_ToGateway" sourceRef="StartEvent_Raised" targetRef="Gateway_Which"/>
            <bpmn:exclusiveGateway id="Gateway_Which"/>
            <bpmn:sequenceFlow id="Flow_A" sourceRef="Gateway_Which" targetRef="EndEvent_A"/>
            <bpmn:sequenceFlow id="Flow_B" sourceRef="Gateway_Which" targetRef="EndEvent_B"/>
            <bpmn:endEvent id="EndEvent_A"/>
            <bpmn:endEvent id="EndEvent_B"/>
            """);

    assertThatThrownBy(() -> library.validate(ADMIN, bpmn("Gateway", model)))
        .satisfies(status(400))
        .satisfies(e -> assertThat(((BeaconProblem) e).fields()).containsKey("Gateway_Which"));
    assertThatThrownBy(() -> library.deploy(ADMIN, bpmn("Gateway", model)))
        .satisfies(status(400))
        .satisfies(e -> assertThat(((BeaconProblem) e).fields()).containsKey("Gateway_Which"));
    assertThat(
            extension
                .getProcessEngine()
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .count())
        .isZero();
    assertThat(audited).contains("denied deploy model Gateway");
  }

  @Test
  void validateAnswersTheKeysAndWarningsOfAGoodModelWithoutDeployingIt() {
    ValidationReport report = library.validate(ADMIN, bpmn("Review flow", twoUserTasks(key)));

    assertThat(report.valid()).isTrue();
    assertThat(report.type()).isEqualTo("bpmn");
    assertThat(report.keys()).containsExactly(key);
    assertThat(library.list(ADMIN)).noneMatch(m -> m.key().equals(key));
  }

  @Test
  void nameAndTypeAreCheckedWithTheModel() {
    assertThatThrownBy(
            () -> library.deploy(ADMIN, new ModelSubmission(" ", "cmmn", twoUserTasks(key))))
        .satisfies(status(400))
        .satisfies(e -> assertThat(((BeaconProblem) e).fields()).containsOnlyKeys("name", "type"));
    assertThatThrownBy(
            () -> library.validate(ADMIN, new ModelSubmission("x".repeat(101), "bpmn", null)))
        .satisfies(e -> assertThat(((BeaconProblem) e).fields()).containsOnlyKeys("name", "xml"));
  }

  @Test
  void everyoneButAdministratorsIsRefusedAndTheRefusalAudited() {
    assertThatThrownBy(() -> library.list(DSL)).satisfies(status(403));
    assertThatThrownBy(() -> library.xml(DSL, "bpmn", key, "latest")).satisfies(status(403));
    assertThatThrownBy(() -> library.validate(DSL, bpmn("x", twoUserTasks(key))))
        .satisfies(status(403));
    assertThatThrownBy(() -> library.deploy(DSL, bpmn("x", twoUserTasks(key))))
        .satisfies(status(403));

    assertThat(audited)
        .contains(
            "denied list model null",
            "denied read model bpmn/" + key + "/latest",
            "denied validate model x",
            "denied deploy model x");
    assertThat(library.list(ADMIN)).noneMatch(m -> m.key().equals(key));
  }

  private static ModelSubmission bpmn(String name, String xml) {
    return new ModelSubmission(name, "bpmn", xml);
  }

  private DeployedModel listed(String key) {
    return library.list(ADMIN).stream()
        .filter(m -> m.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(key + " is not listed"));
  }

  private static java.util.function.Consumer<Throwable> status(int status) {
    return e ->
        assertThat(e)
            .isInstanceOfSatisfying(
                BeaconProblem.class, p -> assertThat(p.status()).isEqualTo(status));
  }

  /** Keeps "outcome action type id" lines, enough to see who was let in. */
  private final class RecordingAudit implements AuditLog {
    @Override
    public void allowed(String action, String resourceType, String resourceId) {
      audited.add("allowed " + action + " " + resourceType + " " + resourceId);
    }

    @Override
    public void allowed(String action, String resourceType, String resourceId, String detail) {
      allowed(action, resourceType, resourceId);
    }

    @Override
    public void denied(String action, String resourceType, String resourceId, String reason) {
      audited.add("denied " + action + " " + resourceType + " " + resourceId);
    }
  }
}
