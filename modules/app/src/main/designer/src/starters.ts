// What "New process" and "New decision" open: the smallest models Beacon deploys, following the
// house conventions (readable ids, a role as candidate group, history kept 180 days).

export const STARTER_HISTORY_DAYS = 180;

export function starterBpmn(key = 'NewFlow', name = 'New flow'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                  id="Definitions_${key}" targetNamespace="https://beacon.example/bpmn/designer"
                  exporter="Beacon designer">
  <bpmn:process id="${key}" name="${name}" isExecutable="true" camunda:historyTimeToLive="${STARTER_HISTORY_DAYS}">
    <bpmn:startEvent id="StartEvent_Raised" name="Raised">
      <bpmn:outgoing>Flow_ToReview</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_ToReview" sourceRef="StartEvent_Raised" targetRef="Task_Review"/>
    <bpmn:userTask id="Task_Review" name="Review" camunda:candidateGroups="dsl">
      <bpmn:extensionElements>
        <camunda:formData>
          <camunda:formField id="summary" label="Summary" type="string">
            <camunda:validation>
              <camunda:constraint name="required"/>
            </camunda:validation>
          </camunda:formField>
        </camunda:formData>
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_ToReview</bpmn:incoming>
      <bpmn:outgoing>Flow_ToDone</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="Flow_ToDone" sourceRef="Task_Review" targetRef="EndEvent_Done"/>
    <bpmn:endEvent id="EndEvent_Done" name="Done">
      <bpmn:incoming>Flow_ToDone</bpmn:incoming>
    </bpmn:endEvent>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_${key}">
    <bpmndi:BPMNPlane id="Plane_${key}" bpmnElement="${key}">
      <bpmndi:BPMNShape id="Shape_StartEvent_Raised" bpmnElement="StartEvent_Raised">
        <dc:Bounds x="152" y="102" width="36" height="36"/>
        <bpmndi:BPMNLabel><dc:Bounds x="149" y="145" width="42" height="14"/></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Shape_Task_Review" bpmnElement="Task_Review">
        <dc:Bounds x="240" y="80" width="100" height="80"/>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Shape_EndEvent_Done" bpmnElement="EndEvent_Done">
        <dc:Bounds x="392" y="102" width="36" height="36"/>
        <bpmndi:BPMNLabel><dc:Bounds x="397" y="145" width="27" height="14"/></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Edge_Flow_ToReview" bpmnElement="Flow_ToReview">
        <di:waypoint x="188" y="120"/>
        <di:waypoint x="240" y="120"/>
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Edge_Flow_ToDone" bpmnElement="Flow_ToDone">
        <di:waypoint x="340" y="120"/>
        <di:waypoint x="392" y="120"/>
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

export function starterDmn(key = 'NewDecision', name = 'New decision'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
             xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/"
             xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/"
             xmlns:camunda="http://camunda.org/schema/1.0/dmn"
             id="Definitions_${key}" name="${name}" namespace="https://beacon.example/dmn/designer"
             exporter="Beacon designer">
  <decision id="${key}" name="${name}" camunda:historyTimeToLive="${STARTER_HISTORY_DAYS}">
    <decisionTable id="DecisionTable_${key}" hitPolicy="FIRST">
      <input id="Input_Severity" label="Severity">
        <inputExpression id="InputExpression_Severity" typeRef="string">
          <text>severity</text>
        </inputExpression>
      </input>
      <output id="Output_Action" label="Action" name="action" typeRef="string"/>
      <rule id="Rule_High">
        <inputEntry id="InputEntry_High"><text>"high"</text></inputEntry>
        <outputEntry id="OutputEntry_High"><text>"escalate"</text></outputEntry>
      </rule>
      <rule id="Rule_Other">
        <inputEntry id="InputEntry_Other"><text>-</text></inputEntry>
        <outputEntry id="OutputEntry_Other"><text>"log"</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
  <dmndi:DMNDI>
    <dmndi:DMNDiagram id="Diagram_${key}">
      <dmndi:DMNShape id="Shape_${key}" dmnElementRef="${key}">
        <dc:Bounds height="80" width="180" x="160" y="100"/>
      </dmndi:DMNShape>
    </dmndi:DMNDiagram>
  </dmndi:DMNDI>
</definitions>
`;
}
