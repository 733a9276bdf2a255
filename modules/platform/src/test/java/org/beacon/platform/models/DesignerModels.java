package org.beacon.platform.models;

/** Models as the designer sends them, small enough to read in a test. */
final class DesignerModels {

  static final String HEADER =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                        xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        id="Definitions_Designer" targetNamespace="https://beacon.example/bpmn/designer">
      """;

  private DesignerModels() {}

  /** A BPMN document around one process element's content. */
  static String process(String key, String attributes, String content) {
    return HEADER
        + "<bpmn:process id=\""
        + key
        + "\" name=\"Designer "
        + key
        + "\" isExecutable=\"true\" "
        + attributes
        + ">\n"
        + content
        + "\n</bpmn:process>\n</bpmn:definitions>\n";
  }

  /** Start, the steps given, end; each step is a flow node with the id {@code Step_n}. */
  static String flow(String key, String... steps) {
    StringBuilder content = new StringBuilder("<bpmn:startEvent id=\"StartEvent_Raised\"/>\n");
    String previous = "StartEvent_Raised";
    for (int i = 0; i < steps.length; i++) {
      String id = "Step_" + (i + 1);
      content.append(steps[i].replace("$ID", id)).append('\n');
      content.append(sequence(previous, id));
      previous = id;
    }
    content
        .append("<bpmn:endEvent id=\"EndEvent_Done\"/>\n")
        .append(sequence(previous, "EndEvent_Done"));
    return process(key, "camunda:historyTimeToLive=\"P30D\"", content.toString());
  }

  /** A user task for the given candidate groups, with one required text field. */
  static String userTask(String candidateGroups) {
    return """
        <bpmn:userTask id="$ID" name="Review" camunda:candidateGroups="%s">
          <bpmn:extensionElements>
            <camunda:formData>
              <camunda:formField id="summary" label="Summary" type="string">
                <camunda:validation><camunda:constraint name="required"/></camunda:validation>
              </camunda:formField>
            </camunda:formData>
          </bpmn:extensionElements>
        </bpmn:userTask>"""
        .formatted(candidateGroups);
  }

  /** The DSL triages, then the head signs off: the model every rule is tried against. */
  static String twoUserTasks(String key) {
    return flow(key, userTask("dsl"), userTask("head"));
  }

  static String decision(String key, String historyTimeToLive, String inputLanguage) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                     xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                     id="Definitions_%1$s" name="Designer decisions" namespace="https://beacon.example/dmn/designer">
          <decision id="%1$s" name="Designer %1$s" %2$s>
            <decisionTable id="DecisionTable_%1$s" hitPolicy="FIRST">
              <input id="Input_Severity" label="Severity">
                <inputExpression id="InputExpression_Severity" typeRef="string" %3$s>
                  <text>severity</text>
                </inputExpression>
              </input>
              <output id="Output_Action" name="action" typeRef="string"/>
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
        </definitions>
        """
        .formatted(
            key,
            historyTimeToLive == null
                ? ""
                : "camunda:historyTimeToLive=\"" + historyTimeToLive + "\"",
            inputLanguage == null ? "" : "expressionLanguage=\"" + inputLanguage + "\"");
  }

  private static String sequence(String from, String to) {
    return "<bpmn:sequenceFlow id=\"Flow_"
        + from
        + "_"
        + to
        + "\" sourceRef=\""
        + from
        + "\" targetRef=\""
        + to
        + "\"/>\n";
  }
}
