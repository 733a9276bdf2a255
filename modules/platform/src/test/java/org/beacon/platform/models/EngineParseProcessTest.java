package org.beacon.platform.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.platform.models.DesignerModels.flow;
import static org.beacon.platform.models.DesignerModels.twoUserTasks;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The engine's own parse of a model, without a deployment: what "validate" adds to the validator.
 */
class EngineParseProcessTest {

  @RegisterExtension ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  @Test
  void aModelTheEngineAcceptsHasNoProblemsAndIsNotDeployed() {
    assertThat(parse(ModelType.BPMN, "EngineParseOk", twoUserTasks("EngineParseOk"))).isEmpty();
    assertThat(
            parse(
                ModelType.DMN,
                "EngineParseDecision",
                DesignerModels.decision("EngineParseDecision", "180", null)))
        .isEmpty();

    assertThat(
            engine()
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("EngineParseOk")
                .count())
        .isZero();
    assertThat(
            engine()
                .getRepositoryService()
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey("EngineParseDecision")
                .count())
        .isZero();
  }

  @Test
  void aGatewayTheEngineRefusesIsNamedWithItsReason() {
    String model =
        DesignerModels.process(
            "EngineParseGateway",
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

    assertThat(parse(ModelType.BPMN, "EngineParseGateway", model))
        .hasEntrySatisfying(
            "Gateway_Which",
            reason -> assertThat(reason).contains("'Flow_A' without condition", "'Flow_B'"))
        .allSatisfy((key, reason) -> assertThat(reason).doesNotContain("ENGINE-"));
  }

  @Test
  void aTimerWithoutATimeIsRefusedByTheEngine() {
    String model =
        flow(
            "EngineParseTimer",
            "<bpmn:intermediateCatchEvent id=\"$ID\"><bpmn:timerEventDefinition/></bpmn:intermediateCatchEvent>");

    assertThat(parse(ModelType.BPMN, "EngineParseTimer", model)).containsKey("Step_1");
  }

  @Test
  void aDecisionTableTheEngineCannotTransformIsRefused() {
    String decision =
        DesignerModels.decision("EngineParseRule", "180", null)
            .replace("<inputEntry id=\"InputEntry_High\"><text>\"high\"</text></inputEntry>", "");

    assertThat(parse(ModelType.DMN, "EngineParseRule", decision))
        .containsOnlyKeys("xml")
        .allSatisfy((key, reason) -> assertThat(reason).doesNotContain("DMN-"));
  }

  private Map<String, String> parse(ModelType type, String key, String xml) {
    return EngineParse.problems(
        engine(), type, key + type.extension(), xml.getBytes(StandardCharsets.UTF_8));
  }

  private ProcessEngine engine() {
    return extension.getProcessEngine();
  }
}
