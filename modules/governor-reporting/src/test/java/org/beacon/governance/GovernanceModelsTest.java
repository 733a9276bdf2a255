package org.beacon.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the engine does not check in the governance models: the diagram an admin opens in the
 * modeler is complete and tidy, every split says what decides it, and every user task that decides
 * something has a form.
 */
class GovernanceModelsTest {

  @ParameterizedTest
  @ValueSource(strings = {"GovernorReportProcess", "PolicyApprovalProcess", "PolicyReviewProcess"})
  void everyStepAndFlowIsDrawnAndNoTwoStepsOverlap(String key) throws Exception {
    BpmnModelInstance model = read(key);
    Map<String, Bounds> shapes =
        model.getModelElementsByType(BpmnShape.class).stream()
            .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), BpmnShape::getBounds));
    List<String> edges =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .filter(e -> e.getWaypoints().size() >= 2)
            .map(e -> e.getBpmnElement().getId())
            .toList();

    assertThat(shapes.keySet()).containsExactlyInAnyOrderElementsOf(ids(model, FlowNode.class));
    assertThat(edges).containsExactlyInAnyOrderElementsOf(ids(model, SequenceFlow.class));
    List<String> subProcesses = ids(model, SubProcess.class);
    List<Map.Entry<String, Bounds>> all = List.copyOf(shapes.entrySet());
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Map.Entry<String, Bounds> a = all.get(i);
        Map.Entry<String, Bounds> b = all.get(j);
        if (subProcesses.contains(a.getKey()) || subProcesses.contains(b.getKey())) {
          continue;
        }
        assertThat(overlap(a.getValue(), b.getValue()))
            .as("%s overlaps %s", a.getKey(), b.getKey())
            .isFalse();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"GovernorReportProcess", "PolicyApprovalProcess", "PolicyReviewProcess"})
  void everySplitNamesItsBranchesAndDecidesEachByACondition(String key) throws Exception {
    for (ExclusiveGateway gateway : read(key).getModelElementsByType(ExclusiveGateway.class)) {
      Collection<SequenceFlow> branches = gateway.getOutgoing();
      if (branches.size() > 1) {
        assertThat(branches)
            .as(gateway.getId())
            .allSatisfy(
                flow -> {
                  assertThat(flow.getName()).as(flow.getId()).isNotBlank();
                  assertThat(flow.getConditionExpression()).as(flow.getId()).isNotNull();
                });
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"GovernorReportProcess", "PolicyApprovalProcess", "PolicyReviewProcess"})
  void everyUserTaskHasARequiredFieldAndAListenerThatRecordsIt(String key) throws Exception {
    for (UserTask task : read(key).getModelElementsByType(UserTask.class)) {
      List<CamundaFormField> fields =
          task
              .getExtensionElements()
              .getElementsQuery()
              .filterByType(CamundaFormData.class)
              .singleResult()
              .getCamundaFormFields()
              .stream()
              .toList();
      assertThat(fields)
          .as(task.getId())
          .anySatisfy(
              f ->
                  assertThat(f.getCamundaValidation().getCamundaConstraints())
                      .anySatisfy(c -> assertThat(c.getCamundaName()).isEqualTo("required")));
      assertThat(task.getExtensionElements().getDomElement().getChildElements())
          .as(task.getId())
          .anySatisfy(
              e -> assertThat(e.getAttribute("delegateExpression")).startsWith("${governance"));
    }
  }

  private static BpmnModelInstance read(String key) throws Exception {
    try (InputStream in =
        GovernanceModelsTest.class
            .getClassLoader()
            .getResourceAsStream("bpmn/governor-reporting/" + key + ".bpmn")) {
      assertThat(in).as("model on the test classpath").isNotNull();
      return Bpmn.readModelFromStream(in);
    }
  }

  private static List<String> ids(BpmnModelInstance model, Class<? extends BaseElement> type) {
    return model.getModelElementsByType(type).stream().map(BaseElement::getId).toList();
  }

  private static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth()
        && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight()
        && b.getY() < a.getY() + a.getHeight();
  }
}
