package org.beacon.app;

import java.util.UUID;

/**
 * BPMN models the integration tests deploy through the engine's REST API, each under a key of its
 * own so that runs against a database that keeps earlier runs' data never meet old versions.
 */
final class TestModels {

  static final String TRIAGE = "Task_Triage";
  static final String ONE_SECOND_TIMER = "Timer_OneSecond";

  private TestModels() {}

  /** A process key no earlier run used, e.g. {@code ItReview_3f9c0a1b2d4e}. */
  static String uniqueKey(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /**
   * The DSL triages (a required summary and a required urgency from a list), then the head signs
   * off.
   */
  static String twoStepReview(String key) {
    return definitions(
        key,
        """
            <bpmn:process id="%1$s" name="IT review %1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
              <bpmn:startEvent id="StartEvent_Raised"/>
              <bpmn:sequenceFlow id="Flow_ToTriage" sourceRef="StartEvent_Raised" targetRef="Task_Triage"/>
              <bpmn:userTask id="Task_Triage" name="Triage" camunda:candidateGroups="dsl">
                <bpmn:extensionElements>
                  <camunda:formData>
                    <camunda:formField id="summary" label="Summary" type="string">
                      <camunda:validation>
                        <camunda:constraint name="required"/>
                      </camunda:validation>
                    </camunda:formField>
                    <camunda:formField id="urgency" label="Urgency" type="enum">
                      <camunda:validation>
                        <camunda:constraint name="required"/>
                      </camunda:validation>
                      <camunda:value id="routine" name="Routine"/>
                      <camunda:value id="urgent" name="Urgent"/>
                    </camunda:formField>
                  </camunda:formData>
                </bpmn:extensionElements>
              </bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_ToSignOff" sourceRef="Task_Triage" targetRef="Task_SignOff"/>
              <bpmn:userTask id="Task_SignOff" name="Sign off" camunda:candidateGroups="head"/>
              <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_SignOff" targetRef="EndEvent_Done"/>
              <bpmn:endEvent id="EndEvent_Done"/>
            </bpmn:process>
        """
            .formatted(key));
  }

  /** Waits one second on a timer, then offers a task to the DSL. */
  static String timerBeforeDslTask(String key) {
    return definitions(
        key,
        """
            <bpmn:process id="%1$s" name="IT timer %1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
              <bpmn:startEvent id="StartEvent_Raised"/>
              <bpmn:sequenceFlow id="Flow_ToTimer" sourceRef="StartEvent_Raised" targetRef="Timer_OneSecond"/>
              <bpmn:intermediateCatchEvent id="Timer_OneSecond">
                <bpmn:timerEventDefinition>
                  <bpmn:timeDuration>PT1S</bpmn:timeDuration>
                </bpmn:timerEventDefinition>
              </bpmn:intermediateCatchEvent>
              <bpmn:sequenceFlow id="Flow_ToFollowUp" sourceRef="Timer_OneSecond" targetRef="Task_DslFollowUp"/>
              <bpmn:userTask id="Task_DslFollowUp" name="Follow up" camunda:candidateGroups="dsl"/>
              <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_DslFollowUp" targetRef="EndEvent_Done"/>
              <bpmn:endEvent id="EndEvent_Done"/>
            </bpmn:process>
        """
            .formatted(key));
  }

  private static String definitions(String key, String process) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="Definitions_%s"
                          targetNamespace="https://beacon.example/bpmn/it">
        %s</bpmn:definitions>
        """
        .formatted(key, process);
  }
}
